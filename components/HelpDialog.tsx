import { useEffect, useId, useRef } from 'preact/hooks';
import { trapFocus } from '@/utils/reader/focus-trap';
import { type ReaderKeyAction, SHORTCUT_KEYS } from '@/utils/reader/reader-keyboard';
import { messageKey, useT } from './i18n';

export interface HelpDialogProps {
  open: boolean;
  onClose(): void;
  /** Actions this surface offers; shortcuts for the others are not listed. */
  available: ReadonlySet<ReaderKeyAction>;
  /** The browser shortcut that toggles the reader ('' when the user removed it). */
  toggleShortcut: string;
  /** The browser shortcut that saves a page without opening the reader ('' when unassigned). */
  saveShortcut?: string;
}

/** The `?` overlay: a modal dialog with a focus trap; Escape closes it and focus returns. */
export function HelpDialog({ open, onClose, available, toggleShortcut, saveShortcut = '' }: HelpDialogProps) {
  const t = useT();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    if (!open || !ref.current) return;
    const ctl = new AbortController();
    trapFocus(ref.current, { onEscape: () => onCloseRef.current(), signal: ctl.signal });
    return () => ctl.abort();
  }, [open]);

  if (!open) return null;
  return (
    <div class="rs-dialog-backdrop">
      <div class="rs-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={ref} tabIndex={-1}>
        <h2 id={titleId}>{t('helpTitle')}</h2>
        <dl class="rs-shortcuts">
          {SHORTCUT_KEYS.filter((s) => available.has(s.action)).map((s) => (
            <div class="rs-shortcut" key={s.action}>
              <dt>
                {s.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 ? ' ' : null}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{t(messageKey('key_', s.action))}</dd>
            </div>
          ))}
        </dl>
        <p class="rs-help-toggle">
          {toggleShortcut ? t('helpToggleShortcut', toggleShortcut) : t('helpToggleShortcutUnset')}
        </p>
        {saveShortcut ? <p class="rs-help-toggle">{t('helpSavePageShortcut', saveShortcut)}</p> : null}
        <div class="rs-dialog-actions">
          <button type="button" class="rs-button" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </div>
    </div>
  );
}
