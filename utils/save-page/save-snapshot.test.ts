// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../../tests/support/fixtures';
import type { Article } from '../extract/types';
import type { PageSnapshot } from '../page-snapshot';
import type { SaveResult } from '../reading-list';
import { saveSnapshot } from './save-snapshot';

function snapshotOf(slug: string): PageSnapshot {
  const fixture = loadFixture(slug);
  return { url: fixture.meta.url, title: '', html: fixture.sourceHtml, elementCount: 0, selection: '' };
}

const stored = (result: SaveResult = { ok: true, id: 'id-1', updated: false }) =>
  vi.fn(async (_article: Article) => result);

describe('saveSnapshot', () => {
  it('stores the cleaned article of the page, furniture left out', async () => {
    const save = stored();
    const outcome = await saveSnapshot(snapshotOf('seed-cluttered-news'), { save });
    const fixture = loadFixture('seed-cluttered-news');
    expect(outcome).toEqual({ ok: true, id: 'id-1', updated: false, title: fixture.meta.title });
    const article = save.mock.calls[0]![0];
    for (const text of fixture.meta.mustContain) expect(article.textContent).toContain(text);
    for (const text of fixture.meta.mustNotContain) expect(article.textContent).not.toContain(text);
  });

  it('saves a page detection doubts, since the user asked for it', async () => {
    const save = stored();
    const page = snapshotOf('not-article-search-results');
    // Detection alone refuses this page (its fixture expects `not-readerable`); saving forces.
    expect(loadFixture('not-article-search-results').meta.readerable).toBe(false);
    expect(await saveSnapshot(page, { save })).toMatchObject({ ok: true, id: 'id-1' });
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0].url).toBe(page.url);
  });

  it('writes nothing for a page without article text, or a snapshot too large to copy', async () => {
    const save = stored();
    const empty: PageSnapshot = {
      url: 'https://example.com/',
      title: '',
      html: '<html><body></body></html>',
      elementCount: 2,
      selection: '',
    };
    expect(await saveSnapshot(empty, { save })).toEqual({ ok: false, reason: 'empty' });
    expect(await saveSnapshot({ ...empty, html: '' }, { save })).toEqual({ ok: false, reason: 'too-large' });
    expect(save).not.toHaveBeenCalled();
  });

  it('passes on why the store refused (a full disk)', async () => {
    const save = stored({ ok: false, reason: 'quota', message: 'full' });
    expect(await saveSnapshot(snapshotOf('french-news'), { save })).toEqual({ ok: false, reason: 'quota' });
  });
});
