import type { BrowserContext, Page } from '@playwright/test';
import { test as base, expect, inertPagesServer } from './extension-fixture';
import { recordRequests, recordSidePanel, type SeenRequest } from './network-log';
import { PopupPage } from './pages/surfaces';
import { waitForPanelState } from './side-panel-probe';
import type { StaticServer } from './static-server';
import { openArticleTab } from './tabs';

/**
 * What the extension fetches while the reader is used to the full: every request of the service
 * worker and of every extension page (and, through CDP, of the real side panel) must be one of the
 * extension's own files or one of the article's own images — under the image setting, and media
 * only once played — and nothing else (no analytics, fonts, remote code, link prefetch), sent
 * without a Referer. The server's own log is checked too: it sees what Chromium really sent.
 *
 * The article page is inert (`INERT_PAGE_HEADERS`): it loads nothing itself, so every image or
 * media request the server sees came from the extension.
 */
type Mode = 'always' | 'on-click' | 'never';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const PLACEHOLDER = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const ARTICLE = '/privacy/article.html';
/** Images of the article body, and of the removed "related" block (shown again by the test). */
const BODY_IMAGES = ['Plain figure', 'Srcset figure', 'Picture figure', 'Lazy figure', 'Native lazy figure'];
const REMOVED_IMAGES = ['Related one', 'Related two', 'Related three'];
const NEXT = '/privacy/next.html';
const filler =
  'The harbour board met on Thursday to hear how the new sea wall would be paid for, and the ' +
  'fishermen who had waited all winter for an answer filled every seat in the old customs hall.';
const para = (n: number) => `<p>Part ${n}. ${filler} ${filler}</p>`;

