// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../extract/types';
import { parseBackup, utf8Length } from './backup';
import { openReadsideDb, type SavedArticle } from './db';
import {
  exportLibrary,
  findSavedByUrl,
  getSavedArticle,
  IMPORT_MAX_BYTES,
  importLibrary,
  listSavedArticles,
  saveArticle,
  setArchived,
  setFavorite,
  setTags,
  useDatabaseForTests,
} from './index';
import { extractedArticle, savedArticle } from './test-support';

/** Every metadata field filled, so a round trip through a file has something to lose. */
function article(url: string, overrides: Partial<Article> = {}): Article {
  return extractedArticle(url, {
    byline: 'A. Writer',
    siteName: 'Example',
    publishedTime: '2026-01-02T03:04:05.000Z',
    excerpt: 'Excerpt',
    leadImageUrl: 'https://example.com/lead.jpg',
    contentHtml: '<p>Body of the article</p>',
    textContent: 'Body of the article',
    wordCount: 4,
    ...overrides,
  });
}

async function save(url: string, now: number, overrides: Partial<Article> = {}): Promise<string> {
  const res = await saveArticle(article(url, overrides), now);
  if (!res.ok) throw new Error(res.message);
  return res.id;
}

function freshDatabase(): void {
  globalThis.indexedDB = new IDBFactory();
  useDatabaseForTests(openReadsideDb());
}

/** A backup file holding `articles` (records as they would be in the file). */
function backup(articles: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'readside-reading-list', version: 1, exportedAt: '', articles, ...extra });
}

const withoutId = ({ id: _id, ...rest }: SavedArticle) => rest;
const byUrl = (a: { url: string }, b: { url: string }) => (a.url < b.url ? -1 : 1);

describe('export', () => {
  beforeEach(freshDatabase);

  it('exports every article newest first, or only the chosen ones', async () => {
    const a = await save('https://e.x/a', 1);
    await save('https://e.x/b', 2);
    const c = await save('https://e.x/c', 3);
    const all = await exportLibrary('json');
    expect(all.count).toBe(3);
    expect(all.filename).toMatch(/^readside-reading-list-\d{4}-\d{2}-\d{2}\.json$/);
    expect(all.mime).toBe('application/json');
    expect(JSON.parse(all.text).articles.map((r: SavedArticle) => r.url)).toEqual([
      'https://e.x/c',
      'https://e.x/b',
      'https://e.x/a',
    ]);
    const some = await exportLibrary('json', [a, c, 'missing']);
    expect(some.count).toBe(2);
    expect(JSON.parse(some.text).articles.map((r: SavedArticle) => r.id)).toEqual([c, a]);
  });

  it('exports Markdown and HTML files', async () => {
    await save('https://e.x/a', 1, { title: 'Alpha' });
    const md = await exportLibrary('markdown');
    expect(md).toMatchObject({ mime: 'text/markdown', count: 1 });
    expect(md.filename).toMatch(/\.md$/);
    expect(md.text).toContain('# Alpha');
    const html = await exportLibrary('html');
    expect(html).toMatchObject({ mime: 'text/html', count: 1 });
    expect(html.filename).toMatch(/\.html$/);
    expect(html.text).toContain('<h2>Alpha</h2>');
  });
});

