/** Every non-article state of the reader, each with a clear message and a way forward. */
import type { Detection } from '@/utils/extract/types';
import type { ErrorReason } from '@/utils/reader/reader-state';
import type { RestrictedReason } from '@/utils/restricted-url';
import { messageKey, translateOr, useT } from './i18n';
import { StatusMessage } from './StatusMessage';

function RetryButton({ onRetry }: { onRetry?: () => void }) {
  const t = useT();
  return onRetry ? (
    <button type="button" class="rs-button" onClick={onRetry}>
      {t('tryAgain')}
    </button>
  ) : null;
}

export function LoadingSkeleton() {
  const t = useT();
  return (
    <div class="rs-skeleton">
      <p class="rs-loading-text" role="status">
        {t('appLoading')}
      </p>
      <div class="rs-skeleton-block rs-skeleton-title" aria-hidden="true" />
      <div class="rs-skeleton-block rs-skeleton-meta" aria-hidden="true" />
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <div class="rs-skeleton-block rs-skeleton-line" aria-hidden="true" key={i} />
      ))}
    </div>
  );
}

/** The detection reasons, localised from `signals` and falling back to the English `reasons`. */
export function detectionReasons(detection: Detection, t: ReturnType<typeof useT>): string[] {
  if (detection.signals.length === 0) return detection.reasons;
  return detection.signals.map((signal, i) =>
    translateOr(t, messageKey('detect_', signal.code), detection.reasons[i] ?? signal.code, signal.value ?? ''),
  );
}

export function NotArticleState({ detection, onShowAnyway }: { detection: Detection; onShowAnyway(): void }) {
  const t = useT();
  const reasons = detectionReasons(detection, t);
  return (
    <StatusMessage className="rs-state-not-article" title={t('notArticleTitle')} detail={t('notArticleDetail')}>
      {reasons.length ? (
        <>
          <h2 class="rs-reasons-title">{t('notArticleReasons')}</h2>
          <ul class="rs-reasons">
            {reasons.map((reason, i) => (
              <li key={`${i}-${reason}`}>{reason}</li>
            ))}
          </ul>
        </>
      ) : null}
      <button type="button" class="rs-button rs-button-primary" onClick={onShowAnyway}>
        {t('showAnyway')}
      </button>
    </StatusMessage>
  );
}

export function RestrictedState({ reason }: { reason: NonNullable<RestrictedReason> }) {
  const t = useT();
  return (
    <StatusMessage
      className="rs-state-restricted"
      title={t('restrictedTitle')}
      detail={translateOr(t, messageKey('restricted_', reason), t('restricted_browser_page'))}
    />
  );
}

export function NoAccessState({ shortcut, onRetry }: { shortcut: string; onRetry?: () => void }) {
  const t = useT();
  return (
    <StatusMessage
      className="rs-state-no-access"
      title={t('noAccessTitle')}
      detail={shortcut ? t('noAccessDetail', shortcut) : t('noAccessDetailNoShortcut')}
    >
      <RetryButton onRetry={onRetry} />
    </StatusMessage>
  );
}

export function ErrorState({
  reason,
  message,
  onRetry,
}: {
  reason: ErrorReason;
  message: string;
  onRetry?: () => void;
}) {
  const t = useT();
  return (
    <StatusMessage
      className="rs-state-error"
      role="alert"
      title={translateOr(t, messageKey('error_', reason), t('error_error'))}
      detail={message || undefined}
    >
      <RetryButton onRetry={onRetry} />
    </StatusMessage>
  );
}
