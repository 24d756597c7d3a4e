/**
 * Single-key shortcuts on the library page: `/` focuses the search, j/k move between articles,
 * Ctrl+Z (⌘Z) undoes the last delete. Ignored while the user types in a field or holds other
 * modifiers, so text entry and browser shortcuts are never taken over.
 */
export type LibraryKeyAction = 'search' | 'next' | 'previous' | 'undo';

export type LibraryKeyLike = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing' | 'defaultPrevented' | 'target'
>;

/** Inputs that take no typed text: keys pressed on them are free for shortcuts. */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'file', 'submit', 'reset', 'image', 'color', 'range']);

export function isTextEntry(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable || el.closest('[contenteditable=""], [contenteditable="true"]')) return true;
  if (el.closest('textarea, select')) return true;
  const input = el.closest('input');
  return input !== null && !NON_TEXT_INPUTS.has(input.type.toLowerCase());
}

export function libraryKeyAction(event: LibraryKeyLike): LibraryKeyAction | null {
  if (event.defaultPrevented || event.isComposing || event.altKey) return null;
  if (isTextEntry(event.target)) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (event.ctrlKey || event.metaKey) return key === 'z' && !event.shiftKey ? 'undo' : null;
  if (key === '/') return 'search';
  if (event.shiftKey) return null;
  if (key === 'j') return 'next';
  if (key === 'k') return 'previous';
  return null;
}

/** The index to focus among `count` rows after `action`, from `current` (-1: none focused). */
export function stepRow(current: number, count: number, action: 'next' | 'previous'): number {
  if (count === 0) return -1;
  if (current < 0) return action === 'next' ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + (action === 'next' ? 1 : -1)));
}
