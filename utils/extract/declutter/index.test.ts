// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { declutterDocument, takeMarkers } from '.';

const para = (n: number) =>
  `<p>Paragraph ${n} of the story goes on for a while, with enough words to count as running text in any reader.</p>`;
const story = [1, 2, 3, 4, 5, 6].map(para).join('');
const links = (prefix: string, n: number, extra = '') =>
  Array.from(
    { length: n },
    (_, i) => `<li><a href="/${prefix}-${i}">${prefix} headline number ${i}</a>${extra}</li>`,
  ).join('');

function run(bodyMarkup: string, url = 'https://news.example.com/2026/story') {
  const doc = new DOMParser().parseFromString(`<html><body>${bodyMarkup}</body></html>`, 'text/html');
  const result = declutterDocument(doc, url);
  return { doc, text: doc.body.textContent ?? '', ...result };
}

describe('declutterDocument', () => {
  it('cuts a block whose heading appears twice on the page, even in unknown words', () => {
    const list = `<section class="box"><h3>Editors at work</h3><ul>${links('a', 4)}</ul></section>`;
    const { cut, text } = run(`<article>${story}${list}</article><aside>${list.replace(/a-/g, 'b-')}</aside>`);
    expect(cut.filter((c) => c.kind === 'repeated')).toHaveLength(2);
    expect(text).not.toContain('Editors at work');
    expect(text).toContain('Paragraph 6');
  });

  it('cuts the "Enlarge this image" button of a picture but keeps the picture', () => {
    const picture =
      '<div class="imagewrap"><img src="/furnace.jpg" alt="A furnace"><div class="enlarge_measure">' +
      '<button class="enlargebtn"><b class="icn-enlarge">Enlarge this image</b></button></div></div>';
    const { doc, text } = run(`<article>${para(1)}${picture}${story}</article>`);
    expect(text).not.toContain('Enlarge this image');
    expect(doc.querySelector('img[src="/furnace.jpg"]')).not.toBeNull();
  });

  it('cuts two blocks with the same link set under different headings', () => {
    const { cut } = run(
      `<article>${story}<div class="x"><h4>Picked for you</h4><ul>${links('s', 5)}</ul></div></article><div class="y"><h4>Worth a look</h4><ul>${links('s', 5)}</ul></div>`,
    );
    expect(cut.map((c) => c.kind)).toEqual(['repeated', 'repeated']);
    expect(cut.map((c) => c.heading)).toEqual(['Picked for you', 'Worth a look']);
  });

  it.each(['Popular Now', 'Les plus lus', 'Meistgelesen', 'Lo más leído', 'Mais lidas', 'You May Also Like'])(
    'cuts a list of stories headed "%s", with its heading',
    (heading) => {
      const { cut, text } = run(`<article>${story}<h2>${heading}</h2><ul>${links('p', 3)}</ul></article>`);
      expect(cut).toHaveLength(1);
      expect(cut[0]).toMatchObject({ kind: 'recommendations', heading, linkCount: 3 });
      expect(text).not.toContain(heading);
      expect(text).not.toContain('headline number');
    },
  );

  it('cuts a heading-less grid of teaser cards with thumbnails', () => {
    const cards = Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="c${i}"><a href="/news/${i}"><img src="/t${i}.jpg"></a><span>CULTURE</span><a href="/news/${i}">Card headline ${i}</a></div>`,
    ).join('');
    const { cut, text } = run(`<article>${story}<div class="k9x">${cards}</div></article>`);
    expect(cut.map((c) => c.kind)).toEqual(['recommendations']);
    expect(text).not.toContain('Card headline');
  });

  it('cuts furniture inside the article container', () => {
    const { cut, text } = run(`<article><div class="entry-content">${story}
      <div class="share-buttons"><span>Share it on...</span><a href="https://facebook.com/x">f</a><a href="https://x.com/y">x</a></div>
      <p class="label">ADVERTISEMENT</p>
      <div class="comment-count"><span>Comments</span><span>0</span></div>
      <div class="box"><strong>Ann Lee</strong> <a href="mailto:ann@example.com">ann@example.com</a></div>
      <form class="nl"><h3>Get the newsletter</h3><input type="email"><button>Go</button></form>
      <nav class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a></nav>
      <div class="post-tags"><a href="/tag/a">alpha</a><a href="/tag/b">beta</a><a href="/tag/c">gamma</a></div>
    </div></article>`);
    expect(cut.map((c) => c.kind).sort()).toEqual(
      ['ad', 'author-box', 'breadcrumbs', 'comments', 'newsletter', 'share', 'tags'].sort(),
    );
    for (const gone of [
      'Share it on',
      'ADVERTISEMENT',
      'Comments0',
      'ann@example.com',
      'newsletter',
      'Home',
      'alpha',
    ]) {
      expect(text).not.toContain(gone);
    }
    expect(text).toContain('Paragraph 1');
  });

  it('keeps real content: lists, source links, tables, figures, code, quotes and embeds', () => {
    const kept = `<article>${story}
      <ul><li>First point of the argument</li><li>Second point</li><li>Third point</li></ul>
      <h3>Sources</h3><ul>${['a', 'b', 'c', 'd'].map((x) => `<li><a href="https://other-${x}.example.org/report">Report ${x} from the agency</a></li>`).join('')}</ul>
      <table><tr><th>Year</th><th>Leaks</th></tr><tr><td>2024</td><td>120</td></tr></table>
      <figure><img src="/p.jpg"><figcaption>A caption that stays</figcaption></figure>
      <pre><code>const x = 1;</code></pre>
      <blockquote class="twitter-tweet"><p>An embedded post</p><a href="https://x.com/a/status/1">March 1</a></blockquote>
    </article>`;
    const { cut, text } = run(kept);
    expect(cut).toEqual([]);
    for (const piece of [
      'First point',
      'Report d from the agency',
      'Leaks',
      'A caption that stays',
      'const x = 1',
      'An embedded post',
    ]) {
      expect(text).toContain(piece);
    }
  });

  it('never cuts the article body, whatever its class says', () => {
    const { cut, text } = run(`<div class="comments-enabled share-wrapper">${story}</div>`);
    expect(cut).toEqual([]);
    expect(text).toContain('Paragraph 3');
  });

  it('leaves a marker where each block was, for takeMarkers', () => {
    const { doc, cut } = run(`<article>${story}<p>Advertisement</p></article>`);
    expect(cut).toHaveLength(1);
    expect(takeMarkers(doc.body)).toEqual(new Set([cut[0]!.id]));
    expect(takeMarkers(doc.body)).toEqual(new Set());
  });

  it('finds the standfirst before the body', () => {
    const { standfirst } = run(
      `<header><h1>Title</h1><p class="entry-subtitle">A standfirst that sums up the story in a sentence or two.</p></header><article>${story}</article>`,
    );
    expect(standfirst?.textContent).toBe('A standfirst that sums up the story in a sentence or two.');
  });
  describe('a "Read more:" label over sibling link paragraphs', () => {
    const item = (n: number) => `<p> <a href="/other-${n}">Another story, number ${n}</a> </p>`;

    it('cuts the label and its run of link paragraphs as one block, empty paragraphs between included', () => {
      const { cut, text } = run(
        `<article>${story}<p><b>Read more:</b></p>${item(1)}<p></p>${item(2)}${item(3)}<p></p></article>`,
      );
      const block = cut.find((c) => c.kind === 'recommendations');
      expect(block).toMatchObject({ heading: 'Read more:', linkCount: 3 });
      expect(block?.nodes.map((n) => n.tagName)).toEqual(['P', 'P', 'P', 'P', 'P']);
      expect(text).not.toContain('Read more');
      expect(text).not.toContain('Another story');
      expect(text).toContain('Paragraph 6');
    });

    it('keeps a label followed by a single link paragraph, or by a sentence that holds a link', () => {
      const single = run(`<article>${story}<p><b>Read more:</b></p>${item(1)}${para(7)}</article>`);
      expect(single.text).toContain('Another story, number 1');
      const sentence = `<p>The council publishes the rules on <a href="/rules">its website</a>, with every deadline and form.</p>`;
      const prose = run(`<article>${story}<p><b>More information:</b></p>${sentence}${item(1)}</article>`);
      expect(prose.text).toContain('More information:');
      expect(prose.text).toContain('its website');
    });

    it('stops the run at the first paragraph that is not a link', () => {
      const { text } = run(`<article>${story}<p>Related:</p>${item(1)}${item(2)}${para(7)}${item(3)}</article>`);
      expect(text).not.toContain('number 1');
      expect(text).not.toContain('number 2');
      expect(text).toContain('Paragraph 7');
      expect(text).toContain('number 3');
    });
  });
});
