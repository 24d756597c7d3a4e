/**
 * Iterative depth-first traversal (no recursion, so deep documents cannot overflow the stack).
 * `enter` returns whether to descend into the node's children; `leave` runs after a node's
 * subtree (also for nodes without children that were entered with `true`).
 *
 * The walk moves through the tree by the DOM's own getters, read from the prototypes: in Chromium
 * a form's controls override the form's properties (`<form><input name=parentNode>` makes
 * `form.parentNode` that input), and on a live page, where forms are not disarmed
 * (./disarm-forms), a walk that read `node.parentNode` went round in circles for ever.
 */
export interface Visitor {
  enter(node: Node): boolean;
  leave?(node: Node): void;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;

type NodeGetter = (this: Node) => Node | null;
export type TreeName = 'firstChild' | 'nextSibling' | 'parentNode' | 'firstElementChild' | 'nextElementSibling';

/**
 * A tree getter of the DOM that `sample` belongs to (a DOMParser document has no window to read
 * `Node` from), found on its prototypes: the one furthest up, which serves every kind of node.
 */
export function treeGetter(sample: Node, name: TreeName): NodeGetter {
  let found: NodeGetter | undefined;
  for (let proto = Object.getPrototypeOf(sample); proto; proto = Object.getPrototypeOf(proto)) {
    const getter = Object.getOwnPropertyDescriptor(proto, name)?.get;
    if (getter) found = getter as NodeGetter;
  }
  if (!found) throw new Error(`This DOM has no ${name} getter.`);
  return found;
}

interface Navigation {
  firstChild: NodeGetter;
  nextSibling: NodeGetter;
  parentNode: NodeGetter;
}

/** Per prototype of a walk's root: each DOM (jsdom window, page, extension page) has its own. */
const navigations = new WeakMap<object, Navigation>();

function navigationFor(root: Node): Navigation {
  const key = Object.getPrototypeOf(root) as object;
  let nav = navigations.get(key);
  if (!nav) {
    nav = {
      firstChild: treeGetter(root, 'firstChild'),
      nextSibling: treeGetter(root, 'nextSibling'),
      parentNode: treeGetter(root, 'parentNode'),
    };
    navigations.set(key, nav);
  }
  return nav;
}

export function walk(root: Node, visitor: Visitor): void {
  const { firstChild, nextSibling, parentNode } = navigationFor(root);
  let node: Node | null = firstChild.call(root);
  const leave = visitor.leave;
  while (node) {
    if (visitor.enter(node)) {
      const child = firstChild.call(node);
      if (child) {
        node = child;
        continue;
      }
      leave?.(node);
    }
    let next: Node | null = nextSibling.call(node);
    while (!next) {
      node = parentNode.call(node);
      if (!node || node === root) return;
      leave?.(node);
      next = nextSibling.call(node);
    }
    node = next;
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
