/**
 * Text comparison helpers shared by the fixture test, the corpus recall test and the benchmark.
 * Everything compares normalised text, never raw HTML strings.
 */
import { blockText } from '../../utils/extract/text';

/** NFKC, no-break and other spaces collapsed, trimmed. Case and punctuation are kept. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** `needle` occurs in `haystack` once both are normalised. */
export function containsText(haystack: string, needle: string): boolean {
  return normaliseText(haystack).includes(normaliseText(needle));
}

/**
 * Like `containsText` but blind to whitespace, so a leaked "Comments0" is caught even when the
 * counter sits in its own element ("Comments\n0"). Stricter for mustNotContain checks.
 */
export function containsIgnoringSpace(haystack: string, needle: string): boolean {
  const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  return squash(haystack).includes(squash(needle));
}

/** Block-aware text of an HTML string, parsed inertly in `doc` (a <template> never loads anything). */
export function htmlToText(html: string, doc: Document): string {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return blockText(template.content);
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu;

/** Lower-case word tokens; CJK ideographs and kana count one token a character. */
export function wordTokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(TOKEN) ?? [];
}

/** Share of `expected`'s token multiset that `ours` also has (1 when expected is empty). */
export function tokenRecall(ours: string, expected: string): number {
  const have = new Map<string, number>();
  for (const t of wordTokens(ours)) have.set(t, (have.get(t) ?? 0) + 1);
  const want = wordTokens(expected);
  if (want.length === 0) return 1;
  let hit = 0;
  for (const t of want) {
    const n = have.get(t) ?? 0;
    if (n > 0) {
      hit++;
      have.set(t, n - 1);
    }
  }
  return hit / want.length;
}

/** Tokens of `expected` that `ours` lacks, in order (for diagnosing a low recall). */
export function missingTokens(ours: string, expected: string): string[] {
  const have = new Map<string, number>();
  for (const t of wordTokens(ours)) have.set(t, (have.get(t) ?? 0) + 1);
  const missing: string[] = [];
  for (const t of wordTokens(expected)) {
    const n = have.get(t) ?? 0;
    if (n > 0) have.set(t, n - 1);
    else missing.push(t);
  }
  return missing;
}

export { CJK as CJK_CHAR };
