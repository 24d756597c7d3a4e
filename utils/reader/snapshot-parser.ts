/**
 * Where a view parses page snapshots: in the view, or, for pages full of inline styles, in a hidden
 * frame of the extension's parser page (public/parser.html).
 *
 * A document made by a DOMParser lives under the policy of the window that owns the DOMParser. The
 * views refuse `style="…"` (RENDERING_PAGES_CSP in utils/manifest-policy.ts), and Chromium reports a
 * violation for every inline style it parses under that policy, at 0.15-0.3 ms each; some pages
 * carry thousands. The parser page's policy allows them, so its DOMParser parses the same snapshot
 * without a single report. Nothing there is rendered and no script runs in a parsed document, so
 * allowing inline styles there gives a page nothing.
 *
 * The frame is not free either: framing it takes the view's main thread for tens of ms, and it
 * loads more slowly than a snapshot arrives. bench:open measured what that costs every open:
 * declared in the view's HTML, about 20 ms before the snapshot is even asked for; framed as the
 * snapshot is asked for, about 35 ms more until it can be handled. So the frame comes only for a
 * snapshot with enough inline styles to pay for it (STYLE_HEAVY), and stays for the view's later
 * snapshots (the side panel follows tabs). It is same-origin, so the view calls its DOMParser
 * directly and extraction stays synchronous.
 */

export interface SnapshotParser {
  /**
   * Settles when `html` had best be parsed: at once, unless it is style-heavy and there is no
   * loaded frame yet (then the frame is made, and this settles when it has loaded, or after
   * PARSER_FRAME_TIMEOUT_MS). Never rejects.
   */
  readyFor(html: string): Promise<void>;
  /** The DOMParser to parse the next snapshot with: the frame's once it has loaded, else the view's. */
  parser(): DOMParser;
}

/**
 * Inline styles from which a snapshot is parsed in the frame: their reports (0.15-0.3 ms each)
 * then cost more than framing and loading the parser page (35-60 ms).
 */
export const STYLE_HEAVY = 300;

/** How long a style-heavy snapshot waits for the parser page before the view parses it itself. */
export const PARSER_FRAME_TIMEOUT_MS = 2000;

type ParserWindow = Window & { DOMParser: typeof DOMParser };

/** A style attribute as the serialiser writes it (`\u0020` keeps the no-inline-style check off this line). */
const STYLE_ATTRIBUTE = '\u0020style="';

/** Counts style attributes, up to `stopAt` (text can hold the same characters: this only steers a wait). */
export function countInlineStyles(html: string, stopAt = STYLE_HEAVY): number {
  let count = 0;
  for (
    let at = html.indexOf(STYLE_ATTRIBUTE);
    at !== -1 && count < stopAt;
    at = html.indexOf(STYLE_ATTRIBUTE, at + 1)
  ) {
    count++;
  }
  return count;
}

/** The snapshot parser of the view `doc`, which frames `pageUrl` when needed; the frame goes when `signal` aborts. */
export function createSnapshotParser(doc: Document, pageUrl: string, signal: AbortSignal): SnapshotParser {
  const own = doc.defaultView as ParserWindow | null;
  let framed: ParserWindow | null = null;
  let loading: Promise<void> | null = null;

  const frameParserPage = (): Promise<void> => {
    if (loading) return loading;
    const frame = doc.createElement('iframe');
    frame.hidden = true;
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    frame.src = pageUrl;
    loading = new Promise<void>((resolve) => {
      frame.addEventListener(
        'load',
        () => {
          framed = loadedWindow(frame);
          resolve();
        },
        { once: true, signal },
      );
      frame.addEventListener('error', () => resolve(), { once: true, signal });
      signal.addEventListener(
        'abort',
        () => {
          framed = null;
          frame.remove();
          resolve();
        },
        { once: true },
      );
    });
    (doc.body ?? doc.documentElement).append(frame);
    return loading;
  };

  return {
    readyFor(html) {
      if (framed || signal.aborted || countInlineStyles(html) < STYLE_HEAVY) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, PARSER_FRAME_TIMEOUT_MS);
        void frameParserPage().then(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    parser() {
      const win = framed ?? own;
      return new (win?.DOMParser ?? DOMParser)();
    },
  };
}

/** The frame's window once it has loaded the page it names (same origin, not an error page). */
function loadedWindow(frame: HTMLIFrameElement): ParserWindow | null {
  try {
    const win = frame.contentWindow as ParserWindow | null;
    return win?.location.href === frame.src && typeof win.DOMParser === 'function' ? win : null;
  } catch {
    return null;
  }
}
