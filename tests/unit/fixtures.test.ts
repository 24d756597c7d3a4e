// @vitest-environment jsdom
/**
 * One test per fixture folder (tests/fixtures/<slug>/, see its README): extraction with the
 * folder's URL; metadata; mustContain / mustNotContain on the text with whitespace collapsed,
 * case-sensitive; and the output against expected.html as normalised text. expected.html is
 * written by `npx tsx scripts/generate-fixture-expectations.ts` and reviewed by a human.
 */
import { describe, expect, it } from 'vitest';
import { type ExtractResult, extractArticle } from '../../utils/extract';
import { isTrackingParam } from '../../utils/extract/canonical-url';
import { type Fixture, fixtureSlugs, loadFixture, parseHtml } from '../support/fixtures';
import { containsText, htmlToText, normaliseText } from '../support/text';

const GENERATE = 'run `npx tsx scripts/generate-fixture-expectations.ts` and review the diff';
const slugs = fixtureSlugs();

function instantOrText(value: string): number | string {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : ms;
}

function checkMetadata(fixture: Fixture, result: Extract<ExtractResult, { ok: true }>) {
  const { meta } = fixture;
  const { article } = result;
  const keys = ['title', 'byline', 'siteName', 'lang', 'dir'] as const;
  for (const key of keys) {
    const want = meta[key];
    if (want === null || want === undefined) continue;
    expect(normaliseText(article[key] ?? ''), key).toBe(normaliseText(want));
  }
  if (meta.publishedTime) {
    expect(article.publishedTime, 'publishedTime').not.toBeNull();
    expect(instantOrText(article.publishedTime ?? ''), 'publishedTime').toBe(instantOrText(meta.publishedTime));
  }
}

it('finds the fixture folders', () => {
  expect(slugs).toContain('seed-cluttered-news');
});

describe.each(slugs)('fixture %s', (slug) => {
  const fixture = loadFixture(slug);
  const { meta } = fixture;
  const run = (force = false) => extractArticle(parseHtml(fixture.sourceHtml), meta.url, { force });

  if (meta.readerable === false) {
    it('is refused as not an article, and extracts with force without error', () => {
      const result = run();
      expect(result).toMatchObject({ ok: false, reason: meta.expectedReason ?? 'not-readerable' });
      const forced = run(true);
      expect(forced.ok || forced.reason !== 'error').toBe(true);
    });

    it('has an empty expected.html', () => {
      expect(fixture.expectedHtml, GENERATE).not.toBeNull();
      expect(htmlToText(fixture.expectedHtml ?? '', document)).toBe('');
    });
    return;
  }

  it('extracts the article with the right metadata and a clean URL', () => {
    const result = run();
    if (!result.ok) throw new Error(`${result.reason}: ${result.detection.reasons.join('; ')}`);
    checkMetadata(fixture, result);
    const url = new URL(result.article.url);
    expect([...url.searchParams.keys()].filter(isTrackingParam)).toEqual([]);
  });

  it('keeps every mustContain string and drops every mustNotContain string', () => {
    const result = run();
    if (!result.ok) throw new Error(result.message);
    const text = result.article.textContent;
    expect(
      meta.mustContain.filter((s) => !containsText(text, s)),
      'missing content',
    ).toEqual([]);
    expect(
      meta.mustNotContain.filter((s) => containsText(text, s)),
      'leaked clutter',
    ).toEqual([]);
  });

  it('references every mustHaveUrls address (link or image) and no mustNotHaveUrls one', () => {
    const result = run();
    if (!result.ok) throw new Error(result.message);
    const template = document.createElement('template');
    template.innerHTML = result.article.contentHtml;
    const urls = Array.from(template.content.querySelectorAll('a[href], img[src]'), (el) =>
      el.tagName === 'A' ? (el.getAttribute('href') ?? '') : (el.getAttribute('src') ?? ''),
    );
    expect(
      (meta.mustHaveUrls ?? []).filter((s) => !urls.some((url) => url.includes(s))),
      'missing links or images',
    ).toEqual([]);
    expect(
      urls.filter((url) => (meta.mustNotHaveUrls ?? []).some((s) => url.includes(s))),
      'unwanted links or images',
    ).toEqual([]);
  });

  it('matches expected.html as normalised text', () => {
    expect(fixture.expectedHtml, GENERATE).not.toBeNull();
    const result = run();
    if (!result.ok) throw new Error(result.message);
    const ours = normaliseText(htmlToText(result.article.contentHtml, document));
    expect(ours, GENERATE).toBe(normaliseText(htmlToText(fixture.expectedHtml ?? '', document)));
  });
});
