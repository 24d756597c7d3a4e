import { describe, expect, it } from 'vitest';
import { makeArticle, makeDetection, makeRemoved, okResult } from '@/components/test-support/fixtures';
import { errorView, savedArticleView, toViewState } from './reader-state';

describe('toViewState', () => {
  it('shows an extracted article with its removed blocks', () => {
    const removed = [makeRemoved()];
    const view = toViewState({
      kind: 'extracted',
      tabId: 3,
      url: 'https://x.test/a',
      result: okResult(undefined, removed),
    });
    expect(view.state).toBe('article');
    expect(view.state === 'article' && view.removed).toEqual(removed);
  });

  it('maps a not-readerable verdict to the not-article state with the detection', () => {
    const detection = makeDetection();
    const view = toViewState({
      kind: 'extracted',
      tabId: 3,
      url: 'https://x.test/',
      result: { ok: false, reason: 'not-readerable', message: 'Not an article', detection },
    });
    expect(view).toMatchObject({ state: 'not-article', detection, message: 'Not an article' });
  });

  it.each(['too-large', 'empty', 'unsupported', 'error'] as const)('maps %s to an error with its message', (reason) => {
    const view = toViewState({
      kind: 'extracted',
      tabId: 1,
      url: 'https://x.test/',
      result: { ok: false, reason, message: `m-${reason}`, detection: makeDetection() },
    });
    expect(view).toMatchObject({ state: 'error', reason, message: `m-${reason}` });
  });

  it('names the kind of restricted page from its URL', () => {
    const at = (url: string | null) =>
      toViewState({ kind: 'unavailable', tabId: 1, url, error: 'restricted' }) as { reason?: string };
    expect(at('https://chromewebstore.google.com/detail/x').reason).toBe('store');
    expect(at('https://x.test/paper.pdf').reason).toBe('pdf');
    expect(at('view-source:https://x.test/').reason).toBe('browser-page');
    expect(at(null).reason).toBe('browser-page');
  });

  it('keeps no-access apart from other failures', () => {
    expect(toViewState({ kind: 'unavailable', tabId: 1, url: null, error: 'no-access' }).state).toBe('no-access');
    expect(toViewState({ kind: 'unavailable', tabId: null, url: null, error: 'no-tab' })).toMatchObject({
      state: 'error',
      reason: 'no-tab',
    });
  });

  it('keeps the article itself intact', () => {
    const article = makeArticle({ title: '<img src=x onerror=alert(1)>' });
    const view = toViewState({ kind: 'extracted', tabId: 1, url: article.url, result: okResult(article) });
    expect(view.state === 'article' && view.article.title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('errorView', () => {
  it('carries the error message', () => {
    expect(errorView(2, null, 'failed', new Error('boom'))).toMatchObject({ state: 'error', message: 'boom' });
    expect(errorView(2, null, 'no-source').state).toBe('error');
  });
});

describe('savedArticleView', () => {
  it('shows a saved article, not tied to any tab', () => {
    const article = makeArticle();
    const view = savedArticleView({
      ...article,
      id: 'a1',
      savedAt: 1,
      updatedAt: 2,
      tags: [],
      archived: false,
      favorite: false,
      progress: 0.3,
    });
    expect(view).toEqual({
      state: 'article',
      tabId: null,
      url: article.url,
      article,
      removed: [],
      saved: { id: 'a1', progress: 0.3 },
    });
  });
  it('says when the saved article is gone', () => {
    expect(savedArticleView(null)).toMatchObject({ state: 'error', reason: 'no-source' });
  });
});
