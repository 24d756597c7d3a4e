import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openReadsideDb } from './db';

/** A record as version 1 wrote it: no `favorite`. */
function v1Record(id: string, url: string, tags: string[] = []) {
  return {
    id,
    url,
    title: `Title ${id}`,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    leadImageUrl: null,
    contentHtml: '<p>x</p>',
    textContent: 'x',
    wordCount: 1,
    readingMinutes: 1,
    savedAt: 1,
    updatedAt: 1,
    tags,
    archived: true,
  };
}

/** Builds a version-1 database by hand, exactly as the v1 upgrade step did. */
async function createV1Database(records: ReturnType<typeof v1Record>[]): Promise<void> {
  const v1 = await openDB(DB_NAME, 1, {
    upgrade(db) {
      const articles = db.createObjectStore('articles', { keyPath: 'id' });
      articles.createIndex('byUrl', 'url', { unique: true });
      articles.createIndex('bySavedAt', 'savedAt');
    },
  });
  for (const record of records) await v1.put('articles', record);
  v1.close();
}

describe('openReadsideDb', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('creates the current schema from nothing', async () => {
    const db = await openReadsideDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction('articles').store.indexNames].sort()).toEqual(['bySavedAt', 'byTag', 'byUrl']);
    db.close();
  });

  it('migrates a version-1 database: favorite false and progress 0 on every record, and a working tag index', async () => {
    await createV1Database([v1Record('a', 'https://e.x/a', ['news', 'art']), v1Record('b', 'https://e.x/b', ['art'])]);
    const db = await openReadsideDb();
    expect(db.version).toBe(2);
    const all = await db.getAll('articles');
    expect(all).toHaveLength(2);
    for (const record of all) {
      expect(record.favorite).toBe(false);
      expect(record.progress).toBe(0);
      // Everything else is kept.
      expect(record.archived).toBe(true);
      expect(record.title).toBe(`Title ${record.id}`);
    }
    expect((await db.getAllFromIndex('articles', 'byTag', 'art')).map((r) => r.id).sort()).toEqual(['a', 'b']);
    expect((await db.getAllFromIndex('articles', 'byTag', 'news')).map((r) => r.id)).toEqual(['a']);
    expect(await db.getAllFromIndex('articles', 'byTag', 'none')).toEqual([]);
    expect((await db.getFromIndex('articles', 'byUrl', 'https://e.x/b'))?.id).toBe('b');
    db.close();
  });

  it('migrates an empty version-1 database', async () => {
    await createV1Database([]);
    const db = await openReadsideDb();
    expect(db.version).toBe(2);
    expect(await db.count('articles')).toBe(0);
    db.close();
  });
});
