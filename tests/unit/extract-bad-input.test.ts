// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { clobberFormsLikeChromium } from '../support/clobber';
import { deepDocument, parseHtml } from '../support/fixtures';
import { ARTICLE_URL, articlePage, loadDompurifyVectors, loadH5scVectors } from '../support/xss-vectors';

const URL = 'https://example.com/page';

function expectRefusal(doc: Document, reason: string, options = {}) {
  for (const force of [false, true]) {
    const result = extractArticle(doc, URL, { ...options, force });
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) {
      expect(result.message.length).toBeGreaterThan(10);
      expect(result.detection.readerable).toBe(false);
    }
  }
}

describe('bad input', () => {
  it('a page with no body', () => {
    const doc = parseHtml('<p>x</p>');
    doc.documentElement.removeChild(doc.body);
    expectRefusal(doc, 'empty');
  });

  it('a document with no root element at all', () => {
    const doc = parseHtml('');
    doc.removeChild(doc.documentElement);
    expectRefusal(doc, 'unsupported');
  });

  it('a frameset', () => {
    expectRefusal(
      parseHtml('<frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset>'),
      'unsupported',
    );
  });

  it('about:blank-like documents', () => {
    expectRefusal(parseHtml(''), 'empty');
    expectRefusal(parseHtml('<html><head><title>x</title></head><body>  \n </body></html>'), 'empty');
    const result = extractArticle(parseHtml(''), 'about:blank', { force: true });
    expect(result).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('a non-HTML (XML) document', () => {
    const xml = new DOMParser().parseFromString('<feed><entry>text</entry></feed>', 'application/xml');
    expectRefusal(xml, 'unsupported');
  });

  it('a document of 50,000+ elements', () => {
    const doc = parseHtml(`<body>${'<span>w</span>'.repeat(50_001)}</body>`);
    expectRefusal(doc, 'too-large');
    const result = extractArticle(doc, URL);
    if (!result.ok) expect(result.detection.signals.map((s) => s.code)).toEqual(['too_many_elements']);
  });

  it('honours a lower maxElements', () => {
    const doc = parseHtml(`<body>${'<p>Some words in a paragraph.</p>'.repeat(200)}</body>`);
    expectRefusal(doc, 'too-large', { maxElements: 100 });
  });

  it('nesting 3,000 deep, without a stack overflow', () => {
    const doc = deepDocument(3000, 'deep text', '<p>Some text at the top of the page.</p>');
    expectRefusal(doc, 'too-large');
    const result = extractArticle(doc, URL);
    if (!result.ok) expect(result.detection.signals.map((s) => s.code)).toEqual(['too_deep']);
  });

  it('nesting below the limit still extracts', () => {
    const doc = deepDocument(200, 'deep text', '<p>Some text at the top of the page.</p>');
    const words = 'A paragraph of real text that goes on long enough to be kept by the reader view. ';
    for (let i = 0; i < 6; i++) doc.body.insertAdjacentHTML('afterbegin', `<p>${words.repeat(3)}</p>`);
    const result = extractArticle(doc, URL, { force: true });
    expect(result.ok).toBe(true);
  });

  // In Chromium `<form><input name=parentNode>` made `form.parentNode` the input, and the reader
  // froze in a walk from form to input and back (DOMPurify vector 24). jsdom needs the emulation.
  const formVectors = [...loadDompurifyVectors(), ...loadH5scVectors()].filter((v) => /<form|\sform=/i.test(v.payload));

  it('has the vectors whose forms clobber the DOM', () => {
    expect(formVectors.map((v) => v.id)).toContain('dompurify#24');
    expect(formVectors.length).toBeGreaterThan(20);
  });

  it.each(formVectors.map((v) => [v.id, v.payload]))(
    '%s: no clobbered form property is read, extraction succeeds',
    (_, payload) => {
      const doc = parseHtml(articlePage(payload));
      const clobbered = clobberFormsLikeChromium(doc);
      const result = extractArticle(doc, ARTICLE_URL, { force: true });
      expect(result.ok).toBe(true);
      expect(clobbered.reads).toBe(0);
    },
  );

  it('keeps the text of a clobbering form', () => {
    const doc = parseHtml(articlePage('<div><form id=f><input name=parentNode>kept words</form></div>'));
    clobberFormsLikeChromium(doc);
    const result = extractArticle(doc, ARTICLE_URL, { force: true });
    expect(result.ok && result.article.textContent).toContain('kept words');
  });

  it('refuses more forms than elements allowed as too large, without touching them', () => {
    const doc = parseHtml(`<body>${'<form></form>'.repeat(101)}</body>`);
    expectRefusal(doc, 'too-large', { maxElements: 100 });
    expect(doc.getElementsByTagName('form')).toHaveLength(101);
  });
});
