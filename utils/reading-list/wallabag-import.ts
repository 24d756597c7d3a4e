/**
 * wallabag's JSON export (wallabag 2: Export → JSON), read as a Readside backup would be. wallabag
 * keeps each article's full cleaned content, so a wallabag user can move their whole library here,
 * offline copies included. The file is a bare array of entries:
 *
 *   { "url", "title", "content" (HTML), "is_archived", "is_starred" (booleans, or 0/1 in older
 *     versions), "tags" (strings, or { "label" } objects), "created_at", "updated_at" (ISO 8601,
 *     offsets written +0200), "language", "reading_time" (minutes), "domain_name",
 *     "preview_picture", "published_at", "published_by" (array of names), "id", ... }
 *
 * Entries become raw records for ./validate-import.ts, which checks every field again; nothing here
 * is trusted. Pure.
 */

type Entry = Record<string, unknown>;

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `data` is a wallabag export: an array whose entries carry wallabag's own fields. */
export function isWallabagExport(data: unknown): data is unknown[] {
  if (!Array.isArray(data) || data.length === 0) return false;
  return data.some((entry) => isEntry(entry) && 'url' in entry && ('is_archived' in entry || 'is_starred' in entry));
}

/** wallabag writes offsets as +0200; `Date.parse` wants +02:00. A time in ms, or undefined. */
export function wallabagTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

const truthy = (value: unknown): boolean => value === true || value === 1 || value === '1';

function tagsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((tag) => (typeof tag === 'string' ? tag : isEntry(tag) && typeof tag.label === 'string' ? tag.label : null))
    .filter((tag): tag is string => tag !== null);
}

function bylineOf(value: unknown): string | null {
  const names = Array.isArray(value) ? value.filter((n): n is string => typeof n === 'string' && n.trim() !== '') : [];
  return names.length ? names.join(', ') : null;
}

/** One wallabag entry as a raw Readside record (still to be validated and sanitised). */
export function fromWallabagEntry(entry: unknown): unknown {
  if (!isEntry(entry)) return null;
  const savedAt = wallabagTime(entry.created_at);
  const publishedAt = wallabagTime(entry.published_at);
  return {
    url: entry.url,
    title: entry.title,
    contentHtml: entry.content,
    // Derived from the sanitised content (./imported-content.ts).
    textContent: '',
    byline: bylineOf(entry.published_by),
    siteName: entry.domain_name,
    publishedTime: publishedAt === undefined ? null : new Date(publishedAt).toISOString(),
    lang: entry.language,
    dir: null,
    excerpt: null,
    leadImageUrl: entry.preview_picture,
    // Recounted from the derived text when stored; kept here for a record that carries its own text.
    readingMinutes: entry.reading_time,
    savedAt,
    updatedAt: wallabagTime(entry.updated_at) ?? savedAt,
    tags: tagsOf(entry.tags),
    archived: truthy(entry.is_archived),
    favorite: truthy(entry.is_starred),
    progress: 0,
  };
}
