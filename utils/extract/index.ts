/**
 * PLACEHOLDER for the foundation, replaced by the extraction core work (issue 3).
 * The contract (types.ts) is final; the implementation here is plain Readability.
 */
import { Readability } from '@mozilla/readability';
import { sanitizeHtml } from '../sanitize';
import type { Detection, ExtractOptions, ExtractResult } from './types';

export type * from './types';

export function detectArticle(doc: Document, _url: string): Detection {
  const paragraphs = doc.querySelectorAll('p').length;
  return {
    readerable: paragraphs > 2,
    score: Math.min(1, paragraphs / 10),
    reasons: [`${paragraphs} paragraphs`],
    signals: [{ code: 'paragraphs', weight: 1, value: String(paragraphs) }],
  };
}

export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const detection = detectArticle(doc, url);
  if (!detection.readerable && !options.force) {
    return { ok: false, reason: 'not-readerable', message: 'This page does not look like an article.', detection };
  }
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  if (!parsed?.content) return { ok: false, reason: 'empty', message: 'No article text was found.', detection };
  const textContent = parsed.textContent ?? '';
  const wordCount = textContent.split(/\s+/).filter(Boolean).length;
  return {
    ok: true,
    detection,
    removed: [],
    article: {
      title: parsed.title ?? '',
      byline: parsed.byline ?? null,
      siteName: parsed.siteName ?? null,
      publishedTime: parsed.publishedTime ?? null,
      lang: parsed.lang ?? null,
      dir: parsed.dir === 'rtl' ? 'rtl' : parsed.dir === 'ltr' ? 'ltr' : null,
      excerpt: parsed.excerpt ?? null,
      leadImageUrl: null,
      url,
      contentHtml: sanitizeHtml(parsed.content, { baseUrl: url }),
      textContent,
      wordCount,
      readingMinutes: Math.max(1, Math.round(wordCount / 230)),
    },
  };
}
