import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabaseForTests } from './connection';
import { openReadsideDb } from './db';
import { readingProgress, setProgress } from './progress';
import { savedArticle } from './test-support';

describe('readingProgress', () => {
  it('keeps 0..1 and reads anything else as not started', () => {
    expect(readingProgress(0.25)).toBe(0.25);
    expect(readingProgress(1.2)).toBe(1);
    expect(readingProgress(-0.1)).toBe(0);
    expect(readingProgress(Number.NaN)).toBe(0);
    expect(readingProgress('0.5')).toBe(0);
    expect(readingProgress(undefined)).toBe(0);
  });
});

describe('setProgress', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    useDatabaseForTests(openReadsideDb());
  });

  it('writes the clamped position and nothing else', async () => {
    const database = await openReadsideDb();
    const record = savedArticle({ id: 'a', updatedAt: 7 });
    await database.put('articles', record);
    expect(await setProgress('a', 0.6)).toEqual({ ok: true });
    expect(await database.get('articles', 'a')).toEqual({ ...record, progress: 0.6 });
    await setProgress('a', 9);
    expect((await database.get('articles', 'a'))?.progress).toBe(1);
    expect(await setProgress('gone', 0.5)).toEqual({ ok: false, reason: 'missing' });
  });
});
