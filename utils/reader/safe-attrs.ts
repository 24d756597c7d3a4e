/**
 * The URL policy exported by utils/sanitize, for the few page-supplied URLs the view puts into
 * elements of its own (the source link, the lead image, restored images, Markdown links). Accepts
 * unknown input and a string base. `lang`/`dir` come from utils/sanitize directly.
 */
import { imageSrcset, imageUrl, linkHref, parseBase, webUrl } from '../sanitize';

const text = (raw: unknown): string | null => (typeof raw === 'string' && raw.trim() ? raw : null);

/** An absolute http(s) URL, or null. */
export function safeLinkUrl(raw: unknown, base?: string): string | null {
  const value = text(raw);
  return value ? webUrl(value, parseBase(base)) : null;
}

/** An absolute http(s) or mailto URL (no in-page fragments), or null. */
export function safeExternalLink(raw: unknown, base?: string): string | null {
  const value = text(raw);
  const href = value ? linkHref(value, parseBase(base)) : null;
  return href && !href.startsWith('#') ? href : null;
}

/** An absolute http(s) URL or a raster `data:image` URL, or null. */
export function safeImageUrl(raw: unknown, base?: string): string | null {
  const value = text(raw);
  return value ? imageUrl(value, parseBase(base)) : null;
}

/** The candidates of a `srcset` that pass `safeImageUrl`; null when none does. */
export function safeSrcset(raw: unknown, base?: string): string | null {
  const value = text(raw);
  return value ? imageSrcset(value, parseBase(base)) : null;
}
