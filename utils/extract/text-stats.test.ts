// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectBlocks } from './declutter/block-stats';
import { PageTextCounter, pageTextStats } from './text-stats';

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const long = (word: string) => `${word} `.repeat(30);

/** The stats as the extraction walk gathers them (collectBlocks driving the counter). */
function viaBlocks(markup: string) {
  const counter = new PageTextCounter();
  collectBlocks(parse(markup).body, counter);
  return counter.stats;
}

describe('pageTextStats', () => {
  it('counts text, link text, fields, buttons and the densest block of paragraphs', () => {
    const stats = pageTextStats(
      parse(
        `<div><p>${long('alpha')}</p><p>${long('beta')}</p></div><div><p>${long('gamma')}</p></div>` +
          '<a href="/x">link words</a><input type="text"><input type="hidden"><select></select><button>Go</button>' +
          '<span role="button">b</span><article>a</article>',
      ).body,
    );
    expect(stats.bestBlockParagraphs).toBe(2);
    expect(stats.bestBlockChars).toBe(long('alpha').trim().length + long('beta').trim().length);
    expect(stats.linkChars).toBe('link words'.length);
    expect(stats.formFields).toBe(2);
    expect(stats.buttons).toBe(2);
    expect(stats.articleElements).toBe(1);
  });

  it('ignores hidden subtrees, SVG and scripts', () => {
    const stats = pageTextStats(
      parse(
        `<div hidden><p>${long('hidden')}</p><input></div><svg><text>${long('svg')}</text></svg>` +
          '<script>var words = 1</script><p>seen</p>',
      ).body,
    );
    expect(stats.textChars).toBe(4);
    expect(stats.formFields).toBe(0);
    expect(stats.bestBlockChars).toBe(0);
  });
});

describe('PageTextCounter driven by the decluttering walk', () => {
  it('gathers exactly what the standalone walk gathers, on hidden and nested markup', () => {
    const markup =
      `<main><div hidden><p>${long('hidden')}</p><a href="/h">hidden link</a><input></div>` +
      `<svg><a href="/s"><text>${long('svg')}</text></a></svg>` +
      `<div><p>${long('one')}<a href="/in">in a link</a></p><div><p>${long('nested')}</p></div></div>` +
      `<td>${long('cell')}</td><blockquote><p>${long('quote')}</p></blockquote><p>short</p>` +
      '<input type="email"><div role="application"></div></main>';
    expect(viaBlocks(markup)).toEqual(pageTextStats(parse(markup).body));
  });

  it('gathers exactly what the standalone walk gathers on every fixture page', () => {
    const fixtures = path.resolve(__dirname, '../../tests/fixtures');
    const slugs = readdirSync(fixtures).filter((slug) => !slug.includes('.'));
    expect(slugs.length).toBeGreaterThan(25);
    for (const slug of slugs) {
      const html = readFileSync(path.join(fixtures, slug, 'source.html'), 'utf8');
      expect(viaBlocks(html), slug).toEqual(pageTextStats(parse(html).body));
    }
  });
});
