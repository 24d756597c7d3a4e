import type { Page } from '@playwright/test';
import { test as base, expect, inertPagesServer } from './extension-fixture';
import { watchForExecution } from './sentinels';
import type { StaticServer } from './static-server';
import { tabIdOf } from './tabs';

/**
 * The real-browser counterpart of tests/unit/xss-metadata.test.ts: page metadata carrying markup
 * (`<title>`, `og:site_name`, JSON-LD author and date, `<html lang dir>`) must come out of the
 * side panel, popup and reader tab as exact text, create no element, run nothing, and leave only
 * allow-listed `lang`/`dir` on the article. Expected strings are read from the page itself.
 */
const SENTINEL = '__rsMetaRan';

const PAYLOAD = {
  title: `Budget night </title><script>${SENTINEL}()</script> and the <img src=x onerror=${SENTINEL}()> affair`,
  siteName: `Harbour "><svg onload=${SENTINEL}()> Post`,
  author: `Ann <img src=x onerror=${SENTINEL}()> Lee`,
  datePublished: `2026-03-02"><svg onload=${SENTINEL}()>`,
  lang: `en"><img src=x onerror=${SENTINEL}()>`,
  dir: 'rtl" onclick="x',
};

/** HTML escaping for text and attribute values (the payloads hold no `&`, which Readability would unescape). */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const filler =
  'The harbour board met on Thursday to hear how the new sea wall would be paid for, and the ' +
  'fishermen who had waited all winter for an answer filled every seat in the old customs hall.';

function page(meta: {
  title: string;
  siteName: string;
  author: string;
  datePublished: string;
  lang: string;
  dir: string;
}) {
  // `<\/` and `\u003c` keep the JSON inside its <script>; JSON.parse gives the payload back exactly.
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    author: { '@type': 'Person', name: meta.author },
    datePublished: meta.datePublished,
  }).replace(/</g, '\\u003c');
  const body = Array.from({ length: 8 }, (_, i) => `<p>Part ${i + 1}. ${filler} ${filler}</p>`).join('\n');
  return `<!doctype html><html lang="${esc(meta.lang)}" dir="${esc(meta.dir)}"><head><meta charset="utf-8">
<link rel="icon" href="data:,">
<title>${esc(meta.title)}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="${esc(meta.siteName)}">
<script type="application/ld+json">${jsonLd}</script>
</head><body><main><article>${body}</article></main></body></html>`;
}

const test = base.extend<{ metaServer: StaticServer }>({
  metaServer: inertPagesServer({
    '/meta/hostile.html': () => page(PAYLOAD),
    // The control: well-formed values do reach the article, so the checks below can tell.
    '/meta/control.html': () =>
      page({
        title: 'Budget night and the harbour wall affair',
        siteName: 'Harbour Post',
        author: 'Ann Lee',
        datePublished: '2026-03-02',
        lang: 'ar-EG',
        dir: 'rtl',
      }),
  }),
});

const plain = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What the reader should show, read from the page's own metadata in Chromium. */
async function expectedFrom(article: Page) {
  return article.evaluate(() => {
    const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    return {
      title: document.title,
      siteName: document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '',
      byline: String(ld.author?.name ?? ''),
      date: String(ld.datePublished ?? ''),
      lang: document.documentElement.getAttribute('lang') ?? '',
      dir: document.documentElement.getAttribute('dir') ?? '',
    };
  });
}

async function header(view: Page) {
  return view.evaluate(() => {
    const head = document.querySelector('header.rs-article-header');
    const article = document.querySelector('article.rs-article');
    const text = (selector: string) => head?.querySelector(selector)?.textContent ?? null;
    return {
      title: text('h1.rs-title'),
      siteName: text('.rs-site'),
      byline: text('.rs-byline'),
      date: head?.querySelector('time')?.getAttribute('datetime') ?? null,
      /** Elements in the header other than the ones the view itself makes. */
      foreign: [...(head?.querySelectorAll('*') ?? [])]
        .map((el) => el.localName)
        .filter((name) => !['p', 'a', 'h1', 'span', 'time'].includes(name)),
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName}[${a.name}]`),
      ),
      articleAttributes: [...(article?.attributes ?? [])].map((a) => a.name).sort(),
      lang: article?.getAttribute('lang') ?? null,
      dir: article?.getAttribute('dir') ?? null,
      documentTitle: document.title,
    };
  });
}

/** The allow-lists of utils/sanitize/lang-dir.ts, restated: a BCP 47-like tag, and the three directions. */
const LANG = /^(?:[a-z]{2,8}|[xi])(?:-[a-z0-9]{1,8})*$/i;
const DIRS = ['ltr', 'rtl', 'auto'];

for (const surface of ['sidepanel', 'popup', 'reader'] as const) {
  test(`${surface}: hostile page metadata is shown as exact text, creates nothing and runs nothing`, async ({
    context,
    metaServer,
    extensionPage,
    extensionUrl,
  }) => {
    const results: Record<
      string,
      { expected: Awaited<ReturnType<typeof expectedFrom>>; shown: Awaited<ReturnType<typeof header>> }
    > = {};
    const view = await context.newPage();
    const hits = await watchForExecution(view, SENTINEL);
    for (const name of ['hostile', 'control']) {
      const article = await context.newPage();
      await article.goto(`${metaServer.origin}/meta/${name}.html`);
      const expected = await expectedFrom(article);
      await view.goto(extensionUrl(`${surface}.html?tab=${await tabIdOf(extensionPage, article.url())}`));
      await expect(view.locator('main')).toHaveAttribute('data-state', 'article');
      results[name] = { expected, shown: await header(view) };
    }
    const { hostile, control } = results as Record<'hostile' | 'control', (typeof results)[string]>;

    // The page really carries the payloads (the HTML parser kept them as text).
    expect(hostile.expected.title).toBe(plain(PAYLOAD.title));
    expect(hostile.expected.lang).toBe(PAYLOAD.lang);

    for (const { expected, shown } of [hostile, control]) {
      expect(shown.title).toBe(plain(expected.title));
      expect(shown.siteName).toBe(plain(expected.siteName));
      expect(shown.byline).toBe(plain(expected.byline));
      expect(shown.foreign).toEqual([]);
      expect(shown.handlers).toEqual([]);
      expect(shown.articleAttributes.filter((a) => !['class', 'lang', 'dir', 'aria-labelledby'].includes(a))).toEqual(
        [],
      );
      if (shown.lang !== null) expect(shown.lang).toMatch(LANG);
      if (shown.dir !== null) expect(DIRS).toContain(shown.dir);
      if (surface === 'reader') expect(shown.documentTitle).toContain(plain(expected.title));
    }
    // A date that does not parse is left out, not shown as text; a real one is shown.
    expect(Number.isNaN(Date.parse(hostile.expected.date))).toBe(true);
    expect(hostile.shown.date).toBeNull();
    expect(control.shown.date).toBe(control.expected.date);
    // Hostile lang/dir are dropped; well-formed ones reach the article.
    expect([hostile.shown.lang, hostile.shown.dir]).toEqual([null, null]);
    expect([control.shown.lang, control.shown.dir]).toEqual([control.expected.lang, control.expected.dir]);
    expect(hits).toEqual([]);
  });
}