/** Images by alt text, so a "Load image: <alt>" button names its image. */
const articleHtml = () => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,">
<title>How the harbour wall was paid for</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Harbour Post">
<meta property="og:image" content="/img/lead.png">
</head><body><main><article><h1>How the harbour wall was paid for</h1>
${para(1)}
<figure><img src="/img/plain.png" alt="Plain figure" width="600" height="400"><figcaption>The wall.</figcaption></figure>
${para(2)}
<p>See <a href="${NEXT}">the next part</a> and <a href="https://third-party.example/share">a third party</a>.</p>
<figure><img src="/img/srcset-1x.png" srcset="/img/srcset-1x.png 1x, /img/srcset-2x.png 2x" alt="Srcset figure" width="600" height="400"></figure>
${para(3)}
<figure><picture><source srcset="/img/picture.png" type="image/png"><img src="/img/picture-fallback.png" alt="Picture figure" width="600" height="400"></picture></figure>
${para(4)}
<figure><img src="${PLACEHOLDER}" data-src="/img/lazy.png" data-srcset="/img/lazy-1x.png 1x, /img/lazy-2x.png 2x" class="lazyload" alt="Lazy figure" width="600" height="400"></figure>
${para(5)}
<figure><img src="/img/native-lazy.png" loading="lazy" alt="Native lazy figure" width="600" height="400"></figure>
${para(6)}
<video src="/media/clip.webm" poster="/img/poster.png" autoplay preload="auto" width="640" height="360"><track kind="captions" src="/media/clip.vtt" default></video>
${para(7)}
<audio autoplay preload="auto"><source src="/media/sound.mp3" type="audio/mpeg"></audio>
${para(8)}
<div class="related-posts"><h3>You may also like</h3><ul>
<li><a href="/r1"><img src="/img/related-1.png" alt="Related one">The ferry timetable</a></li>
<li><a href="/r2"><img src="/img/related-2.png" alt="Related two">The lighthouse keepers</a></li>
<li><a href="/r3"><img src="/img/related-3.png" alt="Related three">The new fish market</a></li>
</ul></div>
${para(9)}
</article></main></body></html>`;

const nextHtml = () =>
  '<!doctype html><html><head><link rel="icon" href="data:,"><title>Next</title></head><body><p>Next part.</p></body></html>';

/** The article's own image and media URLs, read from the served page in the browser (not hard-coded). */
async function pageResources(article: Page) {
  return article.evaluate(() => {
    const abs = (u: string) => new URL(u, document.baseURI).href;
    const srcset = (v: string | null) => (v ? v.split(',').map((c) => abs(c.trim().split(/\s+/)[0]!)) : []);
    const imageUrls = (img: Element) => [
      ...['src', 'data-src'].map((a) => img.getAttribute(a)).filter((v): v is string => !!v && !v.startsWith('data:')),
      ...srcset(img.getAttribute('srcset')),
      ...srcset(img.getAttribute('data-srcset')),
      ...[...(img.parentElement?.tagName === 'PICTURE' ? img.parentElement.querySelectorAll('source') : [])].flatMap(
        (s) => srcset(s.getAttribute('srcset')),
      ),
    ];
    const byAlt: Record<string, string[]> = {};
    for (const img of document.querySelectorAll('img')) byAlt[img.alt] = imageUrls(img).map(abs);
    const lead = document.querySelector('meta[property="og:image"]')?.getAttribute('content');
    const posters = [...document.querySelectorAll('video[poster]')].map((v) => abs(v.getAttribute('poster')!));
    const media = [...document.querySelectorAll('video[src], audio source, video source, track')].map((m) =>
      abs(m.getAttribute('src')!),
    );
    return { byAlt, lead: lead ? abs(lead) : null, posters, media };
  });
}

const image = () => ({ body: PNG, type: 'image/png' });
const IMAGE_FILES = ['plain', 'srcset-1x', 'srcset-2x', 'picture', 'picture-fallback', 'lazy', 'lazy-1x', 'lazy-2x']
  .concat(['native-lazy', 'poster', 'lead', 'related-1', 'related-2', 'related-3'])
  .map((name) => [`/img/${name}.png`, image]);

const test = base.extend<{ privacyServer: StaticServer }>({
  privacyServer: inertPagesServer({
    [ARTICLE]: articleHtml,
    [NEXT]: nextHtml,
    ...Object.fromEntries(IMAGE_FILES),
    '/media/clip.webm': () => ({ body: 'not really a video', type: 'video/webm' }),
    '/media/clip.vtt': () => ({ body: 'WEBVTT\n', type: 'text/vtt' }),
    '/media/sound.mp3': () => ({ body: 'not really audio', type: 'audio/mpeg' }),
  }),
});

async function openView(context: BrowserContext, url: string): Promise<Page> {
  const view = await context.newPage();
  await view.goto(url);
  await expect(view.locator('main')).toHaveAttribute('data-state', 'article');
  return view;
}

/** Brings every shown image into view (they load lazily) and waits until each has loaded. */
async function loadAllInView(view: Page) {
  for (const img of await view.locator('main img[src]:visible').all()) await img.scrollIntoViewIfNeeded();
  await expect
    .poll(() =>
      view
        .locator('main img')
        .evaluateAll(
          (imgs) =>
            (imgs as HTMLImageElement[]).filter((i) => (i.currentSrc || i.getAttribute('src')) && !i.complete).length,
        ),
    )
    .toBe(0);
}

async function toast(view: Page) {
  await expect(view.locator('.rs-toast')).not.toBeEmpty();
}

const IMAGE_LABELS: Record<Mode, string> = { always: 'Always', 'on-click': 'On click', never: 'Never' };

/** Chooses the image setting in the settings panel of `page` (open or not), then leaves the panel open. */
async function chooseImages(page: Page, mode: Mode) {
  const settings = page.locator('.rs-settings');
  if (!(await settings.isVisible())) await page.getByRole('button', { name: 'Settings' }).click();
  await settings.getByRole('radio', { name: IMAGE_LABELS[mode] }).check();
}

/**
 * Every control of the settings panel, each checked for its effect. The image setting goes through
 * 'never' and 'on click' (which load nothing) back to `mode`, so nothing more permissive is ever on.
 */
async function useSettings(view: Page, mode: Mode) {
  for (const images of ['never', 'on-click', mode] as const) await chooseImages(view, images);
  const settings = view.locator('.rs-settings');
  for (const [name, value] of [
    ['Sans serif', 'sans'],
    ['Monospace', 'mono'],
    ['High legibility', 'legible'],
    ['Serif', 'serif'],
  ] as const) {
    await settings.getByRole('radio', { name, exact: true }).check();
    await expect(view.locator('html')).toHaveAttribute('data-font', value);
  }
  /** What each range changes in the rendered text. */
  const rendered = (what: 'fontSize' | 'lineHeight' | 'width') =>
    view
      .locator('.rs-article-body')
      .evaluate((el, w) => (w === 'width' ? el.getBoundingClientRect().width : getComputedStyle(el)[w]), what);
  for (const [label, what, values] of [
    ['Text size', 'fontSize', ['32', '12', '19']],
    ['Line spacing', 'lineHeight', ['2.2', '1.2', '1.6']],
    ['Line length', 'width', ['100', '40', '68']],
  ] as const) {
    for (const value of values) {
      const before = await rendered(what);
      await settings.getByLabel(label).fill(value);
      await expect.poll(() => rendered(what), `${label} ${value}`).not.toBe(before);
    }
  }
  for (const [name, value] of [
    ['Light', 'light'],
    ['Sepia', 'sepia'],
    ['Dark', 'dark'],
    ['Automatic', 'auto'],
  ] as const) {
    await settings.getByRole('radio', { name }).check();
    await expect(view.locator('html')).toHaveAttribute('data-theme', value);
  }
  await settings.getByRole('radio', { name: 'Popup' }).check();
  await settings.getByRole('radio', { name: 'Side panel' }).check();
  await view.keyboard.press('Escape');
  await expect(settings).toBeHidden();
}

/** Help overlay (button and `?`) and every single-key shortcut; returns the reader tab `o` opened. */
async function useKeysAndHelp(context: BrowserContext, view: Page): Promise<Page> {
  const dialog = view.getByRole('dialog');
  await view.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(dialog).toBeVisible();
  await view.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await view.locator('main').focus();
  await view.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await view.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await view.locator('main').focus();
  for (const key of ['j', 'j', 'k', '+', '-']) await view.keyboard.press(key);
  const html = view.locator('html');
  const themes = new Set<string | null>();
  for (let i = 0; i < 4; i++) {
    const before = await html.getAttribute('data-theme');
    await view.keyboard.press('t');
    await expect(html, 't changes the theme').not.toHaveAttribute('data-theme', before ?? '');
    themes.add(await html.getAttribute('data-theme'));
  }
  expect(themes.size, 't cycles through the four themes').toBe(4);
  await view.keyboard.press('s');
  await toast(view);
  const opened = context.waitForEvent('page');
  await view.keyboard.press('o');
  return opened;
}

async function useToolbar(context: BrowserContext, view: Page): Promise<Page> {
  for (const name of ['Save', 'Share', 'Copy as Markdown']) {
    await view.getByRole('button', { name, exact: true }).click();
    await toast(view);
  }
  // The reading list, with the article just saved in it: it loads only our own files.
  const list = context.waitForEvent('page');
  await view.getByRole('button', { name: 'Reading list', exact: true }).click();
  const library = await list;
  await expect(library.locator('.rs-lib-link')).toHaveCount(1);
  await library.close();
  const opened = context.waitForEvent('page');
  await view.getByRole('button', { name: 'Open in tab' }).click();
  return opened;
}

/** Opens "N blocks removed", shows every block, hides one and shows it again. Returns how many there are. */
async function useRemovedBlocks(view: Page): Promise<number> {
  const summary = view.locator('details.rs-removed summary');
  await expect(summary).toHaveText(/\d+ blocks? removed/);
  await summary.click();
  const removed = view.locator('.rs-removed');
  const count = await removed.getByRole('button', { name: 'Show' }).count();
  for (let i = 0; i < count; i++) await removed.getByRole('button', { name: 'Show' }).first().click();
  await expect(view.locator('.rs-removed-block')).toHaveCount(count);
  await removed.getByRole('button', { name: 'Hide' }).first().click();
  await expect(view.locator('.rs-removed-block')).toHaveCount(count - 1);
  await removed.getByRole('button', { name: 'Show' }).click();
  await expect(view.locator('.rs-removed-block')).toHaveCount(count);
  return count;
}

/** Presses play on each player with the keyboard (Space on the focused element), as a user would. */
async function playAll(view: Page) {
  for (const player of await view.locator('main :is(video, audio)').all()) {
    await player.scrollIntoViewIfNeeded();
    await player.focus();
    await view.keyboard.press('Space');
  }
}

/** Hovers every link in the article (a prefetch would show up as a request). */
async function hoverLinks(view: Page) {
  for (const link of await view.locator('.rs-article a[href]').all()) {
    await link.scrollIntoViewIfNeeded();
    await link.hover();
  }
}

const isImageOrMedia = (r: { headers: Record<string, string | string[] | undefined> }) =>
  ['image', 'video', 'audio', 'track'].includes(String(r.headers['sec-fetch-dest']));

interface Allowed {
  extensionId: string;
  documents: string[];
  images: Set<string>;
  media: Set<string>;
}

/** Requests made by the extension: its service worker and its pages (reader views and tabs). */
const byExtension = (seen: SeenRequest[], extensionId: string) =>
  seen.filter((r) => r.from === 'service-worker' || r.from.startsWith(`chrome-extension://${extensionId}/`));

