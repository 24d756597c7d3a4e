import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FoldedSlice, foldBody, foldText, foldTextWithMap, originalRange } from './fold-text';

describe('foldText', () => {
  it('lower-cases and drops accents', () => {
    expect(foldText('Café MÜLLER Ångström naïve')).toBe('cafe muller angstrom naive');
  });

  it('folds German sharp s and compatibility forms', () => {
    expect(foldText('Straße STRAẞE')).toBe('strasse strasse');
    expect(foldText('ﬁle ①')).toBe('file 1');
  });

  it('collapses runs of whitespace', () => {
    expect(foldText('a \n\t b\u00a0\u3000c')).toBe('a b c');
  });

  it('keeps CJK and Hangul as they are', () => {
    expect(foldText('東京の天気')).toBe('東京の天気');
    expect(foldText('한국어')).toBe('한국어');
  });

  it('gives the same text with or without the map', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(foldTextWithMap(text).text).toBe(foldText(text));
      }),
    );
    for (const text of ['Café ΣΟΦΟΣ', 'ﬁ ß ẞ', 'İstanbul', 'e\u0301', ' \n x ']) {
      expect(foldTextWithMap(text).text).toBe(foldText(text));
    }
  });
});

/** Pieces that stress folding: accents, expansions, casing in context, scripts, surrogates, whitespace. */
const PIECES = [
  'Café',
  'e\u0301',
  'A\u030a\u0323',
  'Straße',
  'STRAẞE',
  'ΣΟΦΟΣ',
  'σοφός',
  'ς',
  'Σ',
  'İstanbul',
  'ı',
  'Ǆ ǅ',
  'ﬁ',
  '①½㎅',
  '¨´',
  'Ω Å K',
  '한국어',
  '가',
  'ᄀ',
  'ᅡ',
  'ᆨ',
  'ㄱㅏㄳ',
  '㉠㉮',
  'ﾡﾠ',
  '東京の天気',
  'ｶﾞ',
  'ガ',
  '😀',
  '👩‍👩‍👧',
  '🇫🇷',
  '1️⃣',
  '\u{16d63}\u{16d67}',
  '\ud800',
  '\udc00',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u3000',
  '\u2028',
  '\u0345',
  'x',
];
const varied = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 24 })
  .map((pieces) => pieces.join(''));

describe('foldText against the code point by code point fold', () => {
  it('gives the same text for varied strings', () => {
    fc.assert(
      fc.property(varied, (text) => {
        expect(foldText(text)).toBe(foldTextWithMap(text).text);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same text for every code point, next to itself and to characters that compose', () => {
    const mismatches: string[] = [];
    for (let code = 0; code <= 0xe0fff; code++) {
      if (code === 0x40000) code = 0xe0000;
      const ch = String.fromCodePoint(code);
      const text = `ᄀ${ch}가${ch}\u{16d63}${ch}${ch}ᅡ${ch}ᆨ${ch}\u0301${ch}\u{16d67}Σ${ch}Σ ${ch}`;
      if (foldText(text) !== foldTextWithMap(text).text) mismatches.push(code.toString(16));
    }
    expect(mismatches).toEqual([]);
  });
});

describe('foldBody', () => {
  it('is foldText with checkpoints where the folded prefix ends', () => {
    fc.assert(
      fc.property(varied, fc.integer({ min: 1, max: 12 }), (text, chunk) => {
        const body = foldBody(text, chunk);
        expect(body.text).toBe(foldText(text));
        expect(body.origins.length).toBe(body.offsets.length);
        body.origins.forEach((origin, k) => {
          expect(foldTextWithMap(text.slice(0, origin)).text).toBe(body.text.slice(0, body.offsets[k]));
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('FoldedSlice', () => {
  it('has the same characters and map as the whole fold, from its checkpoint on', () => {
    fc.assert(
      fc.property(varied, fc.integer({ min: 1, max: 12 }), fc.nat(), fc.nat(), (text, chunk, a, b) => {
        const whole = foldTextWithMap(text);
        const body = foldBody(text, chunk);
        const target = whole.text.length === 0 ? 0 : a % whole.text.length;
        const slice = FoldedSlice.atFolded(text, body, target);
        expect(slice.offset).toBeLessThanOrEqual(target);
        slice.extend(text.length === 0 ? 0 : b % text.length, target + 1);
        const end = Math.min(whole.text.length, slice.offset + slice.text.length);
        expect(slice.text).toBe(whole.text.slice(slice.offset, end));
        for (let i = 0; i < slice.text.length; i++) {
          expect(slice.originalRange(i, i + 1)).toEqual(originalRange(whole, slice.offset + i, slice.offset + i + 1));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('foldTextWithMap', () => {
  it('maps folded positions back to the original text', () => {
    const text = 'Der Müller aß Café';
    const folded = foldTextWithMap(text);
    const at = folded.text.indexOf('muller');
    const { start, end } = originalRange(folded, at, at + 'muller'.length);
    expect(text.slice(start, end)).toBe('Müller');
    const cafe = folded.text.indexOf('cafe');
    const range = originalRange(folded, cafe, cafe + 4);
    expect(text.slice(range.start, range.end)).toBe('Café');
  });

  it('maps decomposed input and expansions to whole original characters', () => {
    const text = 'Cafe\u0301 Straße';
    const folded = foldTextWithMap(text);
    expect(folded.text).toBe('cafe strasse');
    const cafe = originalRange(folded, 0, 4);
    expect(text.slice(cafe.start, cafe.end)).toBe('Cafe');
    const ss = folded.text.indexOf('ss');
    const sharp = originalRange(folded, ss, ss + 1);
    expect(text.slice(sharp.start, sharp.end)).toBe('ß');
  });

  it('maps a collapsed whitespace run to the whole run', () => {
    const text = 'one \n\n two';
    const folded = foldTextWithMap(text);
    const range = originalRange(folded, 0, folded.text.length);
    expect(text.slice(range.start, range.end)).toBe(text);
    const space = originalRange(folded, 3, 4);
    expect(text.slice(space.start, space.end)).toBe(' \n\n ');
  });

  it('keeps surrogate pairs whole', () => {
    const text = 'a😀b';
    const folded = foldTextWithMap(text);
    const at = folded.text.indexOf('b');
    expect(text.slice(...Object.values(originalRange(folded, at, at + 1)))).toBe('b');
    const emoji = originalRange(folded, 1, 3);
    expect(text.slice(emoji.start, emoji.end)).toBe('😀');
  });

  it('has a monotonic map that stays inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const { text: folded, starts, ends } = foldTextWithMap(text);
        expect(starts).toHaveLength(folded.length);
        expect(ends).toHaveLength(folded.length);
        for (let i = 0; i < starts.length; i++) {
          expect(starts[i]).toBeLessThan(ends[i]!);
          expect(ends[i]).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1]!);
        }
      }),
    );
  });
});
