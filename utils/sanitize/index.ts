/**
 * The one sanitiser. Everything we render or store passes through here: extraction output, and at
 * render time anything that did not come straight from this run's extraction (stored or imported
 * content may come from an older version or a file).
 *
 * DOMPurify (strict config in ./config.ts) plus hooks (./hooks.ts) that resolve every URL against the
 * article URL and allow only the schemes in ./url-policy.ts.
 */
import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';
import { PURIFY_CONFIG, PURIFY_FRAGMENT_CONFIG } from './config';
import { type ImagePolicy, installHooks, type SanitizeCall } from './hooks';
import { parseBase } from './url-policy';

export type { ImagePolicy } from './hooks';
export { safeDir, safeLang, type TextDirection } from './lang-dir';
export { NAMED_PROPS_PREFIX } from './named-props';
/** The URL policy, for the few URLs the view puts into elements of its own (source link, lead image). */
export { imageSrcset, imageUrl, linkHref, parseBase, webUrl } from './url-policy';

export interface SanitizeOptions {
  /** Absolute URL that relative href/src/srcset are resolved against. */
  baseUrl: string;
  /** The window DOMPurify binds to; defaults to the global one (extension page, jsdom in tests). */
  window?: Window;
  /**
   * Remote image policy (the "Load remote images" setting). 'always' keeps `src`; 'on-click' and
   * 'never' move remote `src`/`srcset` to `data-rs-src`/`data-rs-srcset` inside the sanitiser hook,
   * so nothing is fetched until the view restores them on click. `data:image/*` is always kept.
   * A remote video `poster` moves to `data-rs-poster` the same way. Any other value counts as 'never'.
   */
  images?: 'always' | 'on-click' | 'never';
}

/**
 * DOMPurify hooks are global to an instance, so there is one instance per window and output kind
 * (string or fragment), hooked once. Each instance holds its config (`setConfig`): passed to every
 * `sanitize` call instead, the config would be parsed again each time. The per-call options reach
 * the hooks through `activeCall`, set around the synchronous `sanitize` call.
 */
type Output = 'html' | 'fragment';
const CONFIGS = { html: PURIFY_CONFIG, fragment: PURIFY_FRAGMENT_CONFIG } as const;
const purifiers: Record<Output, WeakMap<object, DOMPurify>> = { html: new WeakMap(), fragment: new WeakMap() };
let activeCall: SanitizeCall | null = null;

function purifierFor(win: Window, output: Output): DOMPurify {
  let purify = purifiers[output].get(win);
  if (!purify) {
    purify = createDOMPurify(win as unknown as WindowLike);
    if (!purify.isSupported) throw new Error('The sanitiser cannot run: this window has no usable DOM.');
    purify.setConfig(CONFIGS[output]);
    installHooks(purify, () => activeCall);
    purifiers[output].set(win, purify);
  }
  return purify;
}

function windowFor(input: string | Node, options: SanitizeOptions): Window {
  const win =
    options.window ?? (typeof input === 'string' ? null : input.ownerDocument?.defaultView) ?? globalThis.window;
  if (!win) throw new Error('The sanitiser needs a DOM window (pass options.window outside a page).');
  return win;
}

/** Unknown values (say, a corrupted stored setting) load nothing rather than everything. */
function imagePolicy(images: SanitizeOptions['images']): ImagePolicy {
  if (images === undefined || images === 'always') return 'always';
  return images === 'on-click' ? 'on-click' : 'never';
}

function withCall<T>(
  input: string | Node,
  options: SanitizeOptions,
  output: Output,
  run: (purify: DOMPurify, win: Window) => T,
): T {
  const win = windowFor(input, options);
  const purify = purifierFor(win, output);
  const outer = activeCall;
  activeCall = { base: parseBase(options.baseUrl), images: imagePolicy(options.images), taken: new WeakMap() };
  try {
    return run(purify, win);
  } finally {
    activeCall = outer;
  }
}

/**
 * Removing an element but keeping its content can leave a tree the HTML parser would never build
 * (`<p><applet><p>` becomes a `p` inside a `p`); serialised, it parses back differently. What we
 * return must be a fixed point: what we store parses to exactly what we checked, and sanitising it
 * again (at render time) changes nothing. Usually the first pass already is one, and one parse
 * proves it (the output parses back to itself, so a second pass would walk the very tree the first
 * one produced). Otherwise the string is sanitised again until it is a fixed point; each pass is complete.
 */
const MAX_PASSES = 4;

/** Sanitise to an HTML string (for storage and for the extraction result). Idempotent. */
export function sanitizeHtml(input: string | Node, options: SanitizeOptions): string {
  return withCall(input, options, 'html', (purify, win) => {
    let html = purify.sanitize(input);
    if (parsesBackTo(html, win)) return html;
    for (let pass = 1; pass < MAX_PASSES; pass++) {
      const again = purify.sanitize(html);
      if (again === html) break;
      html = again;
    }
    return html;
  });
}

const LEADING_WHITESPACE = /^[\r\n\t ]+/;

/**
 * Whether `html`, parsed exactly the way DOMPurify parses a string (a whole document, with leading
 * whitespace put back at the start of the body), serialises back to exactly `html`.
 */
function parsesBackTo(html: string, win: Window): boolean {
  const body = new (win as unknown as typeof globalThis).DOMParser().parseFromString(html, 'text/html').body;
  return !!body && (LEADING_WHITESPACE.exec(html)?.[0] ?? '') + body.innerHTML === html;
}

/**
 * Sanitise to a DocumentFragment to insert as is (for rendering). Never serialise it and parse the
 * result again: that round trip is where mutation XSS lives.
 */
export function sanitizeToFragment(input: string | Node, options: SanitizeOptions): DocumentFragment {
  return withCall(input, options, 'fragment', (purify, win) => {
    // DOMPurify returns null when the markup parses to a document without a body (a frameset page).
    const fragment = purify.sanitize(input) as unknown as DocumentFragment | null;
    return fragment ?? win.document.createDocumentFragment();
  });
}
