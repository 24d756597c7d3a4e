import { describe, expect, it } from 'vitest';
import { measureText } from '../extract/text';
import { MAX_TAGS } from './tags';
import { savedArticle } from './test-support';
import {
  importableUrl,
  MAX_CONTENT_LENGTH,
  MAX_TITLE_LENGTH,
  newestPerUrl,
  validateImportedRecord,
} from './validate-import';

const NOW = 1_700_000_000_000;
const valid = (overrides: Record<string, unknown> = {}) =>
  validateImportedRecord({ ...savedArticle(), ...overrides }, NOW);

describe('importableUrl', () => {
  it('accepts http(s) URLs, normalised', () => {
    expect(importableUrl('HTTPS://Example.COM/a b')).toBe('https://example.com/a%20b');
    expect(importableUrl('http://example.com')).toBe('http://example.com/');
  });

  it('refuses other schemes, junk and non-strings', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'ftp://x/',
      'nope',
      '',
      42,
      null,
    ]) {
      expect(importableUrl(url)).toBeNull();
    }
    expect(importableUrl(`https://example.com/${'a'.repeat(10_000)}`)).toBeNull();
  });
});

describe('validateImportedRecord', () => {
  it('keeps a good record as it is, without its id', () => {
    const record = savedArticle({ tags: ['a', 'b'], archived: true, favorite: true, byline: 'B', excerpt: 'E' });
    const { id: _id, ...expected } = record;
    expect(validateImportedRecord(record, NOW)).toEqual(expected);
  });

  it('rejects what is not an article', () => {
    for (const raw of [null, 'x', 3, [], {}]) expect(validateImportedRecord(raw, NOW)).toBeNull();
    expect(valid({ url: 'javascript:alert(1)' })).toBeNull();
    expect(valid({ url: undefined })).toBeNull();
    expect(valid({ contentHtml: 42 })).toBeNull();
    expect(valid({ contentHtml: 'x'.repeat(MAX_CONTENT_LENGTH + 1) })).toBeNull();
  });

  it('uses the host for a missing or empty title, and caps long ones', () => {
    expect(valid({ url: 'https://news.example/x', title: '   ' })?.title).toBe('news.example');
    expect(valid({ url: 'https://news.example/x', title: 7 })?.title).toBe('news.example');
    expect(valid({ title: 't'.repeat(5000) })?.title).toHaveLength(MAX_TITLE_LENGTH);
  });

  it('drops control characters from text fields', () => {
    const record = valid({
      title: 'A\u0000 title\nwith\tbreaks\u0007',
      byline: '\u001bBy me',
      excerpt: 'line one\nline\u0000 two',
      textContent: 'para\n\npara\u0008',
    });
    expect(record?.title).toBe('A title with breaks');
    expect(record?.byline).toBe('By me');
    expect(record?.excerpt).toBe('line one\nline two');
    expect(record?.textContent).toBe('para\n\npara');
  });

  it('makes nullable fields null unless they are strings, and checks lang, dir and the lead image', () => {
    const record = valid({
      byline: 3,
      siteName: {},
      publishedTime: false,
      excerpt: '',
      lang: 'en"><script>',
      dir: 'sideways',
      leadImageUrl: 'javascript:alert(1)',
    });
    expect(record).toMatchObject({
      byline: null,
      siteName: null,
      publishedTime: null,
      excerpt: null,
      lang: null,
      dir: null,
      leadImageUrl: null,
    });
    expect(valid({ dir: 'rtl', lang: 'ar', leadImageUrl: '/lead.jpg', url: 'https://x.example/a/' })).toMatchObject({
      dir: 'rtl',
      lang: 'ar',
      leadImageUrl: 'https://x.example/lead.jpg',
    });
  });

  it('recomputes counts that are missing or invalid', () => {
    const textContent = 'one two three four five';
    const { wordCount, readingMinutes } = measureText(textContent);
    for (const bad of [undefined, -1, Number.NaN, Number.POSITIVE_INFINITY, '5']) {
      expect(valid({ textContent, wordCount: bad })).toMatchObject({ wordCount, readingMinutes });
    }
    expect(valid({ textContent, wordCount: 9, readingMinutes: 2 })).toMatchObject({ wordCount: 9, readingMinutes: 2 });
  });

  it('defaults times: savedAt to now, updatedAt to savedAt', () => {
    expect(valid({ savedAt: 'yesterday', updatedAt: null })).toMatchObject({ savedAt: NOW, updatedAt: NOW });
    expect(valid({ savedAt: 5, updatedAt: -3 })).toMatchObject({ savedAt: 5, updatedAt: 5 });
  });

  it('normalises tags and defaults flags to false', () => {
    const many = Array.from({ length: MAX_TAGS + 3 }, (_, i) => `t${i}`);
    expect(valid({ tags: [' a ', 'A', 3, 'b'] })?.tags).toEqual(['a', 'b']);
    expect(valid({ tags: many })?.tags).toHaveLength(MAX_TAGS);
    expect(valid({ tags: 'a,b' })?.tags).toEqual([]);
    expect(valid({ archived: 'yes', favorite: 1 })).toMatchObject({ archived: false, favorite: false });
  });

  it('keeps a reading position in 0..1 and reads anything else as not started', () => {
    expect(valid({ progress: 0.4 })?.progress).toBe(0.4);
    expect(valid({ progress: 1.5 })?.progress).toBe(1);
    expect(valid({ progress: -2 })?.progress).toBe(0);
    expect(valid({ progress: '0.5' })?.progress).toBe(0);
    expect(valid({ progress: Number.POSITIVE_INFINITY })?.progress).toBe(0);
    expect(valid({})?.progress).toBe(0);
  });

  it('does not sanitise (the caller does): the content string is passed on', () => {
    expect(valid({ contentHtml: '<img src=x onerror=alert(1)>' })?.contentHtml).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('newestPerUrl', () => {
  it('keeps the most recently updated copy of each URL, the first of equals', () => {
    const { id: _a, ...a } = savedArticle({ url: 'https://e.x/1', title: 'old', updatedAt: 1 });
    const { id: _b, ...b } = savedArticle({ url: 'https://e.x/1', title: 'new', updatedAt: 5 });
    const { id: _c, ...c } = savedArticle({ url: 'https://e.x/1', title: 'same', updatedAt: 5 });
    const { id: _d, ...d } = savedArticle({ url: 'https://e.x/2', title: 'other' });
    expect(newestPerUrl([a, b, c, d]).map((r) => r.title)).toEqual(['new', 'other']);
  });
});
