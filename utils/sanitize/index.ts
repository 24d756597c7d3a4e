/**
 * The one sanitiser. Everything we render or store passes through here.
 * PLACEHOLDER for the foundation: hardened in the security work (strict config, URL hook, tests).
 */
import DOMPurify from 'dompurify';

export interface SanitizeOptions {
  /** Absolute URL that relative href/src/srcset are resolved against. */
  baseUrl: string;
  /** The window DOMPurify binds to; defaults to the global one (extension page, jsdom in tests). */
  window?: Window;
  /**
   * Remote image policy (the "Load remote images" setting). 'always' keeps `src`; 'on-click' and
   * 'never' move remote `src`/`srcset` to `data-rs-src`/`data-rs-srcset` inside the sanitiser hook,
   * so nothing is fetched until the view restores them on click. `data:image/*` is always kept.
   */
  images?: 'always' | 'on-click' | 'never';
}

function purifier(win?: Window) {
  return DOMPurify((win ?? globalThis.window) as unknown as Window & typeof globalThis);
}

/** Sanitise to an HTML string (for storage and for the extraction result). */
export function sanitizeHtml(input: string | Node, options: SanitizeOptions): string {
  return purifier(options.window).sanitize(input, { USE_PROFILES: { html: true } }) as unknown as string;
}

/** Sanitise to a DocumentFragment to insert as is (for rendering). */
export function sanitizeToFragment(input: string | Node, options: SanitizeOptions): DocumentFragment {
  return purifier(options.window).sanitize(input, {
    USE_PROFILES: { html: true },
    RETURN_DOM_FRAGMENT: true,
  }) as unknown as DocumentFragment;
}
