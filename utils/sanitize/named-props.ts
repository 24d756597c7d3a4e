/**
 * DOMPurify's `SANITIZE_NAMED_PROPS` renames every `id` and `name` to `user-content-…`, so page markup
 * cannot clobber `document.x` or `window.x` in the reader. References to those ids must follow the
 * rename, or in-page links, table headers and ARIA labels break. Already-prefixed values are left alone,
 * which keeps sanitising idempotent.
 */
export const NAMED_PROPS_PREFIX = 'user-content-';

export function prefixFragment(id: string): string {
  return id.startsWith(NAMED_PROPS_PREFIX) ? id : NAMED_PROPS_PREFIX + id;
}

/** A space-separated id list (`headers`, `aria-labelledby`, `aria-describedby`). */
export function prefixIdRefs(value: string): string {
  return value.split(/\s+/).filter(Boolean).map(prefixFragment).join(' ');
}

/** Attributes holding id references, and how to rewrite them (a Map: attribute names are page input). */
export const ID_REFERENCE_ATTRIBUTES: ReadonlyMap<string, (value: string) => string> = new Map([
  ['headers', prefixIdRefs],
  ['aria-labelledby', prefixIdRefs],
  ['aria-describedby', prefixIdRefs],
  [
    'usemap',
    (value: string) => (value.startsWith('#') && value.length > 1 ? `#${prefixFragment(value.slice(1))}` : value),
  ],
]);

/**
 * The reader's own class names all start with `rs-`. Article markup may not borrow them: a page element
 * styled as the reader's dialog backdrop or toolbar could overlay and imitate the reader's UI.
 */
const RESERVED_CLASS = /^rs-/i;

/** The class list without reader-reserved names; '' when nothing is left. */
export function withoutReservedClasses(value: string): string {
  return value
    .split(/\s+/)
    .filter((name) => name && !RESERVED_CLASS.test(name))
    .join(' ');
}
