// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { canonicalUrl, isTrackingParam, siteOf, stripTracking } from './canonical-url';
import { indexHead } from './head-index';

const head = (markup: string) => indexHead(new DOMParser().parseFromString(`<head>${markup}</head>`, 'text/html'));

describe('stripTracking', () => {
  it('drops utm_*, fbclid, gclid, mc_eid and friends but keeps real parameters', () => {
    const url = new URL('https://news.example.com/a?id=7&utm_source=x&UTM_Medium=y&fbclid=1&gclid=2&mc_eid=3&page=2');
    expect(stripTracking(url).href).toBe('https://news.example.com/a?id=7&page=2');
  });

  it('keeps the query text as written when nothing is removed', () => {
    const url = new URL('https://example.com/search?q=a+b&amp=1');
    expect(stripTracking(url).href).toBe('https://example.com/search?q=a+b&amp=1');
  });

  it('drops a plain fragment but keeps hash routes', () => {
    expect(stripTracking(new URL('https://example.com/a#comments')).href).toBe('https://example.com/a');
    expect(stripTracking(new URL('https://example.com/#/post/12')).href).toBe('https://example.com/#/post/12');
  });

  it('knows the tracking names', () => {
    expect(['utm_campaign', 'fbclid', 'gclid', 'msclkid', 'mc_eid', '_hsenc'].every(isTrackingParam)).toBe(true);
    expect(['id', 'page', 'q', 'amp'].some(isTrackingParam)).toBe(false);
  });
});

describe('siteOf', () => {
  it('gives the registrable part of a host name', () => {
    expect(siteOf('www.example.com')).toBe('example.com');
    expect(siteOf('m.news.example.com')).toBe('example.com');
    expect(siteOf('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('example.com')).toBe('example.com');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
  });
});

describe('canonicalUrl', () => {
  const page = 'https://www.example.com/2026/story?utm_source=feed&fbclid=abc';

  it('prefers a same-site <link rel=canonical>, resolved against the page', () => {
    expect(canonicalUrl(head('<link rel="canonical" href="/2026/story-slug">'), page)).toBe(
      'https://www.example.com/2026/story-slug',
    );
  });

  it('takes og:url when there is no canonical link, and strips tracking from it', () => {
    expect(
      canonicalUrl(head('<meta property="og:url" content="https://m.example.com/s?utm_medium=x&id=1">'), page),
    ).toBe('https://m.example.com/s?id=1');
  });

  it('ignores a canonical on another site, a non-http one and one pointing at the home page', () => {
    expect(canonicalUrl(head('<link rel="canonical" href="https://evil.example.net/x">'), page)).toBe(
      'https://www.example.com/2026/story',
    );
    expect(canonicalUrl(head('<link rel="canonical" href="javascript:alert(1)">'), page)).toBe(
      'https://www.example.com/2026/story',
    );
    expect(canonicalUrl(head('<link rel="canonical" href="https://www.example.com/">'), page)).toBe(
      'https://www.example.com/2026/story',
    );
  });

  it('returns an unparseable page URL as it is', () => {
    expect(canonicalUrl(head(''), 'not a url')).toBe('not a url');
  });
});
