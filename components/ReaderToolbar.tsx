import type { Ref } from 'preact';
import { Icon, type IconName } from './Icon';
import { useT } from './i18n';

export interface ReaderActions {
  /** Absent until a reading list exists: the button is left out rather than faked. */
  onSave?: () => void;
  onShare?: () => void;
  onCopyMarkdown?: () => void;
  onOpenInTab?: () => void;
  /** Popup only: must call `sidePanel.open` synchronously (the click is the user gesture). */
  onOpenInSidePanel?: () => void;
  /** Opens the reading list (library page) in a tab. */
  onOpenReadingList?: () => void;
}

export interface ReaderToolbarProps extends ReaderActions {
  settingsOpen: boolean;
  settingsId: string;
  onToggleSettings(): void;
  onHelp(): void;
  settingsButtonRef?: Ref<HTMLButtonElement>;
}

function ToolButton(props: {
  icon: IconName;
  label: string;
  onClick: () => void;
  expanded?: boolean;
  controls?: string;
  haspopup?: 'dialog';
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <button
      type="button"
      class="rs-tool"
      title={props.label}
      onClick={props.onClick}
      aria-expanded={props.expanded}
      aria-controls={props.controls}
      aria-haspopup={props.haspopup}
      ref={props.buttonRef}
    >
      <Icon name={props.icon} />
      <span class="rs-tool-label">{props.label}</span>
    </button>
  );
}

/** Arrow keys, Home and End move between the toolbar's buttons, as in the ARIA toolbar pattern. */
function onToolbarKey(event: KeyboardEvent) {
  const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const bar = event.currentTarget as HTMLElement;
  const buttons = [...bar.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (index === -1 || buttons.length === 0) return;
  const rtl = getComputedStyle(bar).direction === 'rtl';
  const forward = (event.key === 'ArrowRight') !== rtl;
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? buttons.length - 1
        : (index + (forward ? 1 : -1) + buttons.length) % buttons.length;
  event.preventDefault();
  buttons[next]?.focus();
}

export function ReaderToolbar(props: ReaderToolbarProps) {
  const t = useT();
  return (
    <div class="rs-toolbar" role="toolbar" aria-label={t('toolbarLabel')} onKeyDown={onToolbarKey}>
      {props.onSave ? <ToolButton icon="save" label={t('actionSave')} onClick={props.onSave} /> : null}
      {props.onShare ? <ToolButton icon="share" label={t('actionShare')} onClick={props.onShare} /> : null}
      {props.onCopyMarkdown ? (
        <ToolButton icon="markdown" label={t('actionCopyMarkdown')} onClick={props.onCopyMarkdown} />
      ) : null}
      {props.onOpenInSidePanel ? (
        <ToolButton icon="panel" label={t('actionOpenInSidePanel')} onClick={props.onOpenInSidePanel} />
      ) : null}
      {props.onOpenInTab ? <ToolButton icon="tab" label={t('actionOpenInTab')} onClick={props.onOpenInTab} /> : null}
      {props.onOpenReadingList ? (
        <ToolButton icon="list" label={t('actionReadingList')} onClick={props.onOpenReadingList} />
      ) : null}
      <ToolButton
        icon="settings"
        label={t('actionSettings')}
        onClick={props.onToggleSettings}
        expanded={props.settingsOpen}
        controls={props.settingsOpen ? props.settingsId : undefined}
        buttonRef={props.settingsButtonRef}
      />
      <ToolButton icon="keyboard" label={t('actionShortcuts')} onClick={props.onHelp} haspopup="dialog" />
    </div>
  );
}
