import type { StaleReason } from '@/utils/reader/tab-follow';
import { useT } from './i18n';

/**
 * Non-modal notice that the article on screen is not the page the user is looking at. Rendered
 * inside a live region that always exists, so its appearance is announced.
 */
export function StaleBanner({ reason, onReadPage }: { reason: Exclude<StaleReason, null>; onReadPage(): void }) {
  const t = useT();
  return (
    <div class="rs-stale-banner">
      <p>{reason === 'other-tab' ? t('staleOtherTab') : t('staleNavigated')}</p>
      <button type="button" class="rs-button rs-button-primary" onClick={onReadPage}>
        {t('readThisPage')}
      </button>
    </div>
  );
}
