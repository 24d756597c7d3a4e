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

/**
 * A built-in property of `target`, read from its prototypes. The live page's document has named
 * properties that override the DOM's own (`<img name="documentElement">` makes
 * `document.documentElement` that image), so the snapshot never reads them off the instance.
 */
function builtIn<T>(target: object, name: string): T | undefined {
  for (let proto = Object.getPrototypeOf(target); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return (descriptor.get ? descriptor.get.call(target) : descriptor.value) as T;
  }
  return undefined;
}

export function snapshotDocument(doc: Document, selection = ''): PageSnapshot {
  const root = builtIn<Element | null>(doc, 'documentElement');
  const html = root?.outerHTML ?? '';
  const byTag = builtIn<Document['getElementsByTagName']>(doc, 'getElementsByTagName');
  return {
    url: builtIn<string>(doc, 'URL') ?? '',
    title: builtIn<string>(doc, 'title') ?? '',
    html: html.length > MAX_SNAPSHOT_CHARS ? '' : html,
    elementCount: byTag ? byTag.call(doc, '*').length : 0,
    selection,
  };
}

/** Parse a snapshot back into an inert Document (scripts never run in a DOMParser document). */
export function parseSnapshot(snapshot: PageSnapshot, parser: DOMParser = new DOMParser()): Document {
  return parser.parseFromString(snapshot.html, 'text/html');
}
