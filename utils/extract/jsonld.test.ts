// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { indexHead } from './head-index';
import { isArticleEntity, isListingEntity, jsonLdString } from './jsonld';

const entities = (...blocks: string[]) =>
  indexHead(
    new DOMParser().parseFromString(
      blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join(''),
      'text/html',
    ),
  ).jsonLd;

describe('JSON-LD', () => {
  it('finds article types in @graph, arrays, mainEntity and prefixed forms', () => {
    expect(entities('{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle"}]}').some(isArticleEntity)).toBe(true);
    expect(entities('[{"@type":["BlogPosting","CreativeWork"]}]').some(isArticleEntity)).toBe(true);
    expect(entities('{"@type":"WebPage","mainEntity":{"@type":"Article"}}').some(isArticleEntity)).toBe(true);
    expect(entities('{"@type":"http://schema.org/NewsArticle"}').some(isArticleEntity)).toBe(true);
    expect(entities('{"@type":"WebSite"}').some(isArticleEntity)).toBe(false);
  });

  it('recognises listing pages', () => {
    expect(entities('{"@type":"SearchResultsPage"}').some(isListingEntity)).toBe(true);
  });

  it('skips broken JSON and keeps the other blocks', () => {
    const found = entities('{"@type": "NewsArticle",', '<!-- {"@type":"Article"} -->');
    expect(found.map((e) => e.types[0])).toEqual(['Article']);
  });

  it('reads strings from strings, objects and arrays', () => {
    expect(jsonLdString({ image: [{ url: 'a.jpg' }] }, 'image')).toBe('a.jpg');
    expect(jsonLdString({ publisher: { name: 'Daily' } }, 'publisher')).toBe('Daily');
    expect(jsonLdString({ image: { '@id': '#primary' } }, 'image')).toBeNull();
  });
});
