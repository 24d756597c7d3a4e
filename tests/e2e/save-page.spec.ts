import type { BrowserContext, Page, Worker } from '@playwright/test';
import { SAVE_PAGE_KEY } from '../../utils/manifest-policy';
import { expect, test } from './extension-fixture';
import { storedArticles } from './pages/surfaces';
import { openPageContextMenuItemFromBottom, pressRealKey, toXdotool } from './real-keys';
import { sidePanelIsOpen } from './side-panel-probe';
import { openInFirstTab, tabIdOf } from './tabs';

/**
 * "Save page" without the reader: the shortcut and the page menu's "Save to reading list", reached
 * with real X11 events (the only way to get a real gesture and its activeTab grant).
 */
test.use({ headed: true });

const TITLE = 'How Lighthouses Learned to Talk';

async function openArticle(context: BrowserContext, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await openInFirstTab(context, url);
  return { page, tabId: await tabIdOf(context.serviceWorkers()[0]!, url) };
}

function button(worker: Worker, tabId: number) {
  return worker.evaluate(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
    }),
    tabId,
  );
}

/**
 * What the page's accessibility tree says in a live region (role status or alert), read through
 * CDP: the toast sits in a closed shadow root, which no page script (and no Playwright locator) sees.
 */
async function announced(page: Page): Promise<Array<{ role: string; text: string }>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ nodeId: string; role?: { value: string }; name?: { value: string }; childIds?: string[] }>;
    };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const textOf = (id: string): string => {
      const node = byId.get(id);
      if (!node) return '';
      return node.role?.value === 'StaticText' ? (node.name?.value ?? '') : (node.childIds ?? []).map(textOf).join('');
    };
    return nodes
      .filter((n) => n.role?.value === 'status' || n.role?.value === 'alert')
      .map((n) => ({ role: n.role!.value, text: textOf(n.nodeId) }));
  } finally {
    await cdp.detach();
  }
}

const offscreenDocuments = (worker: Worker) =>
  worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length);

test('the save shortcut, as a real key, keeps the cleaned article in the reading list without opening the reader', async ({
  context,
  worker,
  server,
  extensionUrl,
}) => {
  const articleUrl = `${server.origin}/site/article.html`;
  const { page, tabId } = await openArticle(context, articleUrl);
  const before = await button(worker, tabId);

  pressRealKey(toXdotool(SAVE_PAGE_KEY));
  await expect
    .poll(() => button(worker, tabId))
    .toEqual({ text: '✓', title: `Readside: saved “${TITLE}” to your reading list` });
  expect(await sidePanelIsOpen(worker)).toBe(false);
  // The page says it too, where a screen reader announces it, and the page's scripts cannot read it.
  await expect
    .poll(() => announced(page))
    .toContainEqual({ role: 'status', text: `Readside: saved “${TITLE}” to your reading list` });
  expect(await page.evaluate(() => document.getElementById('readside-page-toast')?.shadowRoot)).toBeNull();

  const library = await context.newPage();
  await library.goto(extensionUrl('library.html'));
  const [saved, ...others] = await storedArticles(library);
  expect(others).toEqual([]);
  expect(saved).toMatchObject({ url: articleUrl, title: TITLE });
  expect(saved!.textContent).toContain('A grammar of flashes');
  for (const furniture of ['Popular Now', 'You May Also Like']) expect(saved!.textContent).not.toContain(furniture);
  await expect(library.locator('.rs-lib-item')).toHaveCount(1);
  await expect(library.locator('.rs-lib-item').first()).toContainText(TITLE);
  // The offscreen document that extracted it is gone, and the button shows what it showed before.
  expect(await offscreenDocuments(worker)).toBe(0);
  await expect.poll(() => button(worker, tabId), { timeout: 10_000 }).toEqual(before);

  // Saving the same page again refreshes the one record.
  await library.close();
  await page.bringToFront();
  pressRealKey(toXdotool(SAVE_PAGE_KEY));
  await expect.poll(async () => (await button(worker, tabId)).title).toContain('updated');
  const again = await context.newPage();
  await again.goto(extensionUrl('library.html'));
  expect(await storedArticles(again)).toHaveLength(1);
});

