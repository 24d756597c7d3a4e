/**
 * The library query in the page address (`library.html?q=&filter=&tag=&sort=`), so a reload or
 * coming back from an article keeps the search. Anything unexpected falls back to the default.
 */
import type { LibraryFilter, LibraryQuery, LibrarySort } from '@/utils/reading-list/library-types';

export const LIBRARY_FILTERS: readonly LibraryFilter[] = ['unread', 'favorites', 'archived', 'all'];
export const LIBRARY_SORTS: readonly LibrarySort[] = ['newest', 'oldest', 'shortest', 'longest'];

export const DEFAULT_QUERY: Readonly<LibraryQuery> = { text: '', filter: 'unread', tag: null, sort: 'newest' };

/** Longer search text or tags in an address are cut: nobody types them, and they only cost time. */
export const MAX_QUERY_TEXT = 200;
export const MAX_QUERY_TAG = 100;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

function clean(value: string | null, max: number): string {
  return Array.from((value ?? '').replace(CONTROL, ' '))
    .slice(0, max)
    .join('');
}

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export function queryFromSearch(search: string): LibraryQuery {
  const params = new URLSearchParams(search);
  const tag = clean(params.get('tag'), MAX_QUERY_TAG).trim();
  return {
    text: clean(params.get('q'), MAX_QUERY_TEXT),
    filter: pick(params.get('filter'), LIBRARY_FILTERS, DEFAULT_QUERY.filter),
    tag: tag || null,
    sort: pick(params.get('sort'), LIBRARY_SORTS, DEFAULT_QUERY.sort),
  };
}

/** `?…` with only what differs from the default, or '' for the default query. */
export function queryToSearch(query: LibraryQuery): string {
  const params = new URLSearchParams();
  const text = query.text.trim();
  if (text) params.set('q', text);
  if (query.filter !== DEFAULT_QUERY.filter) params.set('filter', query.filter);
  if (query.tag) params.set('tag', query.tag);
  if (query.sort !== DEFAULT_QUERY.sort) params.set('sort', query.sort);
  const out = params.toString();
  return out ? `?${out}` : '';
}

/** A key equal for two queries that ask the same thing (search text compared trimmed). */
export function queryKey(query: LibraryQuery): string {
  return JSON.stringify([query.text.trim(), query.filter, query.tag, query.sort]);
}

/** Whether the query shows every article (no search, no tag, the All filter). */
export function showsEverything(query: LibraryQuery): boolean {
  return !query.text.trim() && query.filter === 'all' && query.tag === null;
}

/** The reader page showing a saved copy (works offline), relative to library.html. */
export function savedReaderHref(id: string): string {
  return `reader.html?saved=${encodeURIComponent(id)}`;
}
