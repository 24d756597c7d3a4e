/**
 * The contract between the reading-list service (this folder) and the library page
 * (utils/library/, components/Library*.tsx): what a query asks, what it returns, and what export
 * and import report. Failures are reason codes; the UI turns them into `_locales` messages.
 */
import type { SavedArticle } from './db';

/** Which part of the list to show. "unread" is everything not archived (Pocket's "My List"). */
export type LibraryFilter = 'unread' | 'archived' | 'favorites' | 'all';
export type LibrarySort = 'newest' | 'oldest' | 'shortest' | 'longest';

export interface LibraryQuery {
  /** Free text: words must all match (any field); "quoted phrases" match as a whole. Empty: no search. */
  text: string;
  filter: LibraryFilter;
  /** Only articles carrying this tag (exact, case-insensitive), or null for any. */
  tag: string | null;
  /** Order when there is no search text; with search text, hits come by relevance, then newest. */
  sort: LibrarySort;
}

/** A saved article without its (possibly large) body: what a list row needs. */
export type SavedArticleSummary = Omit<SavedArticle, 'contentHtml' | 'textContent'>;

/** A piece of a snippet: plain text, rendered as text (never as HTML); `match` pieces are highlighted. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface LibraryHit {
  article: SavedArticleSummary;
  /** Where the search text was found in the body (about 200 characters around it), or null. */
  snippet: SnippetPart[] | null;
}

export interface LibraryPage {
  hits: LibraryHit[];
  /** Articles in the whole list, before filter and search (for "3 of 120"). */
  total: number;
  /** Every tag in use, with how many articles carry it, sorted by name. */
  tags: { tag: string; count: number }[];
}

export type UpdateResult = { ok: true } | { ok: false; reason: 'missing' | 'quota' | 'unavailable' | 'error' };

export type ExportFormat = 'json' | 'markdown' | 'html';

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
  count: number;
}

export type ImportFailure =
  /** Not JSON at all (a truncated or unrelated file). */
  | 'not-json'
  /** JSON, but neither a Readside backup nor a wallabag export. */
  | 'not-readside'
  /** A Readside export from a newer format version than this build reads. */
  | 'newer-version'
  /** Over the size limit (see IMPORT_MAX_BYTES). */
  | 'too-large'
  /** The disk is full: nothing was written. */
  | 'quota'
  | 'unavailable'
  | 'error';

export type ImportReport =
  | {
      ok: true;
      /** New articles. */
      added: number;
      /** Articles already saved (same URL) that the file's newer copy refreshed, or whose tags it merged. */
      updated: number;
      /** Articles already saved whose local copy is as new or newer: left as they are. */
      unchanged: number;
      /** Records in the file that are not valid articles: skipped, counted, never half-written. */
      invalid: number;
    }
  | { ok: false; reason: ImportFailure };
