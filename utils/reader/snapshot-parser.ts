/**
 * Where a view parses page snapshots: in a hidden frame of the extension's parser page
 * (public/parser.html), not in the view itself.
 *
 * A document made by a DOMParser lives under the policy of the window that owns the DOMParser. The
 * views refuse `style="…"` (RENDERING_PAGES_CSP in utils/manifest-policy.ts), and Chromium reports a
 * violation for every inline style it parses under that policy, at about 0.2 ms each: real pages
 * carry hundreds to thousands. The parser page's policy allows them, so its DOMParser parses the
 * same snapshot without a single report. Nothing there is rendered and no script runs in a parsed
 * document, so allowing inline styles there gives a page nothing.
 *
 * The frame is same-origin, so the view calls its DOMParser directly and extraction stays
 * synchronous. Until the frame has loaded, or if it never does, the view's own DOMParser parses:
 * slower on style-heavy pages, never wrong.
 */

export interface SnapshotParser {
  /** The DOMParser to parse the next snapshot with. */
  parser(): DOMParser;
  /** Settles when the parser page has loaded or has given up (never rejects). */
  readonly ready: Promise<void>;
}

/** How long a view waits for the parser page before parsing on its own. */
export const PARSER_FRAME_TIMEOUT_MS = 2000;

type ParserWindow = Window & { DOMParser: typeof DOMParser };

/**
 * Frames `pageUrl` (hidden, out of the accessibility tree and the tab order) into `doc`; the frame
 * goes when `signal` aborts.
 */
export function createSnapshotParser(doc: Document, pageUrl: string, signal: AbortSignal): SnapshotParser {
  const own = doc.defaultView as ParserWindow | null;
  let framed: ParserWindow | null = null;
  const frame = doc.createElement('iframe');
  frame.hidden = true;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  frame.src = pageUrl;

  const ready = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, PARSER_FRAME_TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    frame.addEventListener(
      'load',
      () => {
        framed = sameOriginWindow(frame);
        done();
      },
      { once: true, signal },
    );
    frame.addEventListener('error', done, { once: true, signal });
    signal.addEventListener('abort', done, { once: true });
  });
  signal.addEventListener(
    'abort',
    () => {
      framed = null;
      frame.remove();
    },
    { once: true },
  );
  if (!signal.aborted) (doc.body ?? doc.documentElement).append(frame);

  return {
    parser() {
      const win = framed && !signal.aborted ? framed : own;
      const Parser = win?.DOMParser ?? DOMParser;
      return new Parser();
    },
    ready,
  };
}

/** The frame's window if it loaded the parser page of this origin (not an error page). */
function sameOriginWindow(frame: HTMLIFrameElement): ParserWindow | null {
  try {
    const win = frame.contentWindow as ParserWindow | null;
    return win && typeof win.DOMParser === 'function' && win.location.href === frame.src ? win : null;
  } catch {
    return null;
  }
}
