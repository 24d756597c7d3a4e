/**
 * Iterative depth-first traversal (no recursion, so deep documents cannot overflow the stack).
 * `enter` returns whether to descend into the node's children; `leave` runs after a node's
 * subtree (also for nodes without children that were entered with `true`).
 */
export interface Visitor {
  enter(node: Node): boolean;
  leave?(node: Node): void;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;

export function walk(root: Node, visitor: Visitor): void {
  let node: Node | null = root.firstChild;
  const leave = visitor.leave;
  while (node) {
    if (visitor.enter(node)) {
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      leave?.(node);
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) return;
      leave?.(node);
    }
    if (!node || node === root) return;
    node = node.nextSibling;
  }
}

/** Upper-case tag name of an element (XHTML documents keep lower-case names). */
export function tagOf(node: Node): string {
  return node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : '';
}

/**
 * Whether `el` has a descendant with one of these tag names. `getElementsByTagName` is fast in every
 * DOM; selector lists (`querySelector('img, figure')`) are slow in jsdom.
 */
export function hasDescendant(el: Element, tags: readonly string[]): boolean {
  return tags.some((tag) => el.getElementsByTagName(tag).length > 0);
}

/** Whether an ancestor of `el` (not `el` itself) has this upper-case tag name. */
export function hasAncestor(el: Element, tag: string): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (p.tagName.toUpperCase() === tag) return true;
  return false;
}
