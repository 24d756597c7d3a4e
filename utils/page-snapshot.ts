/**
 * What the content script hands to the extension: the page's serialised DOM and its URL.
 * Serialising is cheap compared to Readability, so the page's main thread stays free; the heavy
 * work runs in the extension page (side panel, popup or reader tab) on a parsed copy.
 */
export interface PageSnapshot {
  url: string;
  title: string;
  html: string;
  /** Number of elements in the live page, so oversized pages can be refused early. */
  elementCount: number;
  /** The user's selection when the reader was invoked, if any (plain text). */
  selection: string;
}

/** Above this many characters we do not even copy the page across (about 40 MB of UTF-16). */
export const MAX_SNAPSHOT_CHARS = 20_000_000;

export function snapshotDocument(doc: Document, selection = ''): PageSnapshot {
  const html = doc.documentElement ? doc.documentElement.outerHTML : '';
  return {
    url: doc.location?.href ?? doc.URL,
    title: doc.title,
    html: html.length > MAX_SNAPSHOT_CHARS ? '' : html,
    elementCount: doc.getElementsByTagName('*').length,
    selection,
  };
}

/** Parse a snapshot back into an inert Document (scripts never run in a DOMParser document). */
export function parseSnapshot(snapshot: PageSnapshot, parser: DOMParser = new DOMParser()): Document {
  return parser.parseFromString(snapshot.html, 'text/html');
}
