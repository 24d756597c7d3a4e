// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { deepDocument, parseHtml } from '../support/fixtures';

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
});
