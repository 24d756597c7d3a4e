// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { parseHtml } from '../support/fixtures';
import { REPO_ROOT } from '../support/shared-dir';

const para = (n: number) =>
  `<p>Paragraph ${n} tells the story at length, with enough words, commas, and clauses to read like an article in a newspaper.</p>`;

const PAGE = `<!doctype html><html lang="en"><head>
  <title>Night trains return to the coast line | Harbour Post</title>
  <meta property="og:type" content="article"><meta property="og:site_name" content="Harbour Post">
  <meta property="article:published_time" content="2026-03-02T06:00:00+00:00"><meta name="author" content="Ann Lee">
  <meta property="og:image" content="/img/lead.jpg">
  <link rel="canonical" href="https://www.harbourpost.example.com/news/night-trains">
</head><body>
  <nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a></nav>
  <article><h1>Night trains return to the coast line</h1>
    <div class="entry-content">${[1, 2, 3, 4, 5].map(para).join('')}
      <p class="ad-label">Advertisement</p>
      <div class="share-buttons"><a href="https://facebook.com/s">Facebook</a><a href="https://x.com/s">X</a></div>
      <h3>Most read</h3><ul><li><a href="/a">Ferry fares rise again</a></li><li><a href="/b">Harbour wall repaired</a></li><li><a href="/c">New bus timetable</a></li></ul>
    </div>
  </article>
</body></html>`;
const URL_WITH_TRACKING = 'https://www.harbourpost.example.com/news/night-trains?utm_source=x&fbclid=abc';

