/**
 * The library page's reads and writes: query (search, filter, order; ./search.ts), organise
 * (archive, favourite, tags), remove with undo. Organising never touches `updatedAt`: that marks
 * content refreshes only, so an import never takes a merely re-tagged copy for a newer one.
 */
import { announceChange } from './changes';
import { db, newId, writeFailure } from './connection';
import type { SavedArticle } from './db';
import { sanitizeImported } from './imported-content';
import type { LibraryPage, LibraryQuery, UpdateResult } from './library-types';
import { mergeRestored } from './merge';
import { searchArticles } from './search';
import { countTags, normalizeTags } from './tags';
import { openForUpdate, updateArticle } from './update-article';
import { validateImportedRecord } from './validate-import';

export async function queryLibrary(query: LibraryQuery): Promise<LibraryPage> {
  const records = await (await db()).getAll('articles');
  return { hits: searchArticles(records, query), total: records.length, tags: countTags(records) };
}

export function setArchived(id: string, archived: boolean): Promise<UpdateResult> {
  return updateArticle(id, (record) => ({ ...record, archived }));
}

export function setFavorite(id: string, favorite: boolean): Promise<UpdateResult> {
  return updateArticle(id, (record) => ({ ...record, favorite }));
}

/** Replaces the article's tags with `tags`, normalised (./tags.ts). */
export function setTags(id: string, tags: string[]): Promise<UpdateResult> {
  const normalized = normalizeTags(tags);
  return updateArticle(id, (record) => ({ ...record, tags: normalized }));
}

/** Removes an article; returns the removed record (to undo with `restoreSavedArticle`), or null if there was none. */
export async function removeSavedArticle(id: string): Promise<SavedArticle | null> {
  const tx = (await db()).transaction('articles', 'readwrite');
  const record = await tx.store.get(id);
  if (record) await tx.store.delete(id);
  await tx.done;
  if (record) announceChange();
  return record ?? null;
}

/**
 * Puts a removed article back (undo). The record is checked and sanitised like an imported one, since
 * it may have travelled through the page. If its URL was saved again meanwhile, the two become one (see
 * `mergeRestored`: newer content, union of tags, favourite if either, archived only if both).
 */
export async function restoreSavedArticle(removed: SavedArticle): Promise<UpdateResult> {
  const checked = validateImportedRecord(removed, Date.now());
  if (!checked || typeof removed.id !== 'string' || !removed.id) return { ok: false, reason: 'error' };
  let record: SavedArticle;
  try {
    record = sanitizeImported({ ...checked, id: removed.id });
  } catch {
    return { ok: false, reason: 'error' };
  }
  const database = await openForUpdate();
  if (!database) return { ok: false, reason: 'unavailable' };
  try {
    const tx = database.transaction('articles', 'readwrite');
    const current = await tx.store.index('byUrl').get(record.url);
    if (current) {
      await tx.store.put(mergeRestored(current, record));
    } else {
      // Ids are random, so this is paranoia: never overwrite a different article.
      const sameId = await tx.store.get(record.id);
      await tx.store.put(sameId ? { ...record, id: newId() } : record);
    }
    await tx.done;
    announceChange();
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: writeFailure(err) };
  }
}
