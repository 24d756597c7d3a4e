/**
 * Reading-list service ("Keep"): a local reading list that holds the full cleaned content, so saved
 * articles read offline; it can be searched, organised, exported and imported. Nothing leaves the device.
 *
 * - Save and look up (this file): `saveArticle` keyed by canonical URL, `getSavedArticle`,
 *   `findSavedByUrl`, `listSavedArticles`.
 * - The library page (./library.ts): `queryLibrary` (search, filter, order, tag counts; the pure
 *   search is ./search.ts), `setArchived`, `setFavorite`, `setTags`, and the reader's `setProgress` (never touch `updatedAt`, which
 *   marks content refreshes only), `removeSavedArticle` returning the record for `restoreSavedArticle`.
 * - Files (./backup.ts): `exportLibrary` (JSON backup, Markdown, self-contained offline HTML; the pure
 *   builders are ./export-formats.ts) and `importLibrary` (validated, sanitised, merged by URL,
 *   written in one transaction: all or nothing).
 *
 * One IndexedDB schema, versioned and migrated (./db.ts). The types the UI codes against are in
 * ./library-types.ts. Failures come back as reason codes (the UI words them, from `_locales`); a
 * failed save never loses the article on screen. No `browser.*` anywhere in this folder.
 */
import type { Article } from '../extract/types';
import { sanitizeHtml } from '../sanitize';
import { announceChange } from './changes';
import { db, isQuotaError, newId } from './connection';
import type { ReadsideDatabase, SavedArticle } from './db';

export { exportLibrary, IMPORT_MAX_BYTES, importLibrary } from './backup';
export { onChange } from './changes';
export { isQuotaError, useDatabaseForTests } from './connection';
export type { SavedArticle } from './db';
export type { ExportLabels } from './export-formats';
export {
  queryLibrary,
  removeSavedArticle,
  restoreSavedArticle,
  setArchived,
  setFavorite,
  setTags,
} from './library';
export type * from './library-types';
export { setProgress } from './progress';
export { MAX_TAG_LENGTH, MAX_TAGS, normalizeTags } from './tags';

export type SaveResult =
  | { ok: true; id: string; updated: boolean }
  | { ok: false; reason: 'quota' | 'unavailable' | 'error'; message: string };

/** Saves (or refreshes) an article, keyed by its canonical URL. */
export async function saveArticle(article: Article, now = Date.now()): Promise<SaveResult> {
  let database: ReadsideDatabase;
  try {
    database = await db();
  } catch {
    return { ok: false, reason: 'unavailable', message: 'The reading list is not available in this browser profile.' };
  }
  try {
    const tx = database.transaction('articles', 'readwrite');
    const existing = await tx.store.index('byUrl').get(article.url);
    const record: SavedArticle = {
      id: existing?.id ?? newId(),
      url: article.url,
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      publishedTime: article.publishedTime,
      lang: article.lang,
      dir: article.dir,
      excerpt: article.excerpt,
      leadImageUrl: article.leadImageUrl,
      // Stored content is sanitised again: it may not come straight from this run's extraction.
      contentHtml: sanitizeHtml(article.contentHtml, { baseUrl: article.url }),
      textContent: article.textContent,
      wordCount: article.wordCount,
      readingMinutes: article.readingMinutes,
      savedAt: existing?.savedAt ?? now,
      updatedAt: now,
      tags: existing?.tags ?? [],
      archived: existing?.archived ?? false,
      favorite: existing?.favorite ?? false,
      progress: existing?.progress ?? 0,
    };
    await tx.store.put(record);
    await tx.done;
    announceChange();
    return { ok: true, id: record.id, updated: !!existing };
  } catch (err) {
    if (isQuotaError(err)) {
      return {
        ok: false,
        reason: 'quota',
        message: 'Your disk is full, so the article could not be saved. It is still open here.',
      };
    }
    return { ok: false, reason: 'error', message: 'The article could not be saved. It is still open here.' };
  }
}

export async function getSavedArticle(id: string): Promise<SavedArticle | null> {
  return (await (await db()).get('articles', id)) ?? null;
}

export async function findSavedByUrl(url: string): Promise<SavedArticle | null> {
  return (await (await db()).getFromIndex('articles', 'byUrl', url)) ?? null;
}

/** Newest first. */
export async function listSavedArticles(): Promise<SavedArticle[]> {
  const all = await (await db()).getAllFromIndex('articles', 'bySavedAt');
  return all.reverse();
}
