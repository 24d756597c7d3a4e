// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { NAMED_PROPS_PREFIX, type SanitizeOptions, sanitizeHtml, sanitizeToFragment } from '.';

const baseUrl = 'https://news.example/2026/11/story.html';
const options: SanitizeOptions = { baseUrl };

/** Sanitise, then look at the result as a DOM (never by string matching). */
function sanitizeToDom(html: string, opts: SanitizeOptions = options): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = sanitizeHtml(html, opts);
  return template.content;
}

function parseInertText(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.textContent ?? '';
}

function only(fragment: ParentNode, selector: string): Element {
  const found = fragment.querySelectorAll(selector);
  expect(found, selector).toHaveLength(1);
  return found[0]!;
}

function attributes(element: Element): Record<string, string> {
  return Object.fromEntries(Array.from(element.attributes, (attr) => [attr.name, attr.value]));
}

describe('URLs', () => {
  it('resolves relative href, src, poster and cite against the base URL', () => {
    const dom = sanitizeToDom(
      '<a href="../10/older.html">a</a><img src="/img/a.jpg" alt="A"><video src="clip.mp4" poster="p.jpg"></video>' +
        '<q cite="?source=1">q</q>',
    );
    expect(only(dom, 'a').getAttribute('href')).toBe('https://news.example/2026/10/older.html');
    expect(only(dom, 'img').getAttribute('src')).toBe('https://news.example/img/a.jpg');
    expect(only(dom, 'video').getAttribute('src')).toBe('https://news.example/2026/11/clip.mp4');
    expect(only(dom, 'video').getAttribute('poster')).toBe('https://news.example/2026/11/p.jpg');
    expect(only(dom, 'q').getAttribute('cite')).toBe('https://news.example/2026/11/story.html?source=1');
  });

  it('uses the base of each call, not of an earlier one', () => {
    sanitizeHtml('<a href="x">x</a>', { baseUrl: 'https://first.example/' });
    const dom = sanitizeToDom('<a href="x">x</a>', { baseUrl: 'https://second.example/dir/' });
    expect(only(dom, 'a').getAttribute('href')).toBe('https://second.example/dir/x');
  });

  it('drops relative URLs when the base is not a usable URL', () => {
    const dom = sanitizeToDom('<a href="/x">x</a><img src="y.png">', { baseUrl: 'about:blank' });
    expect(only(dom, 'a').hasAttribute('href')).toBe(false);
    expect(only(dom, 'img').hasAttribute('src')).toBe(false);
  });

  it('resolves every srcset candidate and drops the bad ones', () => {
    const dom = sanitizeToDom(
      '<picture><source srcset="wide.webp 1200w, javascript:alert(1) 800w, /narrow.webp 600w" type="image/webp">' +
        '<img src="a.jpg" srcset="a.jpg 1x, data:image/svg+xml,x 2x, data:image/png;base64,iVBORw0KGgo= 3x"></picture>',
    );
    expect(only(dom, 'source').getAttribute('srcset')).toBe(
      'https://news.example/2026/11/wide.webp 1200w, https://news.example/narrow.webp 600w',
    );
    expect(only(dom, 'img').getAttribute('srcset')).toBe(
      'https://news.example/2026/11/a.jpg 1x, data:image/png;base64,iVBORw0KGgo= 3x',
    );
  });

  it('drops a srcset with nothing left', () => {
    expect(
      only(sanitizeToDom('<img srcset="javascript:alert(1) 1x, vbscript:x 2x">'), 'img').hasAttribute('srcset'),
    ).toBe(false);
  });

  it('removes URL attributes from elements that have no use for them', () => {
    const dom = sanitizeToDom('<div href="https://a.example/" src="https://a.example/x.png">d</div>');
    expect(attributes(only(dom, 'div'))).toEqual({});
  });
});

