// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectBlocks, cutOut, remaining } from './block-stats';

const body = (markup: string) => new DOMParser().parseFromString(markup, 'text/html').body;
const long = (n: number) =>
  `<p>${'Running text that reads like an article paragraph, sentence after sentence. '.repeat(2)}${n}</p>`;

describe('collectBlocks', () => {
  it('caches text, link text, links, images and running paragraphs per element', () => {
    const page = collectBlocks(
      body(
        `<div id="a">${long(1)}${long(2)}<ul><li><a href="/x">Link one</a></li><li><a href="/y">Link two</a></li></ul><img src="i.jpg"></div>`,
      ),
    );
    const a = page.root.el.querySelector('#a')!;
    const block = [page.root, ...page.candidates].find((b) => b.el === a) ?? page.proseCentre!;
    expect(block.el).toBe(a);
    expect(block.runningParagraphs).toBe(2);
    expect(block.links).toBe(2);
    expect(block.linkText).toBe('Link one'.length + 'Link two'.length);
    expect(block.images).toBe(1);
    expect(page.totalRunningChars).toBe(block.runningChars);
  });

  it('finds the prose centre: the parent of most running paragraphs', () => {
    const page = collectBlocks(
      body(`<aside>${long(0)}</aside><main><div class="body">${long(1)}${long(2)}${long(3)}</div></main>`),
    );
    expect(page.proseCentre?.el.className).toBe('body');
  });

  it('counts headings page-wide and knows a block heading from a teaser title', () => {
    const page = collectBlocks(
      body(
        `<section><h2>Weekly Best</h2><ul><li><h3><a href="/1">Story one</a></h3></li><li><h3><a href="/2">Story two</a></h3></li><li><a href="/3">Three</a></li></ul></section><h2>Weekly Best</h2>`,
      ),
    );
    expect(page.headingCounts.get('weekly best')).toBe(2);
    const section = page.candidates.find((b) => b.el.tagName === 'SECTION')!;
    expect(section.heading?.text).toBe('Weekly Best');
    expect(section.linkSet).toBe('/1 /2 /3');
  });

  it('marks named and labelled blocks as candidates', () => {
    const page = collectBlocks(body('<div class="share-bar"><a href="/s">f</a></div><p class="x">Advertisement</p>'));
    expect(page.candidates.map((b) => [b.el.tagName, b.named, b.label])).toEqual([
      ['DIV', 'share', null],
      ['P', null, 'ad'],
    ]);
  });

  it('promotes lazy images during the walk', () => {
    const b = body('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/real.jpg">');
    collectBlocks(b);
    expect(b.querySelector('img')?.getAttribute('src')).toBe('/real.jpg');
  });

  it('shrinks ancestors when a block is cut out', () => {
    const page = collectBlocks(body('<div><div class="ad-slot">Ad text here</div><p>Kept words</p></div>'));
    const ad = page.candidates.find((b) => b.named === 'ad')!;
    const outer = ad.parent!;
    expect(remaining(outer).text).toBe('Ad text here'.length + 'Kept words'.length);
    cutOut(ad);
    expect(remaining(outer).text).toBe('Kept words'.length);
  });
  it('gives a wrapper the link set of the one child that holds all its links, and only then', () => {
    const list =
      '<ul><li><a href="/a">One story</a></li><li><a href="/b">Two story</a></li><li><a href="/c#x">Three</a></li></ul>';
    const page = collectBlocks(
      body(
        `<div id="wrap">${list}</div>` +
          `<div id="extra">${list}<noscript><a href="/d">Four</a></noscript></div>` +
          `<div id="own"><div>${list}</div><a href="/e">Five</a></div>`,
      ),
    );
    const setOf = (selector: string) => {
      const el = page.root.el.querySelector(selector)!;
      return page.candidates.find((b) => b.el === el)?.linkSet;
    };
    expect(setOf('#wrap')).toBe('/a /b /c');
    expect(setOf('#wrap > ul')).toBe('/a /b /c');
    // A link no size counts (inside <noscript>) still belongs to the wrapper's set.
    expect(setOf('#extra')).toBe('/a /b /c /d');
    expect(setOf('#own')).toBe('/a /b /c /e');
  });
  it('labels a wrapper like its only text-holding child only when their sizes match too', () => {
    const pictures = ['a', 'b', 'c', 'd'].map((n) => `<a href="/${n}"><img src="${n}.jpg"></a>`).join('');
    const page = collectBlocks(
      body(`<div id="same"><div><p>Subscribe now</p></div></div><div id="more">${pictures}<p>Subscribe now</p></div>`),
    );
    const blockOf = (selector: string) => {
      const el = page.root.el.querySelector(selector)!;
      return page.candidates.find((b) => b.el === el);
    };
    expect(blockOf('#same')?.label).toBe('promo');
    expect(blockOf('#more > p')?.label).toBe('promo');
    // Same text, but four links: a promo line has at most three.
    expect(blockOf('#more')?.label ?? null).toBeNull();
  });
});
