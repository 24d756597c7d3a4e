/** Addresses of the full-tab reader page and what it should show. */

export type ReaderSource =
  /** Read a live tab (`reader.html?tab=<id>`). */
  | { kind: 'tab'; tabId: number }
  /** Read a saved article (`reader.html?saved=<id>`): the hook for the reading list. */
  | { kind: 'saved'; id: string }
  /** No parameter: the active tab (side panel and popup). */
  | { kind: 'active' };

export function readerSourceFromSearch(search: string): ReaderSource {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  if (tab !== null && /^\d+$/.test(tab)) return { kind: 'tab', tabId: Number(tab) };
  const saved = params.get('saved');
  if (saved) return { kind: 'saved', id: saved };
  return { kind: 'active' };
}

/** Path (for `runtime.getURL`) of the reader page for a tab. */
export function readerTabPath(tabId: number): string {
  return `/reader.html?tab=${encodeURIComponent(String(tabId))}`;
}
