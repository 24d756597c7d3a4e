import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldBody, foldText } from './fold-text';
import type { SnippetPart } from './library-types';
import { parseSearchTerms } from './search-terms';
import { buildSnippet, SNIPPET_LENGTH } from './snippet';

const snippet = (text: string, query: string) => buildSnippet(text, foldBody(text), parseSearchTerms(query));
const joined = (parts: SnippetPart[] | null) => parts?.map((p) => p.text).join('') ?? null;
const matches = (parts: SnippetPart[] | null) => parts?.filter((p) => p.match).map((p) => p.text) ?? [];

const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');

describe('buildSnippet', () => {
  it('is null when no term is in the text', () => {
    expect(snippet('Nothing to see here', 'absent')).toBeNull();
  });

  it('returns a short text whole, with the match marked in its original spelling', () => {
    expect(snippet('We met at the Café on Tuesday.', 'cafe')).toEqual([
      { text: 'We met at the ', match: false },
      { text: 'Café', match: true },
      { text: ' on Tuesday.', match: false },
    ]);
  });

  it('cuts a long text around the first match at word boundaries, with ellipses', () => {
    const text = `${words('before', 100)} needle ${words('after', 100)}`;
    const parts = snippet(text, 'needle');
    const out = joined(parts) ?? '';
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(matches(parts)).toEqual(['needle']);
    expect(out.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
    expect(out.length).toBeGreaterThan(SNIPPET_LENGTH / 2);
    // Whole words only: every word between the ellipses is one of the text's words.
    const inner = out.slice(1, -1).split(' ');
    const all = new Set(text.split(' '));
    for (const word of inner) expect(all.has(word)).toBe(true);
    // The match sits near the start of the window, after some context.
    const at = out.indexOf('needle');
    expect(at).toBeGreaterThan(20);
    expect(at).toBeLessThan(100);
  });

  it('has no leading ellipsis when the match is at the start, and extends backwards near the end', () => {
    const start = joined(snippet(`needle ${words('w', 200)}`, 'needle')) ?? '';
    expect(start.startsWith('needle')).toBe(true);
    expect(start.endsWith('…')).toBe(true);
    const end = joined(snippet(`${words('w', 200)} needle`, 'needle')) ?? '';
    expect(end.startsWith('…')).toBe(true);
    expect(end.endsWith('needle')).toBe(true);
    expect(end.length).toBeGreaterThan(SNIPPET_LENGTH / 2);
  });

  it('marks every occurrence of every term inside the window', () => {
    const parts = snippet('The cat sat. A dog and a CAT met another Dog.', 'cat dog');
    expect(matches(parts)).toEqual(['cat', 'dog', 'CAT', 'Dog']);
  });

  it('starts at the earliest term and merges overlapping matches', () => {
    const parts = snippet('alpha beta gamma', 'gamma "beta gam"');
    expect(matches(parts)).toEqual(['beta gamma']);
    expect(joined(parts)).toBe('alpha beta gamma');
  });

  it('collapses whitespace, also across parts', () => {
    const parts = snippet('First line\n\n  second   line with word\there', 'second');
    expect(joined(parts)).toBe('First line second line with word here');
    expect(matches(parts)).toEqual(['second']);
  });

  it('matches a phrase across a line break', () => {
    expect(matches(snippet('rise of the sea\nlevel today', '"sea level"'))).toEqual(['sea level']);
  });

  it('cuts CJK text (no spaces) by characters', () => {
    const text = `${'あ'.repeat(300)}東京${'い'.repeat(300)}`;
    const parts = snippet(text, '東京');
    const out = joined(parts) ?? '';
    expect(matches(parts)).toEqual(['東京']);
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out.length).toBe(SNIPPET_LENGTH + 2);
  });

  it('never splits a surrogate pair', () => {
    for (const prefix of ['', 'x']) {
      for (const needle of ['needle', 'needles']) {
        const text = `${prefix}${'😀'.repeat(200)}${needle}${'😀'.repeat(200)}`;
        const out = joined(snippet(text, needle)) ?? '';
        expect(out).toContain(needle);
        expect(out.replace(/…/g, '').replace(needle, '')).toMatch(/^(?:😀)+$/);
      }
    }
  });

  it('gives the same snippet whatever the spacing of the checkpoints', () => {
    const piece = fc.constantFrom(
      'needle',
      'Nëedle',
      'NEEDLE',
      'needles',
      'haystack',
      'Straße',
      'strasse',
      'ΣΟΦΟΣ',
      'σοφος',
      '東京',
      '한국',
      'ᄀ',
      'ᅡ',
      '😀',
      'e\u0301',
      ' ',
      '  ',
      '\n\n',
      '\u00a0',
      '.',
    );
    const text = fc.array(piece, { maxLength: 150 }).map((pieces) => pieces.join(''));
    const query = fc.subarray(['needle', 'strasse', 'σοφος', '東京', '"needle haystack"', 'e', 'ss', '😀'], {
      minLength: 1,
    });
    fc.assert(
      fc.property(text, query, fc.integer({ min: 1, max: 40 }), (body, words, chunk) => {
        const terms = parseSearchTerms(words.join(' '));
        const whole = buildSnippet(body, foldBody(body, body.length), terms);
        expect(buildSnippet(body, foldBody(body, chunk), terms)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a match deep in a long non-ASCII text', () => {
    const phrases = [
      'Le café était très célèbre.',
      'Où est la forêt ?',
      'Ça a été déjà vu,',
      'l’œuvre du garçon.',
      '\n\n',
    ];
    let text = '';
    for (let i = 0; text.length < 200_000; i++) text += `${phrases[(i * 7) % phrases.length]} `;
    text = `${text.slice(0, 199_000)} Le CHÂTEAU de Noël ${text.slice(199_000)}`;
    for (const [query, term] of [
      ['chateau', 'chateau'],
      ['"chateau de noel"', 'chateau de noel'],
    ] as const) {
      const parts = snippet(text, query);
      const out = joined(parts) ?? '';
      expect(out.startsWith('…')).toBe(true);
      expect(out.endsWith('…')).toBe(true);
      expect(text.replace(/\s+/g, ' ')).toContain(out.slice(1, -1));
      expect(matches(parts).map(foldText)).toEqual([term]);
    }
  });
});
