/**
 * Lazy-loaded images keep the real address in `data-*` attributes and a placeholder (or nothing)
 * in `src`. Promote the real one before Readability, which would otherwise keep the placeholder
 * or drop the image, and keep only sensible `srcset` candidates.
 */

const SRC_ATTRIBUTES = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
  'data-orig-file',
  'data-echo',
  'data-actualsrc',
];
const SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'data-original-set', 'data-lazy-src-set'];

const PLACEHOLDER_NAME =
  /(?:^|[/_-])(?:blank|placeholder|spacer|transparent|pixel|lazy|loading|loader|grey|gray|1x1|dummy|empty)(?:[-_]?\d+(?:x\d+)?)?\.(?:gif|png|jpe?g|svg|webp)(?:$|[?#])/i;

/** A `src` that stands in for the real image: empty, a tiny data URI, or a placeholder file. */
export function isPlaceholderSrc(src: string | null): boolean {
  if (!src?.trim()) return true;
  const value = src.trim();
  if (/^data:/i.test(value)) return !/^data:image\/svg\+xml/i.test(value) || value.length < 200;
  return PLACEHOLDER_NAME.test(value) || value === 'about:blank' || value === '#';
}

/** Drops empty and data: candidates from a srcset; null when none is left. */
export function sensibleSrcset(srcset: string | null): string | null {
  if (!srcset) return null;
  const kept = srcset
    .split(/,\s+(?=\S)/)
    .map((candidate) => candidate.trim())
    .filter((candidate) => candidate && !/^data:/i.test(candidate));
  return kept.length ? kept.join(', ') : null;
}

function firstAttribute(el: Element, names: string[]): string | null {
  for (const name of names) {
    const value = el.getAttribute(name)?.trim();
    if (value && !/^data:/i.test(value)) return value;
  }
  return null;
}

/** Mutates an IMG or SOURCE of a working copy. Returns whether anything changed. */
export function promoteLazyImage(el: Element): boolean {
  let changed = false;
  const isImg = el.tagName.toUpperCase() === 'IMG';
  if (isImg) {
    const lazySrc = firstAttribute(el, SRC_ATTRIBUTES);
    if (lazySrc && isPlaceholderSrc(el.getAttribute('src'))) {
      el.setAttribute('src', lazySrc);
      changed = true;
    }
  }
  const lazySrcset = firstAttribute(el, SRCSET_ATTRIBUTES);
  const current = el.getAttribute('srcset');
  const srcset = lazySrcset && (!current || !sensibleSrcset(current)) ? lazySrcset : current;
  if (srcset !== null) {
    const sensible = sensibleSrcset(srcset);
    if (sensible !== current) {
      if (sensible) el.setAttribute('srcset', sensible);
      else el.removeAttribute('srcset');
      changed = true;
    }
  }
  if (isImg && isPlaceholderSrc(el.getAttribute('src'))) {
    // No real src anywhere but a srcset: take its first candidate so the image has a src.
    const first = el.getAttribute('srcset')?.split(/\s+/)[0];
    if (first) {
      el.setAttribute('src', first);
      changed = true;
    }
  }
  return changed;
}
