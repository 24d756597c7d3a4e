// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clobberFormsLikeChromium } from '../../tests/support/clobber';
import { deepDocument, parseHtml } from '../../tests/support/fixtures';
import { measureDocument } from './limits';

describe('measureDocument', () => {
  it('counts elements and the deepest nesting', () => {
    const doc = new DOMParser().parseFromString('<p>a</p><div><ul><li>b</li></ul></div>', 'text/html');
    // html, head, body, p, div, ul, li
    expect(measureDocument(doc)).toEqual({ elements: 7, depth: 5, exceeded: null });
  });

  it('stops at the element limit', () => {
    const doc = new DOMParser().parseFromString(`<body>${'<span></span>'.repeat(200)}</body>`, 'text/html');
    const size = measureDocument(doc, 100);
    expect(size.exceeded).toBe('elements');
    expect(size.elements).toBe(101);
  });

  it('stops at the depth limit on a 3,000-deep document, without recursion', () => {
    const size = measureDocument(deepDocument(3000), 50_000, 1000);
    expect(size.exceeded).toBe('depth');
    expect(size.depth).toBe(1001);
    expect(size.elements).toBeLessThan(1100);
  });

  it('accepts a deep document under the limit', () => {
    expect(measureDocument(deepDocument(500), 50_000, 1000).exceeded).toBeNull();
  });

  it('handles a document without a root element', () => {
    const doc = document.implementation.createHTMLDocument('x');
    doc.removeChild(doc.documentElement);
    expect(measureDocument(doc)).toEqual({ elements: 0, depth: 0, exceeded: null });
  });

  it('measures a page whose forms clobber the element getters (Chromium named properties)', () => {
    const markup =
      '<div><form id="f"><input name="parentNode"><input name="nextElementSibling"><div><p>x</p></div></form>' +
      '<p>after</p></div><input form="f" name="firstElementChild"><input form="f" name="parentElement">';
    const expected = measureDocument(parseHtml(markup));
    const doc = parseHtml(markup);
    const clobbered = clobberFormsLikeChromium(doc);
    expect(measureDocument(doc)).toEqual(expected);
    expect(expected).toEqual({ elements: 12, depth: 6, exceeded: null });
    expect(clobbered.reads).toBe(0);
  });
});
