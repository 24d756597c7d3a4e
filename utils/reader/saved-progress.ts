/**
 * The reading position of a saved article (`reader.html?saved=<id>`): put back when the article
 * opens again, remembered as the user scrolls (once scrolling settles, and when the page is hidden
 * or left), as a fraction of the scrollable height so a different window size lands at the same
 * place in the text. No `browser.*`: the caller passes the store.
 */

export interface ScrollBox {
  scrollTop: number;
  readonly scrollHeight: number;
  readonly clientHeight: number;
}

/** How far down `box` is scrolled, 0..1 (0 when nothing scrolls). */
export function scrollFraction(box: ScrollBox): number {
  const range = box.scrollHeight - box.clientHeight;
  if (range <= 0) return 0;
  return Math.min(1, Math.max(0, box.scrollTop / range));
}

/** The scrollTop that shows `fraction` of `box`. */
export function scrollTopFor(fraction: number, box: ScrollBox): number {
  const range = Math.max(0, box.scrollHeight - box.clientHeight);
  return Math.round(Math.min(1, Math.max(0, fraction)) * range);
}

/** Positions closer than this are the same place (no write for a pixel of jitter). */
const MIN_CHANGE = 0.005;
/** A position this close to the end is the end: the article opens at the top again. */
const FINISHED = 0.99;

export interface ProgressTracking {
  box: ScrollBox;
  /** Where scroll events arrive (the window for the document's scroller). */
  scrollEvents: EventTarget;
  /** Where `visibilitychange` and `pagehide` arrive (the window). */
  lifecycle: EventTarget;
  isHidden(): boolean;
  /** The stored position, 0..1. */
  initial: number;
  save(fraction: number): void;
  signal: AbortSignal;
  /** How long scrolling must rest before the position is written. */
  delay?: number;
  setTimer?(fn: () => void, ms: number): unknown;
  clearTimer?(handle: unknown): void;
}

/** Restores `initial` (unless the article was finished) and writes the position as it changes. */
export function trackReadingProgress(options: ProgressTracking): void {
  const { box, signal, save } = options;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const delay = options.delay ?? 400;
  if (signal.aborted) return;
  if (options.initial > 0 && options.initial < FINISHED) box.scrollTop = scrollTopFor(options.initial, box);
  let saved = options.initial;
  let timer: unknown = null;

  const flush = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    const now = Math.round(scrollFraction(box) * 1000) / 1000;
    if (Math.abs(now - saved) < MIN_CHANGE) return;
    saved = now;
    save(now);
  };
  const onScroll = () => {
    if (timer !== null) clearTimer(timer);
    timer = setTimer(flush, delay);
  };
  options.scrollEvents.addEventListener('scroll', onScroll, { signal, passive: true });
  options.lifecycle.addEventListener(
    'visibilitychange',
    () => {
      if (options.isHidden()) flush();
    },
    { signal },
  );
  options.lifecycle.addEventListener('pagehide', flush, { signal });
  // Leaving the article inside the page (the view shows something else): write what is pending.
  signal.addEventListener('abort', () => {
    if (timer !== null) flush();
  });
}
