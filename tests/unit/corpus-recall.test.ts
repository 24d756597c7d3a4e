// @vitest-environment jsdom
/**
 * Text recall against Readability's own expected output on the 130 pages of the shared corpus
 * (../shared/corpus/readability-test-pages, overridable with READSIDE_SHARED_DIR; a missing corpus
 * fails, it never skips). Recall is the share of expected.html's word tokens (a multiset, CJK
 * counted per character) that our text also has. Mean >= 0.99, no page below 0.95, except text named
 * as furniture in corpus-furniture-allowlist.json. All pages are articles, so extraction is forced.
 *
 * Each page is parsed once. Readability under jsdom takes up to a few seconds on the biggest pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { CORPUS_URL, corpusSlugs, loadCorpusPage, parseHtml } from '../support/fixtures';
import { containsText, htmlToText, normaliseText, tokenRecall } from '../support/text';

interface AllowEntry {
  note: string;
  furniture?: string[];
  tailFrom?: string;
}

const MIN_PAGE = 0.95;
const MIN_MEAN = 0.99;
const allowlist = JSON.parse(readFileSync(path.resolve(__dirname, 'corpus-furniture-allowlist.json'), 'utf8'))
  .pages as Record<string, AllowEntry>;
const slugs = corpusSlugs();
const recalls = new Map<string, number>();

/** Expected text with the allow-listed furniture taken out; checks each piece really is furniture we dropped. */
function withoutFurniture(expected: string, ours: string, entry: AllowEntry): string {
  let text = normaliseText(expected);
  for (const piece of entry.furniture ?? []) {
    expect(containsText(text, piece), `allow-listed text is not in expected.html: ${piece}`).toBe(true);
    expect(containsText(ours, piece), `allow-listed text is in our output: ${piece}`).toBe(false);
    text = text.split(normaliseText(piece)).join(' ');
  }
  if (entry.tailFrom) {
    const at = text.indexOf(normaliseText(entry.tailFrom));
    expect(at, `tailFrom not found in expected.html: ${entry.tailFrom}`).toBeGreaterThan(0);
    expect(containsText(ours, entry.tailFrom)).toBe(false);
    text = text.slice(0, at);
  }
  return text;
}

describe('corpus recall', () => {
  it('has the corpus and an allow-list of corpus pages only, each with a note', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(130);
    for (const [slug, entry] of Object.entries(allowlist)) {
      expect(slugs, slug).toContain(slug);
      expect(entry.note.length, slug).toBeGreaterThan(10);
      expect((entry.furniture?.length ?? 0) + (entry.tailFrom ? 1 : 0), slug).toBeGreaterThan(0);
    }
  });

  it.each(slugs)(
    '%s',
    (slug) => {
      const page = loadCorpusPage(slug);
      const doc = parseHtml(page.sourceHtml);
      const result = extractArticle(doc, CORPUS_URL, { force: true });
      if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
      const ours = result.article.textContent;
      const expected = htmlToText(page.expectedHtml, doc);
      const raw = tokenRecall(ours, expected);
      const entry = allowlist[slug];
      let recall = raw;
      if (entry) {
        expect(raw, `${slug} no longer needs its allow-list entry`).toBeLessThan(MIN_PAGE);
        recall = tokenRecall(ours, withoutFurniture(expected, ours, entry));
      }
      recalls.set(slug, recall);
      expect(recall).toBeGreaterThanOrEqual(MIN_PAGE);
    },
    120_000,
  );

  it(`has a mean recall of at least ${MIN_MEAN}`, () => {
    expect(recalls.size).toBe(slugs.length);
    const mean = [...recalls.values()].reduce((a, b) => a + b, 0) / recalls.size;
    expect(mean).toBeGreaterThanOrEqual(MIN_MEAN);
  });
});