function disallowed(seen: SeenRequest[], allowed: Allowed): string[] {
  return seen
    .filter(({ url }) => {
      if (url.startsWith(`chrome-extension://${allowed.extensionId}/`)) return false;
      // data: URLs never touch the network.
      if (url.startsWith('data:')) return false;
      return !allowed.documents.includes(url) && !allowed.images.has(url) && !allowed.media.has(url);
    })
    .map((r) => `${r.from} ${r.type} ${r.url}`);
}

async function setUp(context: BrowserContext, extensionPage: Page, server: StaticServer, mode: Mode) {
  // The user's image setting, chosen before any article is shown (the probe page shows none).
  await chooseImages(extensionPage, mode);
  await extensionPage.keyboard.press('Escape');
  const log = recordRequests(context);
  // Prove the observer sees the service worker: its fetch of its own manifest must show up.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const manifest = await worker.evaluate(async () => (await fetch('/manifest.json')).ok);
  expect(manifest).toBe(true);
  await expect
    .poll(() => log.seen.some((r) => r.from === 'service-worker' && r.url.endsWith('/manifest.json')))
    .toBe(true);
  const { page: article, tabId } = await openArticleTab(context, extensionPage, `${server.origin}${ARTICLE}`);
  const resources = await pageResources(article);
  return { log, article, resources, tabId };
}