describe('links', () => {
  it('opens web and mail links outside the reader, without opener or referrer', () => {
    const dom = sanitizeToDom(
      '<a href="https://other.example/" target="_self" rel="opener">o</a><a href="mailto:x@y.example">m</a>',
    );
    for (const link of Array.from(dom.querySelectorAll('a'))) {
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('target')).toBe('_blank');
    }
  });

  it('keeps fragment links in the page, pointing at the renamed ids', () => {
    const dom = sanitizeToDom('<a href="#notes">n</a><h2 id="notes">Notes</h2><a name="old">a</a>');
    const link = only(dom, 'a[href]');
    expect(attributes(link)).toEqual({ href: `#${NAMED_PROPS_PREFIX}notes` });
    expect(dom.querySelector(link.getAttribute('href')!)?.textContent).toBe('Notes');
    expect(only(dom, 'a[name]').getAttribute('name')).toBe(`${NAMED_PROPS_PREFIX}old`);
  });

  it('keeps id references of tables and ARIA in step with the renamed ids', () => {
    const dom = sanitizeToDom(
      '<table><tr><th id="h">H</th></tr><tr><td headers="h">1</td></tr></table><p aria-describedby="h x">p</p>',
    );
    expect(only(dom, 'td').getAttribute('headers')).toBe(`${NAMED_PROPS_PREFIX}h`);
    expect(only(dom, 'p').getAttribute('aria-describedby')).toBe(`${NAMED_PROPS_PREFIX}h ${NAMED_PROPS_PREFIX}x`);
  });
});

describe('images and media', () => {
  it('loads images lazily, asynchronously and without a referrer', () => {
    const img = only(
      sanitizeToDom('<img src="a.jpg" loading="eager" decoding="sync" alt="A" width="640" height="480">'),
      'img',
    );
    expect(attributes(img)).toEqual({
      src: 'https://news.example/2026/11/a.jpg',
      alt: 'A',
      width: '640',
      height: '480',
      referrerpolicy: 'no-referrer',
      loading: 'lazy',
      decoding: 'async',
    });
  });

  it('gives video and audio controls, no autoplay and no preloading', () => {
    const dom = sanitizeToDom(
      '<video src="v.mp4" autoplay muted loop><track kind="captions" src="c.vtt" default></video>' +
        '<audio src="a.mp3" autoplay preload="auto"></audio>',
    );
    // A default track is fetched as soon as the player exists; without it, only when captions are turned on.
    expect(only(dom, 'track').hasAttribute('default')).toBe(false);
    expect(only(dom, 'track').getAttribute('src')).toBe('https://news.example/2026/11/c.vtt');
    for (const media of [only(dom, 'video'), only(dom, 'audio')]) {
      expect(media.hasAttribute('autoplay')).toBe(false);
      expect(media.hasAttribute('controls')).toBe(true);
      expect(media.getAttribute('preload')).toBe('none');
      expect(media.getAttribute('referrerpolicy')).toBe('no-referrer');
    }
  });

  const picture =
    '<picture><source srcset="big.webp 2x"><img src="a.jpg" srcset="a2.jpg 2x" alt="A"></picture>' +
    '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="inline">' +
    '<video src="v.mp4" poster="p.jpg"></video><video poster="data:image/png;base64,iVBORw0KGgo="></video>';

  it("'always' keeps remote sources", () => {
    const dom = sanitizeToDom(picture, { baseUrl, images: 'always' });
    expect(only(dom, 'source').getAttribute('srcset')).toBe('https://news.example/2026/11/big.webp 2x');
    expect(only(dom, 'img[alt="A"]').getAttribute('src')).toBe('https://news.example/2026/11/a.jpg');
    expect(only(dom, 'img[alt="A"]').getAttribute('srcset')).toBe('https://news.example/2026/11/a2.jpg 2x');
    expect(only(dom, 'video[src]').getAttribute('poster')).toBe('https://news.example/2026/11/p.jpg');
    expect(dom.querySelectorAll('[data-rs-src], [data-rs-srcset], [data-rs-poster]')).toHaveLength(0);
  });

  it.each(['on-click', 'never'] as const)(
    "'%s' moves remote sources where nothing fetches them, keeps data: images",
    (images) => {
      const dom = sanitizeToDom(picture, { baseUrl, images });
      expect(dom.querySelectorAll('[src^="http"], [srcset*="http"], [poster^="http"]')).toHaveLength(0);
      expect(only(dom, 'img[alt="A"]').getAttribute('data-rs-src')).toBe('https://news.example/2026/11/a.jpg');
      expect(only(dom, 'img[alt="A"]').getAttribute('data-rs-srcset')).toBe('https://news.example/2026/11/a2.jpg 2x');
      expect(only(dom, 'source').getAttribute('data-rs-srcset')).toBe('https://news.example/2026/11/big.webp 2x');
      expect(only(dom, 'video[data-rs-src]').getAttribute('data-rs-src')).toBe('https://news.example/2026/11/v.mp4');
      expect(only(dom, 'video[data-rs-src]').getAttribute('data-rs-poster')).toBe('https://news.example/2026/11/p.jpg');
      expect(only(dom, 'img[alt="inline"]').getAttribute('src')).toMatch(/^data:image\/gif;base64,/);
      expect(only(dom, 'video[poster]').getAttribute('poster')).toMatch(/^data:image\/png;base64,/);
    },
  );

  it("re-sanitising deferred content under 'always' loads it again (stored content, setting changed)", () => {
    const deferred = sanitizeHtml(picture, { baseUrl, images: 'on-click' });
    expect(sanitizeHtml(deferred, { baseUrl, images: 'always' })).toBe(
      sanitizeHtml(picture, { baseUrl, images: 'always' }),
    );
  });

  it('treats an unknown image policy as never loading anything', () => {
    const images = 'sometimes' as SanitizeOptions['images'];
    const dom = sanitizeToDom('<img src="https://a.example/x.png">', { baseUrl, images });
    expect(only(dom, 'img').hasAttribute('src')).toBe(false);
    expect(only(dom, 'img').getAttribute('data-rs-src')).toBe('https://a.example/x.png');
  });

  it('accepts our deferred attributes from stored content only where they belong, and only with safe URLs', () => {
    const dom = sanitizeToDom(
      '<img data-rs-src="javascript:alert(1)" alt="bad"><div data-rs-src="https://a.example/x.png" data-x="1">d</div>' +
        '<img data-rs-src="https://a.example/y.png" alt="good">',
      { baseUrl, images: 'on-click' },
    );
    expect(attributes(only(dom, 'img[alt="bad"]'))).not.toHaveProperty('data-rs-src');
    expect(attributes(only(dom, 'div'))).toEqual({});
    expect(only(dom, 'img[alt="good"]').getAttribute('data-rs-src')).toBe('https://a.example/y.png');
  });
});

