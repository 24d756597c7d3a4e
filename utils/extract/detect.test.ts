// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clobberFormsLikeChromium } from '../../tests/support/clobber';
import { detectArticle } from './detect';
import { DETECTION_SIGNAL_CODES, describeSignal } from './signals';

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const para = (n: number) =>
  `<p>${'This paragraph of running text keeps going, with commas, clauses and ideas, the way prose does. '.repeat(3)}${n}</p>`;

const ARTICLE = `<html><head>
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2026-03-01T08:00:00Z">
  <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"x"}]}</script>
</head><body><nav><a href="/">Home</a></nav><article><h1>Headline</h1>${[1, 2, 3, 4, 5, 6].map(para).join('')}</article></body></html>`;

const HOME = `<html><head><meta property="og:type" content="website"></head><body>${Array.from(
  { length: 12 },
  (_, i) =>
    `<article class="card"><h2><a href="/story-${i}">Headline number ${i} about the news of the day</a></h2><p>A teaser line for story ${i}.</p></article>`,
).join('')}</body></html>`;

describe('detectArticle', () => {
  it('says an article is readerable, with reasons for each signal', () => {
    const d = detectArticle(parse(ARTICLE), 'https://news.example.com/2026/03/01/headline');
    expect(d.readerable).toBe(true);
    expect(d.score).toBeGreaterThan(0.8);
    const codes = d.signals.map((s) => s.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'readability_check_passed',
        'structured_data_article',
        'og_type_article',
        'published_time',
        'article_element',
        'running_text',
      ]),
    );
    expect(d.reasons).toEqual(d.signals.map(describeSignal));
    expect(d.signals.find((s) => s.code === 'structured_data_article')?.value).toBe('NewsArticle');
  });

  it('says a home page of teasers is not readerable', () => {
    const d = detectArticle(parse(HOME), 'https://news.example.com/');
    expect(d.readerable).toBe(false);
    expect(d.score).toBeLessThan(0.5);
    expect(d.signals.map((s) => s.code)).toEqual(
      expect.arrayContaining(['home_page_url', 'many_article_elements', 'little_running_text']),
    );
  });

  it('says search results and web apps are not readerable', () => {
    const results = parse(
      `<body><form><input name="q"></form><ol>${'<li><a href="/r">A result title that is a link</a> <span>snippet</span></li>'.repeat(20)}</ol></body>`,
    );
    expect(detectArticle(results, 'https://example.com/search?q=tea').readerable).toBe(false);
    const app = parse(
      `<body><div id="root" role="application">${'<button>Action</button>'.repeat(20)}<noscript>You need to enable JavaScript to run this app.</noscript></div></body>`,
    );
    const d = detectArticle(app, 'https://app.example.com/dashboard');
    expect(d.readerable).toBe(false);
    expect(d.signals.some((s) => s.code === 'web_app')).toBe(true);
  });

  it('counts text split by <br> in a <div> as running text (older blogs)', () => {
    const lines = Array.from(
      { length: 8 },
      (_, i) => `Line ${i} of a long post that goes on and on about the garden and the weather.`,
    );
    const blog = parse(`<body><div class="post-body"><div>${lines.join('<br><br>')}</div></div></body>`);
    const d = detectArticle(blog, 'https://someone.example.org/2009/05/garden.html');
    expect(d.signals.map((s) => s.code)).toContain('running_text');
    expect(d.readerable).toBe(true);
  });

  it('refuses empty, frameset and body-less documents with a single hard signal', () => {
    expect(detectArticle(parse(''), 'about:blank').signals.map((s) => s.code)).toEqual(['empty_page']);
    const frames = parse('<frameset><frame src="a.html"></frameset>');
    expect(detectArticle(frames, 'https://example.com/').signals.map((s) => s.code)).toEqual(['frameset']);
    const bodiless = parse('<p>x</p>');
    bodiless.documentElement.removeChild(bodiless.body);
    const d = detectArticle(bodiless, 'https://example.com/');
    expect(d).toMatchObject({ readerable: false, score: 0 });
    expect(d.signals.map((s) => s.code)).toEqual(['no_body']);
  });

  it('emits only codes it declares', () => {
    for (const markup of [ARTICLE, HOME, '', '<frameset></frameset>']) {
      for (const s of detectArticle(parse(markup), 'https://example.com/x').signals) {
        expect(DETECTION_SIGNAL_CODES).toContain(s.code);
      }
    }
  });

  it('reads the document without changing it', () => {
    const doc = parse(ARTICLE);
    const before = doc.documentElement.outerHTML;
    detectArticle(doc, 'https://news.example.com/a');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('finishes on a live page whose forms clobber the DOM getters it walks by (Chromium)', () => {
    // A search form whose controls shadow the form's own tree getters: a walk reading
    // `form.parentNode` went from the input back to the form for ever.
    const hostile = ARTICLE.replace(
      '<nav>',
      '<form id="s"><input name="parentNode"><input name="nextSibling"><input name="firstChild">' +
        '<input name="firstElementChild"><input name="nextElementSibling"></form><nav>',
    );
    const url = 'https://news.example.com/2026/03/01/headline';
    const expected = detectArticle(parse(hostile), url);
    const doc = parse(hostile);
    const clobbered = clobberFormsLikeChromium(doc);
    expect(detectArticle(doc, url)).toEqual(expected);
    expect(expected.readerable).toBe(true);
    expect(clobbered.reads).toBe(0);
  });
});