/** Opens `url` in a window of its own (a real one, not a tab: keys go to the newest window). */
async function openWindow(context: BrowserContext, worker: Worker, url: string): Promise<Page> {
  const opened = context.waitForEvent('page', (p) => p.url() === url);
  await worker.evaluate((u) => chrome.windows.create({ url: u, focused: true }).then(() => undefined), url);
  const page = await opened;
  await page.waitForLoadState();
  return page;
}

test('a reading list open in another window shows a page saved by shortcut at once, without a reload', async ({
  context,
  worker,
  server,
  extensionUrl,
}) => {
  const library = await openWindow(context, worker, extensionUrl('library.html'));
  await expect(library.locator('.rs-lib-item')).toHaveCount(0);
  await library.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  const articleUrl = `${server.origin}/site/article.html`;
  const article = await openWindow(context, worker, articleUrl);
  await article.bringToFront();
  const tabId = await tabIdOf(worker, articleUrl);

  pressRealKey(toXdotool(SAVE_PAGE_KEY));
  await expect.poll(async () => (await button(worker, tabId)).text).toBe('✓');
  await expect(library.locator('.rs-lib-item')).toHaveCount(1);
  await expect(library.locator('.rs-lib-item').first()).toContainText(TITLE);
  // Still the same document, and in view all along: the change signal did it, not a reload or a
  // return to the tab.
  expect(
    await library.evaluate(() => ({
      notReloaded: (window as unknown as { notReloaded?: boolean }).notReloaded,
      visibility: document.visibilityState,
    })),
  ).toEqual({ notReloaded: true, visibility: 'visible' });
});

test('"Save to reading list" in the page menu, chosen with a real right-click, saves the page', async ({
  context,
  worker,
  server,
  extensionUrl,
}) => {
  // An English page: on a French one Chromium adds "Translate to English", which moves the items.
  const articleUrl = `${server.origin}/fixtures/seed-cluttered-news/source.html`;
  const { tabId } = await openArticle(context, articleUrl);
  const saved = async () => (await button(worker, tabId)).text === '✓';
  // The page menu ends with our "Readside" submenu (Read, Save), "View page source", "Inspect".
  for (let attempt = 1; attempt <= 3 && !(await saved()); attempt++) {
    openPageContextMenuItemFromBottom(3, 0.8 * attempt, 1);
    await expect
      .poll(saved, { timeout: 5_000 })
      .toBe(true)
      .catch(() => {});
  }
  await expect.poll(saved).toBe(true);
  expect(await sidePanelIsOpen(worker)).toBe(false);
  const library = await context.newPage();
  await library.goto(extensionUrl('library.html'));
  const stored = await storedArticles(library);
  expect(stored.map((a) => a.title)).toEqual([
    'Telegram Announces Cooperation with Authorities for Crime-Related User Data',
  ]);
  for (const clutter of ['Weekly Best Articles', 'Must-Reads', 'Popular Now']) {
    expect(stored[0]!.contentHtml).not.toContain(clutter);
  }
});

test('on a browser page the save shortcut explains why nothing was saved', async ({
  context,
  worker,
  extensionUrl,
}) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('chrome://version/');
  await page.bringToFront();
  const tabId = await worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1,
  );
  pressRealKey(toXdotool(SAVE_PAGE_KEY));
  await expect
    .poll(() => button(worker, tabId))
    .toEqual({ text: '!', title: 'Readside couldn’t save this page: the browser doesn’t let extensions read it.' });
  const library = await context.newPage();
  await library.goto(extensionUrl('library.html'));
  expect(await storedArticles(library)).toEqual([]);
});
