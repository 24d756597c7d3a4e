// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../extract/types';
import { CHANGES_CHANNEL_NAME } from './changes';
import { openReadsideDb } from './db';
import {
  findSavedByUrl,
  getSavedArticle,
  isQuotaError,
  listSavedArticles,
  removeSavedArticle,
  saveArticle,
  setProgress,
  useDatabaseForTests,
} from './index';

function article(overrides: Partial<Article> = {}): Article {
  return {
    title: 'A title',
    byline: 'A. Writer',
    siteName: 'Example',
    publishedTime: '2026-01-02T03:04:05.000Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'Excerpt',
    leadImageUrl: null,
    url: 'https://example.com/story',
    contentHtml: '<p>Body <img src="x.png" onerror="alert(1)"></p><script>alert(2)</script>',
    textContent: 'Body',
    wordCount: 1,
    readingMinutes: 1,
    ...overrides,
  };
}

describe('reading list', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    useDatabaseForTests(openReadsideDb());
  });

  it('saves the full cleaned content and reads it back', async () => {
    const res = await saveArticle(article(), 1000);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const saved = await getSavedArticle(res.id);
    expect(saved?.title).toBe('A title');
    expect(saved?.savedAt).toBe(1000);
    expect(saved?.contentHtml).toContain('<p>Body');
    expect(saved?.contentHtml).not.toMatch(/script|onerror/);
    expect(saved?.contentHtml).toContain('https://example.com/x.png');
    expect(saved).toMatchObject({ tags: [], archived: false, favorite: false });
  });

  it('saving the same URL again refreshes it instead of duplicating', async () => {
    const first = await saveArticle(article(), 1000);
    if (first.ok) await setProgress(first.id, 0.5);
    const second = await saveArticle(article({ title: 'Updated' }), 2000);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.id).toBe(first.id);
    expect(second.updated).toBe(true);
    const list = await listSavedArticles();
    expect(list).toHaveLength(1);
    expect(list[0]?.title).toBe('Updated');
    expect(list[0]?.savedAt).toBe(1000);
    expect(list[0]?.updatedAt).toBe(2000);
    // Refreshing the content keeps where the user was in it.
    expect(list[0]?.progress).toBe(0.5);
  });

  it('lists newest first, finds by URL and removes', async () => {
    await saveArticle(article({ url: 'https://example.com/a' }), 1);
    await saveArticle(article({ url: 'https://example.com/b' }), 2);
    expect((await listSavedArticles()).map((a) => a.url)).toEqual(['https://example.com/b', 'https://example.com/a']);
    const a = await findSavedByUrl('https://example.com/a');
    expect(a).not.toBeNull();
    expect(await removeSavedArticle(a!.id)).toEqual(a);
    expect(await findSavedByUrl('https://example.com/a')).toBeNull();
    expect(await removeSavedArticle(a!.id)).toBeNull();
  });

  it('tells other pages about a save, a change and a removal, and not about a failed save', async () => {
    const heard: unknown[] = [];
    const otherPage = new BroadcastChannel(CHANGES_CHANNEL_NAME);
    otherPage.onmessage = (event) => heard.push(event.data);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
    try {
      const res = await saveArticle(article());
      await settle();
      expect(heard).toEqual(['changed']);
      if (!res.ok) throw new Error('not saved');
      await setProgress(res.id, 0.5);
      await removeSavedArticle(res.id);
      await removeSavedArticle(res.id);
      await settle();
      expect(heard).toEqual(['changed', 'changed', 'changed']);
      useDatabaseForTests(Promise.reject(new Error('no idb')));
      await saveArticle(article());
      await settle();
      expect(heard).toHaveLength(3);
    } finally {
      otherPage.close();
    }
  });

  it('reports a full disk in plain language', async () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    useDatabaseForTests(
      Promise.resolve({
        transaction: () => {
          throw quota;
        },
      } as never),
    );
    const res = await saveArticle(article());
    expect(res).toMatchObject({ ok: false, reason: 'quota' });
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('reports an unavailable database', async () => {
    useDatabaseForTests(Promise.reject(new Error('no idb')));
    expect(await saveArticle(article())).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});
