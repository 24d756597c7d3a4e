/**
 * User Timing for the reader's phases, visible in DevTools' performance panel and read by
 * `npm run bench:open`: the measures `readside:snapshot` (the page serialised and handed over) and
 * `readside:extract` (parse, extract, sanitise), and the mark `readside:shown` once a view other than
 * the loading skeleton has been rendered (its `detail` is the state).
 */
export const TIMING = {
  snapshot: 'readside:snapshot',
  extract: 'readside:extract',
  shown: 'readside:shown',
} as const;

function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // No User Timing here: timing is optional.
  }
}

/** `fn` recorded as the measure `name` each time it runs (until its promise settles, if it returns one). */
export function measured<A extends unknown[], R>(name: string, fn: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    const start = performance.now();
    let result: R;
    try {
      result = fn(...args);
    } catch (err) {
      measure(name, start);
      throw err;
    }
    if (result instanceof Promise) return result.finally(() => measure(name, start)) as R;
    measure(name, start);
    return result;
  };
}

export function markShown(state: string): void {
  try {
    performance.mark(TIMING.shown, { detail: state });
  } catch {
    // As above.
  }
}
