// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { indexHead, metaContent } from './head-index';

describe('indexHead', () => {
  const doc = new DOMParser().parseFromString(
    `<head>
      <meta property="OG:Type" content="article"><meta name="og:type" content="website">
      <meta itemprop="datePublished" content=" 2024-01-01 "><meta http-equiv="Content-Language" content="de">
      <link rel="alternate canonical" href="/c"><link rel="canonical" href="/second"><base href="/base/">
    </head><body><meta name="author" content="In Body"></body>`,
    'text/html',
  );
  const head = indexHead(doc);

  it('maps meta by property, name and itemprop, case-insensitively, first one winning', () => {
    expect(metaContent(head, 'og:type')).toBe('article');
    expect(metaContent(head, 'missing', 'datePublished')).toBe('2024-01-01');
    expect(metaContent(head, 'author')).toBe('In Body');
    expect(head.httpEquiv.get('content-language')).toBe('de');
  });

  it('maps links by each rel token and keeps the base href', () => {
    expect(head.links.get('canonical')).toBe('/c');
    expect(head.baseHref).toBe('/base/');
  });
});
