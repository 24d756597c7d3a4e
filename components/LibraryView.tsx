import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type LibraryKeyAction, libraryKeyAction, stepRow } from '@/utils/library/library-keys';
import { LIBRARY_FILTERS, LIBRARY_SORTS, queryKey } from '@/utils/library/query-url';
import type { ExportFormat, LibraryPage, LibraryQuery } from '@/utils/reading-list/library-types';
import { Icon } from './Icon';
import { formatNumber, pluralKey, useLocale, useT } from './i18n';
import { LibraryItem } from './LibraryItem';
import { LibraryEmpty, LibraryError, type LibraryErrorReason, LibraryLoading, LibraryNoResults } from './LibraryStates';
import { LibraryTools } from './LibraryTools';
import {
  FILTER_KEYS,
  type LibraryNotice,
  type LibraryProblem,
  noticeText,
  plural,
  problemText,
  SORT_KEYS,
} from './library-messages';

export type LibraryLoad =
  | { state: 'loading' }
  /** `query` is the query this page answers (the controls may already show a newer one). */
  | { state: 'ready'; page: LibraryPage; query: LibraryQuery }
  | { state: 'error'; reason: LibraryErrorReason };

export interface LibraryViewProps {
  /** What the controls show; `text` is the search box as typed. */
  query: LibraryQuery;
  load: LibraryLoad;
  /** A newer answer is on its way; the list shown is the previous one. */
  busy: boolean;
  /** Polite toast ('removed' offers Undo), or null. */
  notice: LibraryNotice | null;
  /** Assertive message shown until dismissed, or null. */
  problem: LibraryProblem | null;
  importing: boolean;
  /** For the "file too large" message. */
  importMaxBytes: number;
  onQueryChange(patch: Partial<LibraryQuery>): void;
  onFavorite(id: string, favorite: boolean): void;
  onArchive(id: string, archived: boolean): void;
  onSaveTags(id: string, tags: string[]): void;
  onDelete(id: string): void;
  onUndo(): void;
  onDismissNotice(): void;
  onDismissProblem(): void;
  /** Exports the articles the list shows now. */
  onExport(format: ExportFormat): void;
  onImport(file: File): void;
  onRetry(): void;
}

/**
 * Rows rendered at first, and added by each "Show more". A list of thousands of saved articles would
 * otherwise build thousands of rows (and their buttons) on every query.
 */
export const LIBRARY_PAGE_SIZE = 50;

/** Where focus goes when the row that had it leaves the list (deleted, archived, restored elsewhere). */
interface FocusPlan {
  /** Rows to try, in order; their title links get focus. */
  ids: string[];
  /** Move focus even if it is still somewhere valid (Undo from the keyboard). */
  force: boolean;
}

