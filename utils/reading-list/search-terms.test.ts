import { describe, expect, it } from 'vitest';
import { MAX_TERMS, parseSearchTerms } from './search-terms';

describe('parseSearchTerms', () => {
  it('splits words on whitespace, folded', () => {
    expect(parseSearchTerms('  Café   MÜLLER\tnews ')).toEqual(['cafe', 'muller', 'news']);
  });

  it('keeps a quoted phrase as one term', () => {
    expect(parseSearchTerms('climate "sea  level rise" 2024')).toEqual(['climate', 'sea level rise', '2024']);
  });

  it('accepts typographic quotes and an unclosed quote', () => {
    expect(parseSearchTerms('“New York” times')).toEqual(['new york', 'times']);
    expect(parseSearchTerms('a "open phrase here')).toEqual(['a', 'open phrase here']);
  });

  it('drops empty phrases and duplicates', () => {
    expect(parseSearchTerms('"" x X " "')).toEqual(['x']);
    expect(parseSearchTerms('   ')).toEqual([]);
  });

  it('keeps CJK text as a term', () => {
    expect(parseSearchTerms('東京 天気')).toEqual(['東京', '天気']);
  });

  it('caps the number of terms', () => {
    const text = Array.from({ length: MAX_TERMS + 10 }, (_, i) => `w${i}`).join(' ');
    expect(parseSearchTerms(text)).toHaveLength(MAX_TERMS);
  });
});
