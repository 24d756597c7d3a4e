import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldTextWithMap, originalRange } from './fold-text';

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
