// @vitest-environment jsdom
/**
 * The seed page (issue 3): a reconstruction of ../shared/seed/cluttered-news-page.txt. All five
 * paragraphs survive, no clutter title appears, and plain Readability does leak clutter here (so
 * the fixture keeps testing what decluttering adds).
 */
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ExtractResult, extractArticle } from '../../utils/extract';
import { sanitizeHtml } from '../../utils/sanitize';
import { loadFixture, parseHtml } from '../support/fixtures';
import { requireShared } from '../support/shared-dir';
import { containsText, htmlToText, normaliseText } from '../support/text';

const fixture = loadFixture('seed-cluttered-news');
const { meta } = fixture;
let result: ExtractResult;

beforeAll(() => {
  result = extractArticle(parseHtml(fixture.sourceHtml), meta.url);
});

describe('seed: cluttered news page', () => {
  it('is built from the shared seed text: every paragraph and clutter title comes from it', () => {
    const seed = normaliseText(readFileSync(requireShared('seed', 'cluttered-news-page.txt'), 'utf8'));
    const fromSeed = [
      ...meta.mustContain.slice(0, 5),
      'Weekly Best Articles',
      'You May Also Like',
      'Popular Now',
      'Must-Reads',
    ];
    for (const text of fromSeed) expect(seed).toContain(normaliseText(text));
  });

  it('keeps all five paragraphs', () => {
    if (!result.ok) throw new Error(result.message);
    expect(
      meta.mustContain.slice(0, 5).filter((p) => !containsText(result.ok ? result.article.textContent : '', p)),
    ).toEqual([]);
  });

  it('shows zero clutter titles', () => {
    if (!result.ok) throw new Error(result.message);
    const text = result.article.textContent;
    const html = htmlToText(result.article.contentHtml, document);
    expect(meta.mustNotContain.filter((s) => containsText(text, s) || containsText(html, s))).toEqual([]);
  });

  it('reports the decluttered blocks of the article container, each with its heading', () => {
    if (!result.ok) throw new Error(result.message);
    const headings = result.removed.map((b) => b.heading);
    expect(headings).toEqual(
      expect.arrayContaining(['[LATEST] Latest Stories', 'Weekly Best Articles', 'You May Also Like', 'Popular Now']),
    );
    expect(result.removed.map((b) => b.kind)).toEqual(expect.arrayContaining(['author-box', 'comments']));
    for (const block of result.removed) {
      expect(block.html).not.toMatch(/<script|<form|<textarea/);
      // Sanitised together, each block's HTML is still a fixed point of the sanitiser on its own.
      expect(sanitizeHtml(block.html, { baseUrl: meta.url })).toBe(block.html);
    }
  });

  it('is a real test of decluttering: plain Readability leaks the in-article lists', () => {
    const plain = new Readability(parseHtml(fixture.sourceHtml)).parse();
    const text = htmlToText(plain?.content ?? '', document);
    const leaked = meta.mustNotContain.filter((s) => containsText(text, s));
    // One story from each in-article list: [LATEST], Weekly Best, You May Also Like, Popular Now.
    expect(leaked).toEqual(
      expect.arrayContaining([
        'Trump Joins Musk for SpaceX Starship Test Launch in Texas',
        'Diabetes Alarm: Life-Saving Knowledge You Need About Blood Sugar',
        'Powder, short lift lines and hot springs after the last run.',
        'Czech Christmas Magic: 5 Traditions That Bring the Holiday Season to Life',
      ]),
    );
  });
});
