/**
 * Tells the extension's other pages that the reading list changed (a page saved from the page
 * menu, an import or a delete in another tab, a reading position), so an open library shows it
 * without a reload. A BroadcastChannel reaches every page of the extension's origin, the
 * offscreen document and the worker included. Each page uses one channel object, and a channel
 * never hears its own messages, so a page is not told about its own changes.
 */
export const CHANGES_CHANNEL_NAME = 'readside-reading-list';
const CHANGED = 'changed';

let shared: BroadcastChannel | null | undefined;

function channel(): BroadcastChannel | null {
  if (shared === undefined) {
    shared = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANGES_CHANNEL_NAME) : null;
  }
  return shared;
}

/** After a committed write. Never throws: telling others is a courtesy, the write stands. */
export function announceChange(): void {
  try {
    channel()?.postMessage(CHANGED);
  } catch {
    // A closed channel (the page is going away): nobody to tell.
  }
}

/** Calls `listener` when another page or worker announces a change, until `signal` aborts. */
export function onChange(listener: () => void, signal: AbortSignal): void {
  channel()?.addEventListener(
    'message',
    (event) => {
      if ((event as MessageEvent).data === CHANGED) listener();
    },
    { signal },
  );
}