describe('article markup', () => {
  const article = `
    <article lang="en" dir="ltr">
      <h2>Heading</h2><h3>Sub</h3><p>Text with <em>em</em>, <strong>strong</strong>, <sup>1</sup>, <sub>2</sub>,
      <abbr title="World Health Organization">WHO</abbr>, <mark>marked</mark> and <time datetime="2026-11-30">today</time>.</p>
      <ul><li>one</li><li>two<ol><li>nested</li></ol></li></ul><dl><dt>term</dt><dd>definition</dd></dl>
      <table><caption>Results</caption><colgroup><col span="2"></colgroup>
        <thead><tr><th scope="col">A</th><th>B</th></tr></thead>
        <tbody><tr><td colspan="2" rowspan="1">wide</td></tr></tbody><tfoot><tr><td>f</td><td>g</td></tr></tfoot></table>
      <figure><img src="chart.png" alt="Chart" width="800" height="600"><figcaption>The chart</figcaption></figure>
      <pre><code class="language-js">if (a &lt; b) { return "&amp;"; }</code></pre>
      <blockquote cite="https://source.example/"><p>Quoted</p><cite>Someone</cite></blockquote><q>short quote</q>
      <details><summary>More</summary><p>Hidden</p></details><br><hr>
      <video controls poster="poster.jpg"><source src="clip.webm" type="video/webm"></video><audio controls src="a.mp3"></audio>
    </article>`;

  it('keeps the elements and attributes of real articles', () => {
    const dom = sanitizeToDom(article);
    const kept = new Set(Array.from(dom.querySelectorAll('*'), (element) => element.localName));
    for (const tag of 'article h2 h3 p em strong sup sub abbr mark time ul ol li dl dt dd table caption colgroup col thead tbody tfoot tr th td figure img figcaption pre code blockquote cite q details summary br hr video source audio'.split(
      ' ',
    )) {
      expect(kept, tag).toContain(tag);
    }
    expect(only(dom, 'td[colspan]').getAttribute('colspan')).toBe('2');
    expect(only(dom, 'td[colspan]').getAttribute('rowspan')).toBe('1');
    expect(only(dom, 'col').getAttribute('span')).toBe('2');
    expect(only(dom, 'time').getAttribute('datetime')).toBe('2026-11-30');
    expect(only(dom, 'abbr').getAttribute('title')).toBe('World Health Organization');
    expect(only(dom, 'code').getAttribute('class')).toBe('language-js');
    expect(only(dom, 'code').textContent).toBe('if (a < b) { return "&"; }');
    expect(only(dom, 'article').getAttribute('lang')).toBe('en');
    expect(only(dom, 'article').getAttribute('dir')).toBe('ltr');
  });

  it("drops the reader's own class names, so article markup cannot dress up as the reader's UI", () => {
    const dom = sanitizeToDom('<div class="rs-dialog-backdrop RS-appbar note">a</div><p class="rs-button">b</p>');
    expect(only(dom, 'div').getAttribute('class')).toBe('note');
    expect(only(dom, 'p').hasAttribute('class')).toBe(false);
  });

  it('drops lang and dir values outside the allow-list', () => {
    const dom = sanitizeToDom('<p lang="en&quot; onclick=&quot;x" dir="sideways">p</p><p lang="de-CH" dir="RTL">q</p>');
    const [bad, good] = Array.from(dom.querySelectorAll('p'));
    expect(attributes(bad!)).toEqual({});
    expect(attributes(good!)).toEqual({ lang: 'de-CH', dir: 'rtl' });
  });

  it.each([
    ['<p><applet><p>nested</p></applet></p>', 'nested'],
    ['<table><form><tr><td>cell</td></tr></form>stray text</table>', 'cell'],
    ['<a href="/a">outer<object><a href="/b">inner</a></object></a>', 'inner'],
    ['<ul><li>one<dialog><li>two</li></dialog></li></ul>', 'two'],
  ])('reaches a fixed point when removing an element leaves a tree the parser would not build: %s', (html, text) => {
    const once = sanitizeHtml(html, options);
    expect(sanitizeHtml(once, options)).toBe(once);
    expect(parseInertText(once)).toContain(text);
  });

  it('reaches a fixed point for a node tree no parser would build (Readability turns divs into p around headings)', () => {
    const page = document.createElement('div');
    const p = page.appendChild(document.createElement('p'));
    p.append(document.createElement('h2'), document.createElement('p'));
    p.firstElementChild!.textContent = 'Contents';
    p.lastElementChild!.textContent = 'inner';
    const once = sanitizeHtml(page, options);
    expect(once).not.toBe(page.outerHTML);
    expect(sanitizeHtml(once, options)).toBe(once);
    expect(parseInertText(once)).toContain('Contents');
  });

  it('neutralises `is` where it stands, so a renamed `name` cannot swap places with it on a second pass', () => {
    const once = sanitizeHtml('<p><p name="javascript:alert(1)" is="javascript:alert(1)">x</p>', options);
    expect(once).toContain('is=""');
    expect(once).toContain('name="user-content-javascript:alert(1)"');
    expect(once).not.toContain('is="javascript');
    expect(sanitizeHtml(once, options)).toBe(once);
  });

  it.each(['always', 'on-click', 'never'] as const)("is idempotent under '%s'", (images) => {
    const once = sanitizeHtml(article, { baseUrl, images });
    expect(sanitizeHtml(once, { baseUrl, images })).toBe(once);
  });
});