for (const mode of ['always', 'on-click', 'never'] as const) {
  test(`images "${mode}": every reader control, and the extension fetches only its own files and allowed article images`, async ({
    context,
    extensionId,
    extensionPage,
    extensionUrl,
    privacyServer: server,
  }) => {
    test.setTimeout(120_000);
    const { log, article, resources, tabId } = await setUp(context, extensionPage, server, mode);
    const allImages = new Set([...Object.values(resources.byAlt).flat(), ...resources.posters]);
    if (resources.lead) allImages.add(resources.lead);
    expect(allImages.size, 'the article has images').toBeGreaterThan(10);
    const serverStart = server.requests.length;
    // From here on the article tab itself loads nothing: the page's own (CSP-blocked) loads are done.
    const logStart = log.seen.length;

    const view = await openView(context, extensionUrl(`sidepanel.html?tab=${tabId}`));
    await useSettings(view, mode);
    const keyTab = await useKeysAndHelp(context, view);
    const toolbarTab = await useToolbar(context, view);
    for (const tab of [keyTab, toolbarTab]) {
      await expect(tab.locator('main')).toHaveAttribute('data-state', 'article');
      expect(tab.url()).toMatch(new RegExp(`^chrome-extension://${extensionId}/reader\\.html`));
    }
    const removedCount = await useRemovedBlocks(view);
    expect(removedCount).toBeGreaterThan(0);
    await hoverLinks(view);

    // Images, per the setting.
    /** URLs of each image the user asked for (one element may offer several: src and srcset). */
    const clicked: string[][] = [];
    if (mode === 'on-click') {
      const named = view.getByRole('button', { name: 'Load image: Srcset figure' });
      await named.click();
      clicked.push(resources.byAlt['Srcset figure']!);
      await view.locator('.rs-lead').getByRole('button', { name: 'Load image' }).click();
      clicked.push([resources.lead!]);
      await expect(view.locator('img.rs-lead-image')).toBeVisible();
    }
    if (mode === 'never') {
      await expect(view.locator('.rs-image-blocked').first()).toBeVisible();
      await expect(view.locator('main').getByRole('button', { name: /^Load (image|video|audio)/ })).toHaveCount(0);
    }
    for (const page of [view, keyTab, toolbarTab]) await loadAllInView(page);

    // Media: nothing before play (under 'on-click' not even after "Load video"), then only what was played.
    const mediaRequests = () => server.requests.slice(serverStart).filter((r) => r.url.startsWith('/media/'));
    if (mode === 'on-click') {
      await view.getByRole('button', { name: 'Load video' }).click();
      await view.getByRole('button', { name: 'Load audio' }).click();
      clicked.push(resources.posters);
      await expect(view.locator('main video')).toBeVisible();
    }
    await loadAllInView(view);
    expect(mediaRequests(), 'no media request before play').toEqual([]);
    if (mode === 'never') {
      await expect(view.locator('main :is(video, audio)').first()).toBeHidden();
      await expect(view.locator('.rs-image-blocked', { hasText: 'Video not loaded' })).toBeVisible();
    } else {
      await playAll(view);
      await expect
        .poll(() => new Set(mediaRequests().map((r) => r.url)).size, 'video and audio were fetched on play')
        .toBe(2);
    }

    // A link the user follows opens outside the reader and tells the site nothing about us.
    const followed = context.waitForEvent('page');
    await view.getByRole('link', { name: 'the next part' }).click();
    const next = await followed;
    await next.waitForLoadState();
    const nextUrl = `${server.origin}${NEXT}`;
    expect(next.url()).toBe(nextUrl);

    // A settled log, then the detection opt-in last: its permission prompt stays open in headless Chromium.
    await view.getByRole('button', { name: 'Settings' }).click();
    await view.getByRole('checkbox', { name: 'Detect articles as I browse' }).click();
    await view.waitForTimeout(500);
    await log.settled();

    const images = mode === 'always' ? allImages : new Set(clicked.flat());
    const media = new Set(mode === 'never' ? [] : resources.media);
    const allowed = { extensionId, documents: [article.url(), nextUrl], images, media };
    const fromServer = server.requests.slice(serverStart);
    const extension = byExtension(log.seen, extensionId);
    const seenImages = extension.filter((r) => r.type === 'image' && !r.url.startsWith('chrome-extension:'));
    console.log(
      `${mode}: ${extension.length} extension requests seen (${extension.filter((r) => r.from === 'service-worker').length} ` +
        `from the service worker), ${seenImages.length} article image requests, server saw ` +
        `${fromServer.filter(isImageOrMedia).length} image/media requests; ${removedCount} removed blocks shown`,
    );

    expect(disallowed(extension, allowed)).toEqual([]);
    // Nothing else in the browser fetched anything but the link the user followed (no prefetch either).
    const others = log.seen
      .slice(logStart)
      .filter((r) => !extension.includes(r) && !r.url.startsWith(`chrome-extension://${extensionId}/`));
    const whoMade = others.map((r) => `${r.from} ${r.type} ${r.url}`).join('\n');
    expect(
      others.map((r) => r.url),
      `requests not made by the extension:\n${whoMade}`,
    ).toEqual([nextUrl]);
    expect(
      fromServer.filter((r) => ![ARTICLE, NEXT].includes(r.url) && !allowed.images.has(`${server.origin}${r.url}`)),
    ).toEqual(fromServer.filter((r) => r.url.startsWith('/media/')));
    // No Referer (nor Origin) on anything the reader fetched or opened, at the server and in Chromium.
    expect(fromServer.filter((r) => r.url !== ARTICLE && (r.headers.referer || r.headers.origin))).toEqual([]);
    expect(seenImages.filter((r) => r.headers.referer)).toEqual([]);
    if (mode === 'never') {
      expect(fromServer.filter(isImageOrMedia)).toEqual([]);
      expect(seenImages).toEqual([]);
    } else {
      // The observer works: the images the server served, Playwright saw (and from extension pages).
      const served = new Set(fromServer.filter((r) => r.headers['sec-fetch-dest'] === 'image').map((r) => r.url));
      expect(served.size).toBeGreaterThan(0);
      expect(new Set(seenImages.map((r) => new URL(r.url).pathname))).toEqual(served);
      // Each image asked for was fetched (under 'on-click' the allow-list above says: only those).
      const path = (u: string) => new URL(u).pathname;
      const wanted =
        mode === 'always'
          ? [...BODY_IMAGES, ...REMOVED_IMAGES].map((alt) => resources.byAlt[alt]!).concat([[resources.lead!]])
          : clicked;
      expect(wanted.filter((urls) => !urls.some((u) => served.has(path(u))))).toEqual([]);
    }
  });
}

