// @vitest-environment jsdom
/**
 * The disguised-URL cases of the security issue, one by one, through the sanitiser, the render path
 * and the extraction path: 0 executable URLs and 0 event-handler attributes.
 */
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, sanitizeToFragment } from '../../utils/sanitize';
import {
  ARTICLE_URL,
  articlePage,
  DISGUISED_URL_CASES,
  findHazards,
  findHazardsInHtml,
  parseInert,
  readabilityContent,
} from '../support/xss-vectors';

const options = { baseUrl: ARTICLE_URL };

const CASES = DISGUISED_URL_CASES;

describe('disguised URLs and event handlers', () => {
  it.each(CASES)('%s: the checker sees the raw hazard', (_name, html) => {
    expect(findHazards(parseInert(html))).not.toEqual([]);
  });

  it.each(CASES)('%s: none left by sanitizeHtml', (_name, html) => {
    expect(findHazardsInHtml(sanitizeHtml(html, options))).toEqual([]);
  });

  it.each(CASES)('%s: none left by sanitizeToFragment', (_name, html) => {
    expect(findHazards(sanitizeToFragment(html, options))).toEqual([]);
  });

  it.each(CASES)('%s: none left after Readability and sanitizeHtml', (_name, html) => {
    const content = readabilityContent(articlePage(html));
    expect(content).not.toBeNull();
    expect(findHazardsInHtml(sanitizeHtml(content ?? '', options))).toEqual([]);
  });
});

describe('what survives', () => {
  it('keeps the text of a link whose URL was dropped, as plain text', () => {
    const dom = parseInert(sanitizeHtml('<a href=" JavaScript:alert(1)">read more</a>', options));
    expect(dom.textContent).toBe('read more');
    expect(dom.querySelector('a')?.attributes).toHaveLength(0);
  });

  it('resolves links against the article URL, never against a <base> in the content', () => {
    const dom = parseInert(sanitizeHtml('<base href="https://evil.example/"><a href="next.html">n</a>', options));
    expect(dom.querySelector('a')?.getAttribute('href')).toBe(new URL('next.html', ARTICLE_URL).href);
  });

  it('Readability alone turns disguised links into javascript: URLs, which is why sanitising comes after it', () => {
    const disguised = ['<a href=" JavaScript:alert(1)">a</a>', '<a href="java&#x09;script:alert(1)">b</a>'];
    const readabilityHrefs = disguised.flatMap((html) =>
      Array.from(parseInert(readabilityContent(articlePage(html)) ?? '').querySelectorAll('a[href]'), (a) =>
        a.getAttribute('href'),
      ),
    );
    expect(readabilityHrefs.filter((href) => href?.startsWith('javascript:')).length).toBeGreaterThan(0);
  });
});