describe('the API', () => {
  it('returns the same markup as a fragment, to insert as is', () => {
    const html = '<p>a <a href="/b">b</a></p><img src="c.png">';
    const fragment = sanitizeToFragment(html, options);
    expect(fragment.nodeType).toBe(Node.DOCUMENT_FRAGMENT_NODE);
    const holder = document.createElement('div');
    holder.append(fragment);
    expect(holder.innerHTML).toBe(sanitizeHtml(html, options));
  });

  it('returns an empty result, never null, for empty and body-less input', () => {
    expect(sanitizeHtml('', options)).toBe('');
    for (const input of ['', '<frameset><frame src="javascript:alert(1)"></frameset>']) {
      const fragment = sanitizeToFragment(input, options);
      expect(fragment.nodeType).toBe(Node.DOCUMENT_FRAGMENT_NODE);
      expect(fragment.querySelectorAll('frame, frameset')).toHaveLength(0);
    }
  });

  it('sanitises DOM nodes, including ones from a window-less DOMParser document', () => {
    const doc = new DOMParser().parseFromString('<p id="x"><a href="/y" onclick="alert(1)">y</a></p>', 'text/html');
    expect(doc.defaultView).toBeNull();
    expect(sanitizeHtml(doc.body.firstElementChild!, options)).toBe(
      `<p id="${NAMED_PROPS_PREFIX}x"><a href="https://news.example/y" rel="noopener noreferrer" target="_blank">y</a></p>`,
    );
  });

  it('binds to the window it is given, with the same policy', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const other = frame.contentWindow as Window & typeof globalThis;
    expect(other).not.toBe(window);
    const html = '<a href="/y" onclick="alert(1)">y</a><img src="javascript:alert(1)">';
    expect(sanitizeHtml(html, { baseUrl, window: other })).toBe(sanitizeHtml(html, options));
    const fragment = sanitizeToFragment(html, { baseUrl, window: other });
    expect(fragment).toBeInstanceOf(other.DocumentFragment);
    expect(fragment).not.toBeInstanceOf(DocumentFragment);
    frame.remove();
  });
});
