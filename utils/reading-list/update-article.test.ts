import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabaseForTests } from './connection';
import { openReadsideDb } from './db';
import { savedArticle } from './test-support';
import { updateArticle } from './update-article';

describe('updateArticle', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    useDatabaseForTests(openReadsideDb());
  });

  it('reads, changes and writes one article', async () => {
    const database = await openReadsideDb();
    await database.put('articles', savedArticle({ id: 'a', title: 'Old' }));
    expect(await updateArticle('a', (r) => ({ ...r, title: 'New' }))).toEqual({ ok: true });
    expect((await database.get('articles', 'a'))?.title).toBe('New');
  });

  it('says what went wrong: missing article, full disk, other failure, no database', async () => {
    expect(await updateArticle('nope', (r) => r)).toEqual({ ok: false, reason: 'missing' });
    const database = await openReadsideDb();
    await database.put('articles', savedArticle({ id: 'a' }));
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(
      await updateArticle('a', () => {
        throw quota;
      }),
    ).toEqual({ ok: false, reason: 'quota' });
    expect(
      await updateArticle('a', () => {
        throw new Error('boom');
      }),
    ).toEqual({ ok: false, reason: 'error' });
    useDatabaseForTests(Promise.reject(new Error('no idb')));
    expect(await updateArticle('a', (r) => r)).toEqual({ ok: false, reason: 'unavailable' });
  });
});
