/**
 * Allow-lists for the few page-supplied values the view puts into attributes of its own elements
 * (`lang`, `dir`, link and image URLs). utils/sanitize does not export equivalents yet; if it
 * grows `safeLang`/`safeDir`, use those instead.
 */

/** BCP 47-shaped: a 2–3 letter language and optional subtags (`en`, `pt-BR`, `zh-Hant-TW`). */
const LANG_RE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

export function safeLang(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const lang = value.trim();
  return lang.length <= 35 && LANG_RE.test(lang) ? lang : undefined;
}

export function safeDir(value: unknown): 'ltr' | 'rtl' | undefined {
  if (typeof value !== 'string') return undefined;
  const dir = value.trim().toLowerCase();
  return dir === 'ltr' || dir === 'rtl' ? dir : undefined;
}

function resolve(raw: unknown, base?: string): URL | null {
  if (typeof raw !== 'string' || !raw.trim()) return null;
  try {
    return new URL(raw.trim(), base);
  } catch {
    return null;
  }
}

/** An absolute http(s) URL for a link we render ourselves, or null. */
export function safeLinkUrl(raw: unknown, base?: string): string | null {
  const url = resolve(raw, base);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
}

/** An absolute http(s) URL or a `data:image/*` URL for an image we render ourselves, or null. */
export function safeImageUrl(raw: unknown, base?: string): string | null {
  const url = resolve(raw, base);
  if (!url) return null;
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  return url.protocol === 'data:' && /^data:image\/[a-z0-9.+-]+[;,]/i.test(url.href) ? url.href : null;
}

/** Keeps the candidates of a `srcset` whose URL passes `safeImageUrl`; null when none does. */
export function safeSrcset(raw: unknown, base?: string): string | null {
  if (typeof raw !== 'string') return null;
  const kept = raw
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/))
    .flatMap(([url, descriptor]) => {
      const safe = safeImageUrl(url, base);
      return safe ? [descriptor ? `${safe} ${descriptor}` : safe] : [];
    });
  return kept.length ? kept.join(', ') : null;
}
