/**
 * Single-key shortcuts inside the reader. Native scrolling handles arrows, Page Up/Down and Space;
 * j/k scroll by a few lines. Keys are ignored while the user types in a field, when a modifier
 * (Ctrl, Alt, Meta) is held, and while a modal dialog is open (it handles its own keys).
 */
export type ReaderKeyAction =
  | 'scroll-down'
  | 'scroll-up'
  | 'bigger'
  | 'smaller'
  | 'theme'
  | 'save'
  | 'open-tab'
  | 'reading-list'
  | 'help';

const KEYS: Record<string, ReaderKeyAction> = {
  j: 'scroll-down',
  k: 'scroll-up',
  '+': 'bigger',
  '=': 'bigger',
  '-': 'smaller',
  _: 'smaller',
  t: 'theme',
  s: 'save',
  o: 'open-tab',
  l: 'reading-list',
  '?': 'help',
};

/** The keys as shown in the help overlay, in order. */
export const SHORTCUT_KEYS: ReadonlyArray<{ keys: string[]; action: ReaderKeyAction }> = [
  { keys: ['j', '↓'], action: 'scroll-down' },
  { keys: ['k', '↑'], action: 'scroll-up' },
  { keys: ['+'], action: 'bigger' },
  { keys: ['-'], action: 'smaller' },
  { keys: ['t'], action: 'theme' },
  { keys: ['s'], action: 'save' },
  { keys: ['o'], action: 'open-tab' },
  { keys: ['l'], action: 'reading-list' },
  { keys: ['?'], action: 'help' },
];

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  return el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

function insideModal(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return (target as Element).closest('[aria-modal="true"]') !== null;
}

export type KeyLike = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing' | 'defaultPrevented' | 'target'
>;

export function keyToAction(event: KeyLike): ReaderKeyAction | null {
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target) || insideModal(event.target)) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return KEYS[key] ?? null;
}

/**
 * Listens on `target` (the document) until `signal` aborts. `onAction` returns whether it handled
 * the key; only then is the browser default prevented (so unavailable actions keep native keys).
 */
export function bindReaderKeys(
  target: EventTarget,
  onAction: (action: ReaderKeyAction) => boolean,
  signal: AbortSignal,
): void {
  target.addEventListener(
    'keydown',
    (event) => {
      const action = keyToAction(event as KeyboardEvent);
      if (action && onAction(action)) event.preventDefault();
    },
    { signal },
  );
}

/** Scrolls by about three lines of text; smooth unless the user prefers reduced motion. */
export function scrollByLines(scroller: Element, direction: 1 | -1, lineHeightPx: number, reduceMotion: boolean) {
  scroller.scrollBy({ top: direction * 3 * lineHeightPx, behavior: reduceMotion ? 'auto' : 'smooth' });
}