describe('extractArticle', () => {
  it('returns the article, its metadata, the detection and the removed blocks', () => {
    const result = extractArticle(parseHtml(PAGE), URL_WITH_TRACKING);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article, removed, detection } = result;
    expect(article).toMatchObject({
      title: 'Night trains return to the coast line',
      byline: 'Ann Lee',
      siteName: 'Harbour Post',
      publishedTime: '2026-03-02T06:00:00+00:00',
      lang: 'en',
      dir: null,
      leadImageUrl: 'https://www.harbourpost.example.com/img/lead.jpg',
      url: 'https://www.harbourpost.example.com/news/night-trains',
    });
    expect(detection.readerable).toBe(true);
    expect(article.textContent).toContain('newspaper.\n\nParagraph 2');
    expect(article.wordCount).toBe(article.textContent.split(/\s+/).filter((w) => /\w/.test(w)).length);
    expect(article.readingMinutes).toBe(1);
    for (const gone of ['Advertisement', 'Facebook', 'Most read', 'Ferry fares']) {
      expect(article.textContent).not.toContain(gone);
      expect(article.contentHtml).not.toContain(gone);
    }
    expect(removed.map((b) => b.kind).sort()).toEqual(['ad', 'recommendations', 'share']);
    const list = removed.find((b) => b.kind === 'recommendations')!;
    expect(list).toMatchObject({ heading: 'Most read', linkCount: 3 });
    expect(list.html).toContain('Ferry fares rise again');
    expect(list.textLength).toBeGreaterThan(40);
    // html is computed on first read but is a plain string property to JSON and structured clone.
    expect(JSON.parse(JSON.stringify(removed))).toEqual(removed.map((b) => ({ ...b })));
    expect(structuredClone(removed)[0]?.html).toBe(removed[0]?.html);
  });

  it('never changes the document it is given', () => {
    const doc = parseHtml(PAGE);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, URL_WITH_TRACKING);
    extractArticle(doc, URL_WITH_TRACKING, { force: true });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('sanitises the content and resolves its links against the page', () => {
    const doc = parseHtml(
      PAGE.replace(
        para(3),
        `${para(3)}<p>See <a href="/more" onclick="steal()">more</a><script>alert(1)</script><img src="/pic.jpg" onerror="x()"></p>`,
      ),
    );
    const result = extractArticle(doc, URL_WITH_TRACKING);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.contentHtml).not.toMatch(/<script|onclick|onerror/);
    expect(result.article.contentHtml).toContain('href="https://www.harbourpost.example.com/more"');
  });

  it('resolves relative URLs against the page even where <base> is ignored (extension page CSP)', () => {
    // In the extension page, DOMParser documents inherit `base-uri 'none'`: Chromium ignores any
    // <base> and their baseURI is the extension page's own URL. jsdom honours <base>, so mimic Chromium.
    const extensionPage = 'chrome-extension://abcdefghijklmnop/reader.html';
    const baseURI = vi.spyOn(Document.prototype, 'baseURI', 'get').mockReturnValue(extensionPage);
    const documentURI = vi.spyOn(Document.prototype, 'documentURI', 'get').mockReturnValue(extensionPage);
    try {
      const doc = parseHtml(
        PAGE.replace(
          para(3),
          `${para(3)}<p><a href="/more">more</a> <a href="#n1">note</a><img src="/pic.jpg" alt="P"></p>`,
        ),
      );
      const result = extractArticle(doc, URL_WITH_TRACKING);
      if (!result.ok) throw new Error(result.message);
      expect(result.article.contentHtml).toContain('href="https://www.harbourpost.example.com/more"');
      expect(result.article.contentHtml).toContain('src="https://www.harbourpost.example.com/pic.jpg"');
      expect(result.article.contentHtml).toContain('href="#user-content-n1"');
      expect(result.article.contentHtml).not.toContain('chrome-extension:');
    } finally {
      baseURI.mockRestore();
      documentURI.mockRestore();
    }
  });

  it('refuses a page that is not an article unless forced', () => {
    const home = parseHtml(
      `<body>${Array.from({ length: 10 }, (_, i) => `<article><h2><a href="/s${i}">Story ${i} headline</a></h2><p>Teaser ${i}.</p></article>`).join('')}</body>`,
    );
    const refused = extractArticle(home, 'https://www.harbourpost.example.com/');
    expect(refused).toMatchObject({ ok: false, reason: 'not-readerable' });
    if (!refused.ok) {
      expect(refused.message).toMatch(/does not look like an article/);
      expect(refused.detection.reasons.length).toBeGreaterThan(0);
    }
    const forced = extractArticle(home, 'https://www.harbourpost.example.com/', { force: true });
    expect(forced.ok || forced.reason !== 'error').toBe(true);
  });

  it('counts CJK reading time by characters', () => {
    const zh = `<html lang="zh-CN"><head><meta property="og:type" content="article"></head><body><article>${Array.from(
      { length: 8 },
      () => `<p>${'城市更新不仅是拆旧建新，更是让老街区重新焕发活力的长期工程。'.repeat(6)}</p>`,
    ).join('')}</article></body></html>`;
    const result = extractArticle(parseHtml(zh), 'https://news.example.cn/a.htm');
    if (!result.ok) throw new Error(result.message);
    expect(result.article.wordCount).toBe(28 * 6 * 8);
    expect(result.article.readingMinutes).toBe(Math.round(result.article.wordCount / 500));
  });

  it('gives the same result for a DOMParser document (no defaultView) and a jsdom window document', () => {
    const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
      JSDOM: new (html: string, o: { url: string }) => { window: Window };
    };
    const windowDoc = new JSDOM(PAGE, { url: URL_WITH_TRACKING }).window.document;
    const parsed = parseHtml(PAGE);
    expect(parsed.defaultView).toBeNull();
    expect(windowDoc.defaultView).not.toBeNull();
    expect(extractArticle(parsed, URL_WITH_TRACKING)).toEqual(extractArticle(windowDoc, URL_WITH_TRACKING));
  });

  it('uses no browser.* API and no globals beyond the given document', () => {
    const dir = path.join(REPO_ROOT, 'utils/extract');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const code = readFileSync(path.join(dir, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/\b(?:browser|chrome|window|document|globalThis|navigator|localStorage)\s*\./);
      expect(code, file).not.toMatch(/\bnew DOMParser\b|\bperformance\.now\b/);
    }
  });
});
