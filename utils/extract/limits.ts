/**
 * Bounds checked before any heavy work: element count and nesting depth, by an iterative walk
 * (no recursion, so a 3,000-deep document cannot overflow the stack) that stops at the first limit.
 */

export const DEFAULT_MAX_ELEMENTS = 50_000;
/** Real pages rarely nest beyond ~60; Readability, cloning and serialising recurse per level. */
export const DEFAULT_MAX_DEPTH = 1_000;

export interface DocumentSize {
  elements: number;
  depth: number;
  /** Which limit was hit first, if any; counting stops there. */
  exceeded: 'elements' | 'depth' | null;
}

export function measureDocument(
  doc: Document,
  maxElements = DEFAULT_MAX_ELEMENTS,
  maxDepth = DEFAULT_MAX_DEPTH,
): DocumentSize {
  const root = doc.documentElement;
  if (!root) return { elements: 0, depth: 0, exceeded: null };
  let elements = 0;
  let depth = 1;
  let maxSeen = 1;
  let el: Element | null = root;
  while (el) {
    elements++;
    if (elements > maxElements) return { elements, depth: maxSeen, exceeded: 'elements' };
    const child: Element | null = el.firstElementChild;
    if (child) {
      depth++;
      if (depth > maxSeen) maxSeen = depth;
      if (depth > maxDepth) return { elements, depth, exceeded: 'depth' };
      el = child;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return { elements, depth: maxSeen, exceeded: null };
}
