/**
 * Allow-lists for `lang` and `dir`, used by the sanitiser hook for attributes in the article and by the
 * view for the article's own language and direction (which come from page metadata, so are hostile too).
 */

export type TextDirection = 'ltr' | 'rtl' | 'auto';

/** BCP 47-ish: a 2–8 letter primary subtag (or `x`/`i`), then 1–8 alphanumeric subtags; at most 35 characters. */
const LANGUAGE_TAG = /^(?:[a-z]{2,8}|[xi])(?:-[a-z0-9]{1,8})*$/i;
const MAX_LANGUAGE_TAG_LENGTH = 35;

/**
 * The language tag if it is well-formed, else null. Surrounding whitespace is trimmed and the common
 * `en_US` spelling becomes `en-US`; nothing else is repaired.
 */
export function safeLang(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const tag = value.trim().replace(/_/g, '-');
  if (tag.length === 0 || tag.length > MAX_LANGUAGE_TAG_LENGTH) return null;
  return LANGUAGE_TAG.test(tag) ? tag : null;
}

/** `ltr`, `rtl` or `auto` (any case, trimmed), else null. */
export function safeDir(value: unknown): TextDirection | null {
  if (typeof value !== 'string') return null;
  const dir = value.trim().toLowerCase();
  return dir === 'ltr' || dir === 'rtl' || dir === 'auto' ? dir : null;
}
