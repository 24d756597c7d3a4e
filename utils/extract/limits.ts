/**
 * Bounds checked before any heavy work: element count and nesting depth, by an iterative walk
 * (no recursion, so a 3,000-deep document cannot overflow the stack) that stops at the first limit.
 */

import { treeGetter } from './walk';

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
  // The DOM's own getters, not the elements' properties: a live page's forms can override those (./walk).
  const firstElementChild = treeGetter(root, 'firstElementChild');
  const nextElementSibling = treeGetter(root, 'nextElementSibling');
  const parentNode = treeGetter(root, 'parentNode');
  let elements = 0;
  let depth = 1;
  let maxSeen = 1;
  let el: Node | null = root;
  while (el) {
    elements++;
    if (elements > maxElements) return { elements, depth: maxSeen, exceeded: 'elements' };
    const child: Node | null = firstElementChild.call(el);
    if (child) {
      depth++;
      if (depth > maxSeen) maxSeen = depth;
      if (depth > maxDepth) return { elements, depth, exceeded: 'depth' };
      el = child;
      continue;
    }
    let next: Node | null = el === root ? null : nextElementSibling.call(el);
    while (el && el !== root && !next) {
      el = parentNode.call(el);
      depth--;
      next = el && el !== root ? nextElementSibling.call(el) : null;
    }
    el = next;
  }
  return { elements, depth: maxSeen, exceeded: null };
}
