// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { indexHead } from './head-index';
import { cleanByline, isoDate, leadImageUrl, pageDir, pageLang, publishedTime } from './metadata';

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');

describe('isoDate', () => {
  it('keeps ISO dates, normalising the offset', () => {
    expect(isoDate('2026-04-18T09:12:44+00:00')).toBe('2026-04-18T09:12:44+00:00');
    expect(isoDate('2026-01-10T10:00:00+0000')).toBe('2026-01-10T10:00:00+00:00');
    expect(isoDate('2026-01-10 10:00')).toBe('2026-01-10T10:00');
    expect(isoDate('2026-01-10')).toBe('2026-01-10');
  });

  it('converts other date formats and Unix times to UTC ISO', () => {
    expect(isoDate('Tue, 24 Sep 2024 09:31:00 GMT')).toBe('2024-09-24T09:31:00.000Z');
    expect(isoDate('1727170260')).toBe('2024-09-24T09:31:00.000Z');
  });

  it('returns null for nonsense', () => {
    expect(isoDate('yesterday-ish')).toBeNull();
    expect(isoDate('')).toBeNull();
    expect(isoDate(undefined)).toBeNull();
  });
});

describe('publishedTime', () => {
  it('falls back from Readability to meta tags to <time> elements', () => {
    const doc = parse('<head><meta name="date" content="2024-01-02"></head><body></body>');
    expect(publishedTime(doc, indexHead(doc), null)).toBe('2024-01-02');
    const timed = parse('<article><time datetime="2024-03-04T05:06:07Z">March 4</time></article>');
    expect(publishedTime(timed, indexHead(timed), null)).toBe('2024-03-04T05:06:07Z');
    expect(publishedTime(timed, indexHead(timed), '2020-01-01T00:00:00Z')).toBe('2020-01-01T00:00:00Z');
  });
});

describe('pageLang and pageDir', () => {
  it('reads lang from Readability, then body, http-equiv and og:locale', () => {
    const doc = parse('<head><meta property="og:locale" content="pt_PT"></head><body></body>');
    expect(pageLang(doc, indexHead(doc), null)).toBe('pt-PT');
    expect(pageLang(doc, indexHead(doc), 'pt-BR')).toBe('pt-BR');
  });

  it('reads dir from the page and infers rtl from the language', () => {
    const doc = parse('<html dir="RTL"><body></body></html>');
    expect(pageDir(doc, null, null)).toBe('rtl');
    const plain = parse('<body></body>');
    expect(pageDir(plain, null, 'he-IL')).toBe('rtl');
    expect(pageDir(plain, null, 'en')).toBeNull();
    expect(pageDir(plain, 'ltr', 'ar')).toBe('ltr');
  });
});

describe('cleanByline', () => {
  it('drops "By" prefixes and whitespace, and refuses URLs', () => {
    expect(cleanByline('  By   Ann  Lee ')).toBe('Ann Lee');
    expect(cleanByline('Par Claire Vuillemin')).toBe('Claire Vuillemin');
    expect(cleanByline('https://example.com/author/x')).toBeNull();
    expect(cleanByline('')).toBeNull();
  });
});

describe('leadImageUrl', () => {
  it('takes og:image, then JSON-LD image, then the first content image, made absolute', () => {
    const og = parse('<head><meta property="og:image" content="/img/lead.jpg"></head>');
    expect(leadImageUrl(indexHead(og), null, 'https://example.com/a/b')).toBe('https://example.com/img/lead.jpg');
    const ld = parse(
      '<head><script type="application/ld+json">{"@type":"NewsArticle","image":{"@type":"ImageObject","url":"https://cdn.example.com/x.jpg"}}</script></head>',
    );
    expect(leadImageUrl(indexHead(ld), null, 'https://example.com/')).toBe('https://cdn.example.com/x.jpg');
    const content = parse('<div><img src="data:image/gif;base64,R0"><img src="pic.png"></div>').body;
    expect(leadImageUrl(indexHead(parse('')), content, 'https://example.com/a/')).toBe('https://example.com/a/pic.png');
  });
});