/** The library page, presentational: the container owns the query, the service and the messages' causes. */
export function LibraryView(props: LibraryViewProps) {
  const t = useT();
  const locale = useLocale();
  const { query, load, notice, problem } = props;
  const ids = {
    search: useId(),
    sort: useId(),
    sortHint: useId(),
    tag: useId(),
    filter: useId(),
    title: useId(),
  };
  const searchInput = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const focusPlan = useRef<FocusPlan | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // How many rows of which answer are shown: a new answer starts again at one page.
  const [paging, setPaging] = useState<{ key: string | null; count: number }>({ key: null, count: LIBRARY_PAGE_SIZE });
  const focusRowAt = useRef<number | null>(null);
  const lastAnnounced = useRef<string | null>(null);

  const page = load.state === 'ready' ? load.page : null;
  const hits = page?.hits ?? [];
  const searching = query.text.trim() !== '';
  const shownSearching = load.state === 'ready' && load.query.text.trim() !== '';
  const canUndo = notice?.kind === 'removed';
  const answerKey = load.state === 'ready' ? queryKey(load.query) : null;
  const visibleCount = paging.key === answerKey ? paging.count : LIBRARY_PAGE_SIZE;
  const visible = hits.slice(0, visibleCount);
  const hidden = hits.length - visible.length;
  const showMore = () => {
    focusRowAt.current = visible.length;
    setPaging({ key: answerKey, count: visibleCount + LIBRARY_PAGE_SIZE });
  };
  // After "Show more", focus goes to the first new row, where reading goes on (the button is gone
  // or has moved below the new rows).
  useLayoutEffect(() => {
    const at = focusRowAt.current;
    if (at === null) return;
    focusRowAt.current = null;
    rowLinks()[at]?.focus();
  }, [paging]);

  // Results are announced when a different query is answered (not on the first load or after edits).
  useEffect(() => {
    if (load.state !== 'ready') return;
    const key = queryKey(load.query);
    if (lastAnnounced.current === null) {
      lastAnnounced.current = key;
      return;
    }
    if (key === lastAnnounced.current) return;
    lastAnnounced.current = key;
    const n = load.page.hits.length;
    setAnnouncement(n ? plural(t, locale, 'libraryResults', n) : t('libraryResultsNone'));
  }, [load, t, locale]);

  useLayoutEffect(() => {
    const plan = focusPlan.current;
    if (!plan || load.state !== 'ready') return;
    const active = document.activeElement;
    const lost = !active || active === document.body || !active.isConnected;
    const rows = rowLinks();
    const target = plan.ids.map((id) => rows.find((a) => a.dataset.id === id)).find(Boolean);
    if (!plan.force && !lost) {
      focusPlan.current = null;
      return;
    }
    focusPlan.current = null;
    if (target) target.focus();
    else if (lost) (rows[0] ?? heading.current)?.focus();
  }, [load]);

  function rowLinks(): HTMLAnchorElement[] {
    return [...(list.current?.querySelectorAll<HTMLAnchorElement>('a.rs-lib-link') ?? [])];
  }

  /** Before an action that may take the row out of the list: remember its neighbours. */
  const planFocusAround = (id: string) => {
    const order = hits.map((h) => h.article.id);
    const i = order.indexOf(id);
    focusPlan.current = { ids: [id, order[i + 1], order[i - 1]].filter((x): x is string => !!x), force: false };
  };

  const undo = (force: boolean) => {
    if (notice?.kind !== 'removed') return;
    focusPlan.current = { ids: [notice.id], force };
    props.onUndo();
  };

  const onKey = useRef<(action: LibraryKeyAction) => boolean>(() => false);
  onKey.current = (action) => {
    switch (action) {
      case 'search':
        searchInput.current?.focus();
        searchInput.current?.select();
        return true;
      case 'next':
      case 'previous': {
        const rows = rowLinks();
        const current = rows.findIndex((a) => a.closest('li')?.contains(document.activeElement));
        const next = rows[stepRow(current, rows.length, action)];
        next?.focus();
        return Boolean(next);
      }
      case 'undo':
        if (!canUndo) return false;
        undo(true);
        return true;
    }
  };
  useEffect(() => {
    const ctl = new AbortController();
    document.addEventListener(
      'keydown',
      (event) => {
        const action = libraryKeyAction(event);
        if (action && onKey.current(action)) event.preventDefault();
      },
      { signal: ctl.signal },
    );
    return () => ctl.abort();
  }, []);

  const clearSearch = () => {
    props.onQueryChange({ text: '' });
    searchInput.current?.focus();
  };

  const rowActions = {
    onFavorite: (id: string, favorite: boolean) => {
      planFocusAround(id);
      props.onFavorite(id, favorite);
    },
    onArchive: (id: string, archived: boolean) => {
      planFocusAround(id);
      props.onArchive(id, archived);
    },
    onSaveTags: (id: string, tags: string[]) => {
      planFocusAround(id);
      props.onSaveTags(id, tags);
    },
    onDelete: (id: string) => {
      planFocusAround(id);
      props.onDelete(id);
    },
  };

  const tags = page?.tags ?? [];
  const tagOptions =
    query.tag && !tags.some((x) => x.tag.toLowerCase() === query.tag?.toLowerCase())
      ? [...tags, { tag: query.tag, count: 0 }]
      : tags;
  const showArchived = load.state === 'ready' && load.query.filter !== 'unread' && load.query.filter !== 'archived';

  return (
    <div class="rs-lib">
      <header class="rs-lib-header">
        <div class="rs-lib-heading">
          <h1 class="rs-lib-h1" id={ids.title} tabIndex={-1} ref={heading}>
            {t('libraryTitle')}
          </h1>
          {page ? (
            <p class="rs-lib-count">
              {hits.length === page.total
                ? plural(t, locale, 'libraryCountAll', page.total)
                : t(pluralKey('libraryCount', page.total, locale), [
                    formatNumber(hits.length, locale),
                    formatNumber(page.total, locale),
                  ])}
            </p>
          ) : null}
        </div>
        <search class="rs-lib-search">
          <label class="rs-lib-sr" for={ids.search}>
            {t('librarySearchLabel')}
          </label>
          <Icon name="search" />
          <input
            id={ids.search}
            ref={searchInput}
            type="search"
            class="rs-lib-input rs-lib-search-input"
            value={query.text}
            placeholder={t('librarySearchPlaceholder')}
            autocomplete="off"
            spellcheck={false}
            aria-keyshortcuts="/"
            onInput={(event) => props.onQueryChange({ text: event.currentTarget.value })}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && event.currentTarget.value !== '') {
                event.preventDefault();
                props.onQueryChange({ text: '' });
              }
            }}
          />
        </search>
        <div class="rs-lib-controls">
          <fieldset class="rs-lib-filter">
            <legend class="rs-lib-sr">{t('libraryFilterLabel')}</legend>
            {LIBRARY_FILTERS.map((filter) => (
              <label class="rs-lib-segment" key={filter} for={`${ids.filter}-${filter}`}>
                <input
                  type="radio"
                  id={`${ids.filter}-${filter}`}
                  name={`${ids.filter}-filter`}
                  value={filter}
                  checked={query.filter === filter}
                  onChange={() => props.onQueryChange({ filter })}
                />
                <span>{t(FILTER_KEYS[filter])}</span>
              </label>
            ))}
          </fieldset>
          <div class="rs-lib-select">
            <label for={ids.sort}>{t('librarySortLabel')}</label>
            <select
              id={ids.sort}
              value={query.sort}
              disabled={searching}
              aria-describedby={searching ? ids.sortHint : undefined}
              onChange={(event) => props.onQueryChange({ sort: event.currentTarget.value as LibraryQuery['sort'] })}
            >
              {LIBRARY_SORTS.map((sort) => (
                <option value={sort} key={sort}>
                  {t(SORT_KEYS[sort])}
                </option>
              ))}
            </select>
            {searching ? (
              <span class="rs-lib-hint" id={ids.sortHint}>
                {t('librarySortRelevance')}
              </span>
            ) : null}
          </div>
          <div class="rs-lib-select">
            <label for={ids.tag}>{t('libraryTagLabel')}</label>
            <select
              id={ids.tag}
              value={query.tag ?? ''}
              disabled={tagOptions.length === 0}
              onChange={(event) => props.onQueryChange({ tag: event.currentTarget.value || null })}
            >
              <option value="">{tagOptions.length ? t('libraryTagAll') : t('libraryTagNone')}</option>
              {tagOptions.map(({ tag, count }) => (
                <option value={tag} key={tag}>
                  {t('libraryTagOption', [tag, formatNumber(count, locale)])}
                </option>
              ))}
            </select>
            {query.tag ? (
              <button
                type="button"
                class="rs-button rs-button-quiet"
                onClick={() => props.onQueryChange({ tag: null })}
              >
                {t('libraryTagClear')}
              </button>
            ) : null}
          </div>
        </div>
      </header>

      <div class="rs-lib-alert" role="alert">
        {problem ? (
          <div class="rs-lib-alert-box">
            <p>{problemText(t, locale, problem, props.importMaxBytes)}</p>
            <button type="button" class="rs-button" onClick={props.onDismissProblem}>
              {t('libraryDismiss')}
            </button>
          </div>
        ) : null}
      </div>

      <main
        class="rs-lib-main"
        aria-labelledby={ids.title}
        aria-busy={props.busy || load.state === 'loading' ? 'true' : undefined}
      >
        {load.state === 'loading' ? (
          <LibraryLoading />
        ) : load.state === 'error' ? (
          <LibraryError reason={load.reason} onRetry={props.onRetry} />
        ) : load.page.total === 0 ? (
          <LibraryEmpty />
        ) : hits.length === 0 ? (
          <LibraryNoResults query={load.query} onQueryChange={props.onQueryChange} onClearSearch={clearSearch} />
        ) : (
          <ul class="rs-lib-list" aria-label={t('libraryListLabel')} ref={list} data-busy={props.busy || undefined}>
            {visible.map((hit) => (
              <LibraryItem
                key={hit.article.id}
                hit={hit}
                searching={shownSearching}
                showArchived={showArchived}
                {...rowActions}
              />
            ))}
          </ul>
        )}
        {load.state === 'ready' && hidden > 0 ? (
          <p class="rs-lib-more">
            <button type="button" class="rs-button" onClick={showMore}>
              {plural(t, locale, 'libraryShowMore', Math.min(LIBRARY_PAGE_SIZE, hidden))}
            </button>
            <span class="rs-lib-more-count">
              {t('libraryShownOf', [formatNumber(visible.length, locale), formatNumber(hits.length, locale)])}
            </span>
          </p>
        ) : null}
      </main>

      <aside class="rs-lib-aside">
        <LibraryTools
          shownCount={hits.length}
          ready={load.state === 'ready'}
          importing={props.importing}
          onExport={props.onExport}
          onImport={props.onImport}
        />
        <p class="rs-lib-keys">
          <span class="rs-lib-keys-title">{t('libraryKeysTitle')}</span>
          <span>
            <kbd>/</kbd> {t('libraryKeysSearch')}
          </span>
          <span>
            <kbd>j</kbd> <kbd>k</kbd> {t('libraryKeysMove')}
          </span>
          <span>
            <kbd>Ctrl</kbd>+<kbd>Z</kbd> {t('libraryKeysUndo')}
          </span>
        </p>
      </aside>

      <div class="rs-live rs-toast-slot" role="status">
        {notice ? (
          <div class="rs-toast rs-lib-toast">
            <span>{noticeText(t, locale, notice)}</span>
            {canUndo ? (
              <button type="button" class="rs-lib-toast-button" onClick={() => undo(false)}>
                {t('libraryUndo')}
              </button>
            ) : null}
            {notice.kind !== 'importing' ? (
              <button type="button" class="rs-lib-toast-button" onClick={props.onDismissNotice}>
                {t('libraryDismiss')}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      <div class="rs-lib-sr" role="status">
        {announcement}
      </div>
    </div>
  );
}