test('popup: "Open in side panel" opens the real panel, which fetches only allowed things (seen through CDP)', async ({
  context,
  extensionId,
  extensionPage,
  extensionUrl,
  privacyServer: server,
  worker,
}) => {
  const { log, resources } = await setUp(context, extensionPage, server, 'always');
  const serverStart = server.requests.length;
  // The panel shows its window's active tab: the article, opened last in that window. The popup
  // opens in a window of its own, so closing it cannot hand the focus to another tab there.
  const { tabId } = await openArticleTab(context, extensionPage, `${server.origin}${ARTICLE}?panel`);
  const popup = await PopupPage.inOwnWindow(context, worker, extensionUrl, `?tab=${tabId}`);
  await popup.waitForState('article');
  const closed = popup.page.waitForEvent('close');
  await popup.button('Open in side panel').click();
  await closed;

  // The observer finds the panel's target by its URL, which is empty while the panel navigates: let the
  // first load finish before it attaches and reloads.
  await waitForPanelState(extensionPage, 'article');
  const panelSeen = await recordSidePanel(extensionPage);
  await waitForPanelState(extensionPage, 'article');
  // The images in the panel's first screen load (the rest would as the user scrolls).
  await expect.poll(() => panelSeen.filter((r) => r.type === 'image').length).toBeGreaterThan(0);
  await log.settled();
  const allowed = {
    extensionId,
    documents: [],
    images: new Set([...Object.values(resources.byAlt).flat(), resources.lead ?? '', ...resources.posters]),
    media: new Set<string>(),
  };
  const panelImages = panelSeen.filter((r) => r.type === 'image' && !r.url.startsWith('chrome-extension:'));
  console.log(`side panel: ${panelSeen.length} requests seen through CDP, ${panelImages.length} article images`);
  // The CDP observer works: it saw the panel load its own page and the article's images.
  expect(panelSeen.some((r) => r.url === `chrome-extension://${extensionId}/sidepanel.html`)).toBe(true);
  expect(panelImages.length).toBeGreaterThan(0);
  expect(disallowed(panelSeen, allowed)).toEqual([]);
  expect(panelImages.filter((r) => r.headers.Referer || r.headers.referer)).toEqual([]);
  expect(disallowed(byExtension(log.seen, extensionId), allowed)).toEqual([]);
  const fromServer = server.requests.slice(serverStart);
  expect(
    fromServer.filter((r) => !r.url.startsWith(ARTICLE) && !allowed.images.has(`${server.origin}${r.url}`)),
  ).toEqual([]);
  expect(fromServer.filter((r) => r.headers.referer)).toEqual([]);
});
