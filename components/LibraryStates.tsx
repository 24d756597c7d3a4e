/** The library page's non-list states: loading, nothing saved, nothing matching, and failure. */
import type { LibraryQuery } from '@/utils/reading-list/library-types';
import { messageKey, useT } from './i18n';
import { StatusMessage } from './StatusMessage';

export type LibraryErrorReason = 'unavailable' | 'error';

export function LibraryLoading() {
  const t = useT();
  return (
    <div class="rs-lib-loading">
      <p class="rs-loading-text" role="status">
        {t('libraryLoading')}
      </p>
      {[0, 1, 2].map((i) => (
        <div class="rs-lib-skeleton" aria-hidden="true" key={i}>
          <div class="rs-skeleton-block rs-skeleton-title" />
          <div class="rs-skeleton-block rs-skeleton-meta" />
        </div>
      ))}
    </div>
  );
}

export function LibraryEmpty() {
  const t = useT();
  return <StatusMessage className="rs-lib-state" title={t('libraryEmptyTitle')} detail={t('libraryEmptyDetail')} />;
}

export function LibraryNoResults({
  query,
  onQueryChange,
  onClearSearch,
}: {
  query: LibraryQuery;
  onQueryChange(patch: Partial<LibraryQuery>): void;
  onClearSearch(): void;
}) {
  const t = useT();
  const text = query.text.trim();
  const detail = text
    ? t('libraryNoResultsSearch', text)
    : query.tag
      ? t('libraryNoResultsTag', query.tag)
      : t(messageKey('libraryNoResults_', query.filter));
  return (
    <StatusMessage className="rs-lib-state" title={t('libraryNoResultsTitle')} detail={detail}>
      {text ? (
        <button type="button" class="rs-button" onClick={onClearSearch}>
          {t('libraryClearSearch')}
        </button>
      ) : query.tag ? (
        <button type="button" class="rs-button" onClick={() => onQueryChange({ tag: null })}>
          {t('libraryTagClear')}
        </button>
      ) : query.filter !== 'all' ? (
        <button type="button" class="rs-button" onClick={() => onQueryChange({ filter: 'all' })}>
          {t('libraryShowAll')}
        </button>
      ) : null}
    </StatusMessage>
  );
}

export function LibraryError({ reason, onRetry }: { reason: LibraryErrorReason; onRetry(): void }) {
  const t = useT();
  return (
    <StatusMessage
      className="rs-lib-state"
      role="alert"
      title={t('libraryErrorTitle')}
      detail={t(reason === 'unavailable' ? 'libraryError_unavailable' : 'libraryError_error')}
    >
      <button type="button" class="rs-button" onClick={onRetry}>
        {t('tryAgain')}
      </button>
    </StatusMessage>
  );
}
