// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { measureText } from '../extract/text';
import { sanitizeImported } from './imported-content';
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
});
