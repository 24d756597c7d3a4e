/**
 * Modal focus handling for the help overlay: focus moves in, Tab and Shift+Tab cycle inside,
 * Escape closes, and focus returns to where it was when the trap is released (signal aborted).
 */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function focusableIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden], [inert]'));
}

export interface FocusTrapOptions {
  onEscape(): void;
  signal: AbortSignal;
  /** Element to focus first; defaults to the first focusable element, else the container. */
  initialFocus?: HTMLElement | null;
}

export function trapFocus(container: HTMLElement, { onEscape, signal, initialFocus }: FocusTrapOptions): void {
  const doc = container.ownerDocument;
  const returnTo = doc.activeElement as HTMLElement | null;
  const first = () => focusableIn(container)[0] ?? container;
  (initialFocus ?? first()).focus();

  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        onEscape();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = focusableIn(container);
      if (items.length === 0) {
        event.preventDefault();
        container.focus();
        return;
      }
      const index = items.indexOf(doc.activeElement as HTMLElement);
      const next = event.shiftKey
        ? index <= 0
          ? items[items.length - 1]
          : items[index - 1]
        : index === -1 || index === items.length - 1
          ? items[0]
          : items[index + 1];
      event.preventDefault();
      next?.focus();
    },
    { signal, capture: true },
  );

  doc.addEventListener(
    'focusin',
    (event) => {
      if (!container.contains(event.target as Node)) first().focus();
    },
    { signal },
  );

  signal.addEventListener(
    'abort',
    () => {
      if (returnTo?.isConnected) returnTo.focus();
    },
    { once: true },
  );
}
