import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTags, hasTag, MAX_TAG_LENGTH, MAX_TAGS, normalizeTags, tagKey, unionTags } from './tags';

describe('normalizeTags', () => {
  it('trims, collapses inner whitespace and drops empties', () => {
    expect(normalizeTags(['  to   read ', '', '   ', 'long\tread\n'])).toEqual(['to read', 'long read']);
  });

  it('keeps the first spelling of tags that differ only in case', () => {
    expect(normalizeTags(['Science', 'science', 'SCIENCE', 'art'])).toEqual(['Science', 'art']);
  });

  it('treats composed and decomposed accents as the same tag', () => {
    expect(normalizeTags(['Café', 'Cafe\u0301'])).toEqual(['Café']);
  });

  it('cuts tags to the maximum length, by code point', () => {
    const long = `${'😀'.repeat(MAX_TAG_LENGTH)}x`;
    const [tag] = normalizeTags([long]);
    expect(Array.from(tag ?? '')).toHaveLength(MAX_TAG_LENGTH);
    expect(tag).toBe('😀'.repeat(MAX_TAG_LENGTH));
  });

  it('keeps at most MAX_TAGS tags', () => {
    const many = Array.from({ length: MAX_TAGS + 5 }, (_, i) => `t${i}`);
    expect(normalizeTags(many)).toEqual(many.slice(0, MAX_TAGS));
  });

  it('drops non-strings and control characters', () => {
    expect(normalizeTags(['a\u0000b', 3, null, { x: 1 }, 'c'])).toEqual(['a b', 'c']);
  });

  it('is idempotent and always within the limits', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 40 }), (tags) => {
        const once = normalizeTags(tags);
        expect(normalizeTags(once)).toEqual(once);
        expect(once.length).toBeLessThanOrEqual(MAX_TAGS);
        expect(new Set(once.map(tagKey)).size).toBe(once.length);
        for (const tag of once) {
          expect(tag).toBe(tag.trim());
          expect(tag).not.toBe('');
          expect(Array.from(tag).length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
        }
      }),
    );
  });
});

describe('unionTags and hasTag', () => {
  it('puts the first list first and adds what it lacks', () => {
    expect(unionTags(['News', 'art'], ['ART', 'science'])).toEqual(['News', 'art', 'science']);
  });

  it('matches tags case-insensitively', () => {
    expect(hasTag(['Science'], 'science')).toBe(true);
    expect(hasTag(['Science'], ' SCIENCE ')).toBe(true);
    expect(hasTag(['Science'], 'sci')).toBe(false);
  });
});

describe('countTags', () => {
  it('counts articles per tag, merging case, sorted by name', () => {
    const counts = countTags([
      { tags: ['zebra', 'Apple'], savedAt: 1 },
      { tags: ['apple'], savedAt: 3 },
      { tags: ['banana', 'APPLE'], savedAt: 2 },
    ]);
    expect(counts).toEqual([
      { tag: 'apple', count: 3 },
      { tag: 'banana', count: 1 },
      { tag: 'zebra', count: 1 },
    ]);
  });

  it('counts an article once even if it carries a tag twice', () => {
    expect(countTags([{ tags: ['a', 'A'], savedAt: 1 }])).toEqual([{ tag: 'a', count: 1 }]);
  });

  it('sorts without regard to case', () => {
    expect(countTags([{ tags: ['b', 'C', 'a'], savedAt: 1 }]).map((t) => t.tag)).toEqual(['a', 'b', 'C']);
  });
});
