// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../extract/types';
import { openReadsideDb, type SavedArticle } from './db';
import {
  findSavedByUrl,
  getSavedArticle,
  queryLibrary,
  removeSavedArticle,
  restoreSavedArticle,
  saveArticle,
  setArchived,
  setFavorite,
  setProgress,
  setTags,
  useDatabaseForTests,
} from './index';
import { extractedArticle, libraryQuery } from './test-support';

async function save(url: string, now: number, overrides: Partial<Article> = {}): Promise<string> {
  const res = await saveArticle(extractedArticle(url, overrides), now);
  if (!res.ok) throw new Error(res.message);
  return res.id;
}

const query = libraryQuery;

const quota = () => new DOMException('The disk is full', 'QuotaExceededError');

/** A database whose writes fail with `error` (reads work). */
function failingWrites(error: unknown, record: SavedArticle | null) {
  const store = {
    get: async () => record,
    put: async () => {
      throw error;
    },
    index: () => ({ get: async () => null }),
  };
  return Promise.resolve({ transaction: () => ({ store, done: Promise.resolve() }) } as never);
}

describe('library service', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    useDatabaseForTests(openReadsideDb());
  });

  it('queries: hits, total and tag counts', async () => {
    const a = await save('https://e.x/a', 1, { title: 'Apples' });
    const b = await save('https://e.x/b', 2, { title: 'Bananas' });
    await save('https://e.x/c', 3, { title: 'Cherries' });
    await setTags(a, ['Fruit', 'red']);
    await setTags(b, ['fruit']);
    await setArchived(b, true);

    const all = await queryLibrary(query());
    expect(all.total).toBe(3);
    expect(all.hits.map((h) => h.article.title)).toEqual(['Cherries', 'Bananas', 'Apples']);
    expect(all.tags).toEqual([
      { tag: 'fruit', count: 2 },
      { tag: 'red', count: 1 },
    ]);

    const unread = await queryLibrary(query({ filter: 'unread', tag: 'FRUIT' }));
    expect(unread.total).toBe(3);
    expect(unread.hits.map((h) => h.article.title)).toEqual(['Apples']);

    const search = await queryLibrary(query({ text: 'banana' }));
    expect(search.hits.map((h) => h.article.title)).toEqual(['Bananas']);
    expect(search.hits[0]?.article).not.toHaveProperty('contentHtml');
  });

  it('archives, favourites and tags without touching updatedAt', async () => {
    const id = await save('https://e.x/a', 100);
    expect(await setArchived(id, true)).toEqual({ ok: true });
    expect(await setFavorite(id, true)).toEqual({ ok: true });
    expect(await setTags(id, ['  Long   read ', 'long read', '', 'News'])).toEqual({ ok: true });
    const record = await getSavedArticle(id);
    expect(record).toMatchObject({ archived: true, favorite: true, tags: ['Long read', 'News'], updatedAt: 100 });
    expect(await setArchived(id, false)).toEqual({ ok: true });
    expect(await setFavorite(id, false)).toEqual({ ok: true });
    expect(await setTags(id, [])).toEqual({ ok: true });
    expect(await getSavedArticle(id)).toMatchObject({ archived: false, favorite: false, tags: [], updatedAt: 100 });
  });

  it('remembers the reading position, clamped to 0..1, without touching updatedAt', async () => {
    const id = await save('https://e.x/a', 100);
    expect(await getSavedArticle(id)).toMatchObject({ progress: 0 });
    expect(await setProgress(id, 0.42)).toEqual({ ok: true });
    expect(await getSavedArticle(id)).toMatchObject({ progress: 0.42, updatedAt: 100 });
    await setProgress(id, 7);
    expect((await getSavedArticle(id))?.progress).toBe(1);
    await setProgress(id, Number.NaN);
    expect((await getSavedArticle(id))?.progress).toBe(0);
    expect(await setProgress('nope', 0.5)).toEqual({ ok: false, reason: 'missing' });
  });

  it('says when the article is missing', async () => {
    expect(await setArchived('nope', true)).toEqual({ ok: false, reason: 'missing' });
    expect(await setFavorite('nope', true)).toEqual({ ok: false, reason: 'missing' });
    expect(await setTags('nope', ['x'])).toEqual({ ok: false, reason: 'missing' });
  });

  it('reports a full disk, and an unavailable database', async () => {
    const id = await save('https://e.x/a', 1);
    const record = await getSavedArticle(id);
    useDatabaseForTests(failingWrites(quota(), record));
    expect(await setTags(id, ['x'])).toEqual({ ok: false, reason: 'quota' });
    expect(await setFavorite(id, true)).toEqual({ ok: false, reason: 'quota' });
    useDatabaseForTests(failingWrites(new Error('boom'), record));
    expect(await setArchived(id, true)).toEqual({ ok: false, reason: 'error' });
    useDatabaseForTests(Promise.reject(new Error('no idb')));
    expect(await setArchived(id, true)).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('keeps the favourite mark when an article is saved again', async () => {
    const id = await save('https://e.x/a', 1);
    await setFavorite(id, true);
    await save('https://e.x/a', 2, { title: 'Refreshed' });
    expect(await getSavedArticle(id)).toMatchObject({ favorite: true, title: 'Refreshed', updatedAt: 2 });
  });

  it('removes an article and returns it, then restores it exactly', async () => {
    const id = await save('https://e.x/a', 5);
    await setTags(id, ['keep']);
    await setFavorite(id, true);
    const before = await getSavedArticle(id);
    const removed = await removeSavedArticle(id);
    expect(removed).toEqual(before);
    expect(await getSavedArticle(id)).toBeNull();
    expect(await removeSavedArticle(id)).toBeNull();

    expect(await restoreSavedArticle(removed!)).toEqual({ ok: true });
    expect(await getSavedArticle(id)).toEqual(before);
  });

  it('restores into an article saved again meanwhile: newer content, union of marks, original place', async () => {
    const id = await save('https://e.x/a', 5, { title: 'First copy' });
    await setTags(id, ['one']);
    await setFavorite(id, true);
    await setArchived(id, true);
    const removed = await removeSavedArticle(id);

    const againId = await save('https://e.x/a', 50, { title: 'Second copy' });
    await setTags(againId, ['two']);
    expect(await restoreSavedArticle(removed!)).toEqual({ ok: true });

    const page = await queryLibrary(query());
    expect(page.total).toBe(1);
    const record = await findSavedByUrl('https://e.x/a');
    expect(record).toMatchObject({
      id: againId,
      title: 'Second copy',
      savedAt: 5,
      updatedAt: 50,
      tags: ['two', 'one'],
      favorite: true,
      archived: false,
    });
  });

  it('sanitises a restored record and refuses one that is not an article', async () => {
    const id = await save('https://e.x/a', 5);
    const removed = (await removeSavedArticle(id))!;
    const tampered = { ...removed, contentHtml: '<p>x<img src=y onerror=alert(1)></p>' };
    expect(await restoreSavedArticle(tampered)).toEqual({ ok: true });
    expect((await getSavedArticle(id))?.contentHtml).not.toContain('onerror');
    expect(await restoreSavedArticle({ ...removed, url: 'javascript:alert(1)' })).toEqual({
      ok: false,
      reason: 'error',
    });
  });

  it('reports a full disk on restore', async () => {
    const id = await save('https://e.x/a', 5);
    const removed = (await removeSavedArticle(id))!;
    useDatabaseForTests(failingWrites(quota(), null));
    expect(await restoreSavedArticle(removed)).toEqual({ ok: false, reason: 'quota' });
  });
});
