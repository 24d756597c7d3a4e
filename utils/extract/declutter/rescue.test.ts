// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectBlocks } from './block-stats';
import { captureStandfirst, placeStandfirst, rescueContent } from './rescue';

const para = (n: number) =>
  `<p>Running paragraph ${n} with enough words in it to count as the text of an article, which takes a hundred characters.</p>`;

function rescued(markup: string): HTMLElement {
  const body = new DOMParser().parseFromString(markup, 'text/html').body;
  rescueContent(collectBlocks(body));
  return body;
}

describe('rescueContent', () => {
  it('puts a gallery of captioned figures in a <figure> and clears names Readability would penalise', () => {
    const figures = [1, 2, 3].map(
      (n) => `<div class="item"><figure><img src="/${n}.jpg"><figcaption>Caption ${n}</figcaption></figure></div>`,
    );
    const body = rescued(
      `<div class="text">${para(1)}${para(2)}</div><div class="gallery field--label-hidden">${figures.join('')}</div>`,
    );
    const gallery = body.querySelector('figure > div')!;
    expect(gallery.children).toHaveLength(3);
    expect(gallery.hasAttribute('class')).toBe(false);
  });

  it('clears "header"/"related" class names on subheadings among paragraphs', () => {
    const body = rescued(
      `<div>${para(1)}<h2 class="header-anchor-post">Where the number comes from</h2>${para(2)}</div>`,
    );
    expect(body.querySelector('h2')?.hasAttribute('class')).toBe(false);
  });

  it('unwraps a pull quote from its <aside>', () => {
    const body = rescued(
      `<div>${para(1)}<aside class="pullquote"><blockquote><p>Quoted</p><cite>Someone</cite></blockquote></aside>${para(2)}</div>`,
    );
    expect(body.querySelector('aside')).toBeNull();
    expect(body.querySelector('blockquote')?.textContent).toContain('Quoted');
  });

  it('turns the boxes of a short quote into paragraphs, so an embedded post keeps its linked text', () => {
    const post =
      '<blockquote class="instagram-media"><div style="padding:16px"><a href="https://www.instagram.com/p/abc/">' +
      '<div><div></div></div><div><div>View this post</div></div></a><p><a href="https://www.instagram.com/p/abc/">The caption</a></p>' +
      '<section><a href="/tag/x">#x</a> and text</section></div></blockquote>';
    const body = rescued(`<div>${para(1)}${post}${para(2)}</div>`);
    expect(body.querySelector('blockquote')?.innerHTML).toBe(
      '<a href="https://www.instagram.com/p/abc/"><p>View this post</p></a><p><a href="https://www.instagram.com/p/abc/">The caption</a></p><p><a href="/tag/x">#x</a> and text</p>',
    );
  });

  it('leaves the boxes of a long blockquote alone', () => {
    const body = rescued(`<blockquote><div>${para(1).repeat(10)}</div></blockquote>`);
    expect(body.querySelector('blockquote > div')).not.toBeNull();
  });

  it('keeps MathJax containers that "menu" in their class would get dropped', () => {
    const body = rescued(
      `<div>${para(1)}<mjx-container class="MathJax CtxtMenu_Attached_0"><math><mi>x</mi></math></mjx-container></div>`,
    );
    expect(body.querySelector('mjx-container')?.hasAttribute('class')).toBe(false);
  });
});

describe('standfirst', () => {
  it('takes the block after the headline and places it once at the top', () => {
    const body = new DOMParser().parseFromString(
      `<header><h1>Headline</h1><h2>The dek says what the story is about in one sentence.</h2></header><main>${para(1)}${para(2)}</main>`,
      'text/html',
    ).body;
    const standfirst = captureStandfirst(collectBlocks(body));
    expect(standfirst?.tagName).toBe('P');
    const content = document.createElement('div');
    content.innerHTML = `<div id="readability-page-1" class="page">${para(1)}</div>`;
    expect(placeStandfirst(content, standfirst, content.textContent ?? '')).toBe(true);
    expect(content.querySelector('.page')?.firstElementChild?.textContent).toBe(
      'The dek says what the story is about in one sentence.',
    );
    expect(placeStandfirst(content, standfirst, content.textContent ?? '')).toBe(false);
  });
});
