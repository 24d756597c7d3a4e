// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { measureText } from '../extract/text';
import { excerptOf, sanitizeImported } from './imported-content';
import { savedArticle } from './test-support';

describe('sanitizeImported', () => {
  it('sanitises the content against the article URL', () => {
    const record = sanitizeImported(
      savedArticle({
        url: 'https://example.com/a/b',
        contentHtml: '<p>Hi <img src="x.png" onerror="alert(1)"></p><script>alert(2)</script>',
      }),
    );
    expect(record.contentHtml).not.toMatch(/onerror|script/);
    expect(record.contentHtml).toContain('https://example.com/a/x.png');
    expect(record.textContent).toBe('Body');
  });

  it('derives the text and counts from the content when the text is missing', () => {
    const record = sanitizeImported(
      savedArticle({ contentHtml: '<p>One two</p><p>three</p>', textContent: '', wordCount: 0, readingMinutes: 0 }),
    );
    expect(record.textContent).toBe('One two\n\nthree');
    expect(record).toMatchObject({ wordCount: measureText('One two three').wordCount, readingMinutes: 1 });
  });

  it('takes the start of derived text as the excerpt when there is none, and keeps a given one', () => {
    const derived = sanitizeImported(
      savedArticle({ contentHtml: '<p>First para.</p><p>Second.</p>', textContent: '', excerpt: null }),
    );
    expect(derived.excerpt).toBe('First para.');
    const kept = sanitizeImported(savedArticle({ contentHtml: '<p>Text</p>', textContent: '', excerpt: 'Own' }));
    expect(kept.excerpt).toBe('Own');
  });
});

describe('excerptOf', () => {
  it('cuts a long first paragraph at a word, with an ellipsis', () => {
    const long = `${'word '.repeat(60)}end`;
    const excerpt = excerptOf(`${long}\n\nnext`) ?? '';
    expect(excerpt.endsWith('word…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(201);
    expect(excerptOf('  ')).toBeNull();
    expect(excerptOf('Short.\nMore')).toBe('Short.');
    // No spaces (CJK, emoji): cut by length, never through a surrogate pair.
    const astral = `a${'😀'.repeat(150)}`;
    expect(excerptOf(astral)).toBe(`a${'😀'.repeat(99)}…`);
  });
});
