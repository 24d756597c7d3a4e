/** Small, pure helpers for the article header: dates, lead-image de-duplication. */
import { safeImageUrl } from './safe-attrs';

export interface PublishedDate {
  /** A valid value for `<time datetime>`. */
  datetime: string;
  /** The date in the reader's locale. */
  text: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    return new Intl.DateTimeFormat(undefined, options);
  }
}

/**
 * Localises a publication date. A bare `YYYY-MM-DD` is a calendar date, shown as is in every time
 * zone; a full timestamp is shown in the reader's time zone (or `timeZone` for tests).
 */
export function formatPublished(value: string | null | undefined, locale: string, timeZone?: string) {
  if (!value) return null;
  const raw = value.trim();
  const date = new Date(raw);
  if (Number.isNaN(date.getTime())) return null;
  const dateOnly = DATE_ONLY.test(raw);
  const text = dateFormat(locale, { dateStyle: 'long', timeZone: dateOnly ? 'UTC' : timeZone }).format(date);
  return { datetime: dateOnly ? raw : date.toISOString(), text } satisfies PublishedDate;
}

/** The resolved URL of the first image in an HTML string (inert parse: nothing loads or runs). */
export function firstImageUrl(html: string, baseUrl: string): string | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const img = doc.querySelector('img');
  if (!img) return null;
  return safeImageUrl(img.getAttribute('src') ?? img.getAttribute('data-rs-src'), baseUrl);
}

/** Same picture: the same resource ignoring query and hash (CDNs vary size parameters). */
export function sameImage(a: string, b: string): boolean {
  try {
    const ua = new URL(a);
    const ub = new URL(b);
    return ua.origin === ub.origin && ua.pathname === ub.pathname;
  } catch {
    return a === b;
  }
}

/** Show the lead image only when the body does not already open with it. */
export function leadImageToShow(article: { leadImageUrl: string | null; contentHtml: string; url: string }) {
  const lead = safeImageUrl(article.leadImageUrl, article.url);
  if (!lead) return null;
  const first = firstImageUrl(article.contentHtml, article.url);
  return first && sameImage(first, lead) ? null : lead;
}
