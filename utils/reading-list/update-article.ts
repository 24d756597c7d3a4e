/**
 * One article read, changed and written back in one transaction: what organising (archive, favourite,
 * tags) and the reading position share. Small on purpose: the service worker imports it (through
 * ./progress.ts) without the sanitiser or the search.
 */
import { announceChange } from './changes';
import { db, writeFailure } from './connection';
import type { ReadsideDatabase, SavedArticle } from './db';
import type { UpdateResult } from './library-types';

export async function openForUpdate(): Promise<ReadsideDatabase | null> {
  try {
    return await db();
  } catch {
    return null;
  }
}

export async function updateArticle(id: string, change: (record: SavedArticle) => SavedArticle): Promise<UpdateResult> {
  const database = await openForUpdate();
  if (!database) return { ok: false, reason: 'unavailable' };
  try {
    const tx = database.transaction('articles', 'readwrite');
    const record = await tx.store.get(id);
    if (!record) {
      await tx.done;
      return { ok: false, reason: 'missing' };
    }
    await tx.store.put(change(record));
    await tx.done;
    announceChange();
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: writeFailure(err) };
  }
}
