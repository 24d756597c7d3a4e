/** Test-only builders for the extraction contract (utils/extract/types.ts). */
import type { Article, Detection, ExtractResult, RemovedBlock } from '@/utils/extract/types';
import type { PageSnapshot } from '@/utils/page-snapshot';

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    title: 'The quiet river',
    byline: 'Ada Writer',
    siteName: 'Example News',
    publishedTime: '2024-03-05',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'A river story.',
    leadImageUrl: null,
    url: 'https://news.example/river',
    contentHtml: '<p>The river runs quietly past the mill.</p><p>Second paragraph.</p>',
    textContent: 'The river runs quietly past the mill.\nSecond paragraph.',
    wordCount: 9,
    readingMinutes: 1,
    ...overrides,
  };
}

export function makeDetection(overrides: Partial<Detection> = {}): Detection {
  return {
    readerable: false,
    score: 0.1,
    reasons: ['Only 1 paragraph', 'Mostly links'],
    signals: [
      { code: 'paragraphs', weight: -1, value: '1' },
      { code: 'link-density', weight: -1, value: '80%' },
    ],
    ...overrides,
  };
}

export function makeRemoved(overrides: Partial<RemovedBlock> = {}): RemovedBlock {
  return {
    kind: 'recommendations',
    heading: 'Popular now',
    textLength: 420,
    linkCount: 6,
    html: '<h2>Popular now</h2><ul><li><a href="https://news.example/a">Another story</a></li></ul>',
    ...overrides,
  };
}

export function okResult(article = makeArticle(), removed: RemovedBlock[] = []): ExtractResult {
  return { ok: true, article, removed, detection: makeDetection({ readerable: true, score: 0.9 }) };
}

export function makeSnapshot(overrides: Partial<PageSnapshot> = {}): PageSnapshot {
  return {
    url: 'https://news.example/river',
    title: 'The quiet river',
    html: '<html><body><p>x</p></body></html>',
    elementCount: 4,
    selection: '',
    ...overrides,
  };
}
