// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../reader/markdown';
import {
  BACKUP_FORMAT,
  buildExport,
  buildHtmlExport,
  buildMarkdownExport,
  DEFAULT_EXPORT_LABELS,
  EXPORT_CSP,
  escapeHtml,
  escapeMarkdown,
  exportFilename,
  localDate,
} from './export-formats';
import { savedArticle } from './test-support';

// Noon UTC: the same calendar day in every time zone from UTC-11 to UTC+11.
const NOON = Date.UTC(2026, 2, 7, 12);

const hostile = savedArticle({
  url: 'https://evil.example/post',
  title: '<img src=x onerror=alert(1)> & "quotes"',
  byline: '<script>alert(2)</script>',
  siteName: 'Site <b>bold</b>',
  lang: 'de',
  dir: 'rtl',
  contentHtml:
    '<p>Hi <img src="pic.png" onerror="alert(3)"></p><script>alert(4)</script><a href="javascript:alert(5)">x</a>',
  textContent: 'Hi',
  tags: ['<tag>'],
  savedAt: NOON,
});

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('file names and dates', () => {
  it('names files by date and format', () => {
    expect(exportFilename('json', NOON)).toBe('readside-reading-list-2026-03-07.json');
    expect(exportFilename('markdown', NOON)).toBe('readside-reading-list-2026-03-07.md');
    expect(exportFilename('html', NOON)).toBe('readside-reading-list-2026-03-07.html');
    expect(localDate(Date.UTC(2025, 11, 31, 12))).toBe('2025-12-31');
  });
});

describe('json export', () => {
  it('is the versioned backup with full records, pretty-printed', () => {
    const articles = [savedArticle({ tags: ['x'], favorite: true }), savedArticle({ archived: true })];
    const file = buildExport('json', articles, NOON);
    expect(file).toMatchObject({
      filename: 'readside-reading-list-2026-03-07.json',
      mime: 'application/json',
      count: 2,
    });
    expect(JSON.parse(file.text)).toEqual({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: new Date(NOON).toISOString(),
      articles,
    });
    expect(file.text).toContain('\n  "format"');
  });
});

describe('markdown export', () => {
  it('writes a heading, a metadata line and the content per article, separated by rules', () => {
    const a = savedArticle({
      title: 'First',
      byline: 'Ann',
      siteName: 'Site',
      url: 'https://a.example/1',
      tags: ['one', 'two'],
      savedAt: NOON,
      contentHtml: '<h2>Part</h2><p>Some <em>text</em> and <a href="/x">a link</a>.</p>',
    });
    const b = savedArticle({ title: 'Second', url: 'https://b.example/2', savedAt: NOON, contentHtml: '<p>B</p>' });
    const text = buildMarkdownExport([a, b]);
    const expected = [
      '# First',
      '_Ann_ · Site · <https://a.example/1> · Saved 2026-03-07 · Tags: one, two',
      htmlToMarkdown(a.contentHtml, a.url),
      '---',
      '# Second',
      '<https://b.example/2> · Saved 2026-03-07',
      'B',
    ].join('\n\n');
    expect(text).toBe(`${expected}\n`);
    expect(text).toContain('[a link](https://a.example/x)');
  });

  it('escapes metadata and keeps the content free of unsafe links', () => {
    const text = buildMarkdownExport([hostile]);
    expect(text.split('\n')[0]).toBe(`# ${escapeMarkdown(hostile.title)}`);
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('javascript:');
    expect(escapeMarkdown('a *b* [c]\n# d')).toBe('a \\*b\\* \\[c\\] \\# d');
  });

  it('has the markdown mime type', () => {
    expect(buildExport('markdown', [hostile], NOON)).toMatchObject({ mime: 'text/markdown', count: 1 });
  });
});

describe('html export', () => {
  it('is a self-contained page with a strict CSP and no referrer', () => {
    const text = buildHtmlExport([savedArticle()]);
    expect(text.startsWith('<!doctype html>')).toBe(true);
    const doc = parse(text);
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toBe(EXPORT_CSP);
    expect(csp).toContain("default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'");
    expect(csp).not.toContain('script-src');
    expect(doc.querySelector('meta[name="referrer"]')?.getAttribute('content')).toBe('no-referrer');
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelectorAll('script, link, iframe')).toHaveLength(0);
    expect(doc.title).toBe(DEFAULT_EXPORT_LABELS.documentTitle);
  });

  it('links the table of contents to each article', () => {
    const articles = [savedArticle({ title: 'One' }), savedArticle({ title: 'Two' })];
    const doc = parse(buildHtmlExport(articles));
    const links = [...doc.querySelectorAll('nav a')];
    expect(links.map((a) => a.textContent)).toEqual(['One', 'Two']);
    for (const link of links) {
      const target = doc.getElementById(link.getAttribute('href')!.slice(1));
      expect(target?.tagName).toBe('ARTICLE');
      expect(target?.querySelector('h2')?.textContent).toBe(link.textContent);
    }
  });

  it('writes metadata as text and sanitises the content again', () => {
    const text = buildHtmlExport([hostile]);
    const doc = parse(text);
    const article = doc.querySelector('article')!;
    expect(article.getAttribute('lang')).toBe('de');
    expect(article.getAttribute('dir')).toBe('rtl');
    expect(article.querySelector('h2')?.textContent).toBe(hostile.title);
    expect(article.querySelector('.meta')?.textContent).toContain(hostile.byline);
    expect(article.querySelector('.meta')?.textContent).toContain('<tag>');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('[onerror]')).toHaveLength(0);
    const attributes = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes]);
    expect(attributes.filter((attr) => /^on/i.test(attr.name) || /javascript:/i.test(attr.value))).toEqual([]);
    expect(text).not.toContain('<script>');
    expect(article.querySelector('img')?.getAttribute('src')).toBe('https://evil.example/pic.png');
    const original = [...article.querySelectorAll('a')].find((a) => a.textContent === DEFAULT_EXPORT_LABELS.original);
    expect(original?.getAttribute('href')).toBe('https://evil.example/post');
  });

  it('leaves out a lang or dir that is not valid', () => {
    const doc = parse(buildHtmlExport([savedArticle({ lang: 'x" onload="y', dir: null })]));
    const article = doc.querySelector('article')!;
    expect(article.hasAttribute('lang')).toBe(false);
    expect(article.hasAttribute('dir')).toBe(false);
    expect(article.hasAttribute('onload')).toBe(false);
  });

  it('uses the labels it is given', () => {
    const labels = { ...DEFAULT_EXPORT_LABELS, lang: 'fr', documentTitle: 'Ma liste', contents: 'Sommaire' };
    const doc = parse(buildExport('html', [savedArticle()], NOON, labels).text);
    expect(doc.documentElement.lang).toBe('fr');
    expect(doc.title).toBe('Ma liste');
    expect(doc.querySelector('nav h2')?.textContent).toBe('Sommaire');
  });

  it('escapes HTML text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