describe('import', () => {
  beforeEach(freshDatabase);
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('round-trips a JSON export into an empty list', async () => {
    const a = await save('https://e.x/a', 1000, { title: 'Alpha', dir: 'rtl', lang: 'ar' });
    const b = await save('https://e.x/b', 2000, { title: 'Beta', byline: null });
    const c = await save('https://e.x/c', 3000, { title: 'Gamma' });
    await setTags(a, ['one', 'Two']);
    await setArchived(b, true);
    await setFavorite(c, true);
    await setTags(c, ['three']);
    const before = await listSavedArticles();
    const file = await exportLibrary('json');

    freshDatabase();
    const report = await importLibrary(new Blob([file.text], { type: file.mime }));
    expect(report).toEqual({ ok: true, added: 3, updated: 0, unchanged: 0, invalid: 0 });
    const after = await listSavedArticles();
    expect(after.map(withoutId)).toEqual(before.map(withoutId));
    expect(after.map((r) => r.id)).not.toEqual(before.map((r) => r.id));
  });

  it('imports a wallabag export: content sanitised, text and excerpt derived, flags and tags kept', async () => {
    const wallabag = [
      {
        id: 1,
        title: 'Keepers',
        url: 'https://news.example/keepers',
        is_archived: false,
        is_starred: true,
        created_at: '2024-03-05T10:00:00+0100',
        updated_at: '2024-03-05T10:05:00+0100',
        content: '<p>The keeper <img src="lamp.png" onerror="alert(1)"> climbs.</p><p>Second paragraph.</p>',
        language: 'en',
        reading_time: 1,
        domain_name: 'news.example',
        tags: [{ label: 'sea' }],
      },
      { id: 2, title: 'Bad', url: 'ftp://x.example/file', is_archived: 0, content: '<p>x</p>' },
    ];
    const report = await importLibrary(JSON.stringify(wallabag));
    expect(report).toEqual({ ok: true, added: 1, updated: 0, unchanged: 0, invalid: 1 });
    const [saved] = await listSavedArticles();
    expect(saved).toMatchObject({
      title: 'Keepers',
      favorite: true,
      archived: false,
      tags: ['sea'],
      savedAt: Date.UTC(2024, 2, 5, 9),
    });
    // The text around the image keeps both its spaces.
    expect(saved?.textContent.replace(/ +/g, ' ')).toBe('The keeper climbs.\n\nSecond paragraph.');
    expect(saved?.excerpt?.replace(/ +/g, ' ')).toBe('The keeper climbs.');
    expect(saved?.contentHtml).not.toContain('onerror');
    expect(saved?.contentHtml).toContain('https://news.example/lamp.png');
  });

  it('importing the same file again changes nothing', async () => {
    await save('https://e.x/a', 1);
    const file = await exportLibrary('json');
    const before = await listSavedArticles();
    expect(await importLibrary(file.text)).toEqual({ ok: true, added: 0, updated: 0, unchanged: 1, invalid: 0 });
    expect(await listSavedArticles()).toEqual(before);
  });

  it('merges by URL: a newer copy refreshes, an older one only adds tags', async () => {
    const fresh = await save('https://e.x/fresh', 100, { title: 'Local fresh' });
    const stale = await save('https://e.x/stale', 100, { title: 'Local stale' });
    await setTags(fresh, ['local']);
    await setTags(stale, ['local']);
    const file = backup([
      savedArticle({
        id: stale, // The file's ids are never trusted: only the URL counts.
        url: 'https://e.x/fresh',
        title: 'File newer',
        savedAt: 50,
        updatedAt: 200,
        tags: ['file'],
        archived: true,
        favorite: true,
      }),
      savedArticle({ url: 'https://e.x/stale', title: 'File older', updatedAt: 10, tags: ['LOCAL', 'extra'] }),
      savedArticle({ url: 'https://e.x/new', title: 'Brand new' }),
    ]);
    expect(await importLibrary(file)).toEqual({ ok: true, added: 1, updated: 2, unchanged: 0, invalid: 0 });
    expect(await getSavedArticle(fresh)).toMatchObject({
      title: 'File newer',
      savedAt: 50,
      updatedAt: 200,
      tags: ['local', 'file'],
      archived: true,
      favorite: true,
    });
    expect(await getSavedArticle(stale)).toMatchObject({
      url: 'https://e.x/stale',
      title: 'Local stale',
      updatedAt: 100,
      tags: ['local', 'extra'],
      archived: false,
    });
    const added = await findSavedByUrl('https://e.x/new');
    expect(added?.title).toBe('Brand new');
    expect([fresh, stale]).not.toContain(added?.id);
  });

  it('keeps the newest copy of a URL that appears twice in the file', async () => {
    const file = backup([
      savedArticle({ url: 'https://e.x/a', title: 'older', updatedAt: 1 }),
      savedArticle({ url: 'https://e.x/a', title: 'newer', updatedAt: 9 }),
    ]);
    expect(await importLibrary(file)).toMatchObject({ ok: true, added: 1 });
    expect((await listSavedArticles()).map((r) => r.title)).toEqual(['newer']);
  });

  it('counts invalid records and writes only the valid ones, sanitised', async () => {
    const file = backup([
      savedArticle({ url: 'javascript:alert(1)' }),
      { title: 'no url or content' },
      'not an object',
      savedArticle({
        url: 'https://e.x/ok',
        contentHtml: '<p>Hi<img src=x onerror=alert(1)></p><script>alert(2)</script>',
      }),
    ]);
    expect(await importLibrary(file)).toEqual({ ok: true, added: 1, updated: 0, unchanged: 0, invalid: 3 });
    const [record] = await listSavedArticles();
    expect(record?.url).toBe('https://e.x/ok');
    expect(record?.contentHtml).toContain('<img src="https://e.x/x"');
    expect(record?.contentHtml).not.toMatch(/onerror|script/);
  });

  it('refuses files that are not Readside backups, writing nothing', async () => {
    await save('https://e.x/a', 1);
    const before = await listSavedArticles();
    const good = backup([savedArticle()]);
    const cases: [string, string][] = [
      [good.slice(0, good.length / 2), 'not-json'],
      ['', 'not-json'],
      ['[]', 'not-readside'],
      ['null', 'not-readside'],
      ['{"format":"other"}', 'not-readside'],
      [JSON.stringify({ format: 'readside-reading-list', version: 1 }), 'not-readside'],
      [JSON.stringify({ format: 'readside-reading-list', version: 1, articles: {} }), 'not-readside'],
      [JSON.stringify({ format: 'readside-reading-list', version: '1', articles: [] }), 'not-readside'],
      [JSON.stringify({ format: 'readside-reading-list', version: 2, articles: [] }), 'newer-version'],
      [JSON.stringify({ format: 'readside-reading-list', version: 2 }), 'newer-version'],
    ];
    for (const [text, reason] of cases) {
      expect(await importLibrary(text), text).toEqual({ ok: false, reason });
    }
    expect(await listSavedArticles()).toEqual(before);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const text = vi.fn(async () => backup([]));
    const big = { size: IMPORT_MAX_BYTES + 1, text } as unknown as Blob;
    expect(await importLibrary(big)).toEqual({ ok: false, reason: 'too-large' });
    expect(text).not.toHaveBeenCalled();
    expect(await importLibrary('x'.repeat(IMPORT_MAX_BYTES + 1))).toEqual({ ok: false, reason: 'too-large' });
    // Multi-byte characters count as the bytes they take.
    expect(await importLibrary('é'.repeat(IMPORT_MAX_BYTES / 2 + 1))).toEqual({ ok: false, reason: 'too-large' });
  });

  it('is all or nothing: a full disk midway leaves the list exactly as it was', async () => {
    await save('https://e.x/existing', 100, { title: 'Existing' });
    await save('https://e.x/other', 200, { title: 'Other' });
    const snapshot = async () => (await listSavedArticles()).sort(byUrl);
    const before = await snapshot();
    const file = backup([
      savedArticle({ url: 'https://e.x/new-1', title: 'New 1' }),
      savedArticle({ url: 'https://e.x/existing', title: 'Replaced', updatedAt: 999 }),
      savedArticle({ url: 'https://e.x/new-2', title: 'New 2' }),
    ]);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      calls++;
      if (calls === 3) throw new DOMException('The disk is full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    expect(await importLibrary(file)).toEqual({ ok: false, reason: 'quota' });
    expect(calls).toBe(3);
    spy.mockRestore();
    expect(await snapshot()).toEqual(before);
    expect(await findSavedByUrl('https://e.x/new-1')).toBeNull();
  });

  it('reports other write failures, and an unavailable database', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new TypeError('boom');
    });
    expect(await importLibrary(backup([savedArticle()]))).toEqual({ ok: false, reason: 'error' });
    vi.restoreAllMocks();
    expect(await listSavedArticles()).toEqual([]);
    useDatabaseForTests(Promise.reject(new Error('no idb')));
    expect(await importLibrary(backup([savedArticle()]))).toEqual({ ok: false, reason: 'unavailable' });
  });
});

describe('parseBackup and utf8Length', () => {
  it('returns the records of a valid file', () => {
    expect(parseBackup(backup([1, 2]))).toEqual({ ok: true, records: [1, 2] });
  });

  it('counts UTF-8 bytes', () => {
    for (const text of ['', 'abc', 'é', '€', '😀', 'a😀é€', '\ud800', 'x\udc00y']) {
      expect(utf8Length(text), text).toBe(new TextEncoder().encode(text).length);
    }
  });
});
