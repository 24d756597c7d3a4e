import type { BrowserContext, Worker } from '@playwright/test';
import { loadFixture } from '../support/fixtures';
import { expect, test } from './extension-fixture';
import { openSidePanelFromPopup, PopupPage, ReaderTabPage } from './pages/surfaces';
import {
  clickInSidePanel,
  openProbeWindow,
  readSidePanel,
  sidePanelIsOpen,
  waitForPanelState,
} from './side-panel-probe';
import type { StaticServer } from './static-server';
import { activateTab, openTabInFirstWindow, tabIdOf } from './tabs';

/**
 * The real side panel (not sidepanel.html opened as a tab), opened from the popup with a real click,
 * and how it follows the tab it reads: a tab switch or a navigation flags the article as stale and
 * offers to read the page in view.
 */
const A = loadFixture('seed-cluttered-news').meta;
const B = loadFixture('french-news').meta;
const C = loadFixture('spanish-news').meta;
const normal = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

interface Env {
  context: BrowserContext;
  worker: Worker;
  server: StaticServer;
  extensionUrl: (page: string) => string;
}

/** A fixture in the first tab (the only one of its window), and its tab id. */
async function openFixture({ context, worker, server }: Env, slug: string) {
  const article = context.pages()[0] ?? (await context.newPage());
  await article.goto(`${server.origin}/fixtures/${slug}/source.html`);
  return { article, tabId: await tabIdOf(worker, article.url()) };
}

test('popup "Open in side panel" opens the real side panel beside the article, showing the cleaned article', async ({
  context,
  worker,
  server,
  extensionUrl,
}) => {
  const { tabId } = await openFixture({ context, worker, server, extensionUrl }, 'seed-cluttered-news');
  const articleWindow = await worker.evaluate(async (id) => (await chrome.tabs.get(id)).windowId, tabId);
  expect(await sidePanelIsOpen(worker)).toBe(false);

  const popup = await PopupPage.inOwnWindow(context, worker, extensionUrl, `?tab=${tabId}`);
  await popup.waitForState('article');
  await expect(popup.title).toHaveText(A.title!);
  await expect(popup.button('Open in tab')).toBeVisible();
  await popup.button('Open in side panel').click();

  await expect.poll(() => sidePanelIsOpen(worker)).toBe(true);
  await expect.poll(() => popup.page.isClosed()).toBe(true);
  const probe = await openProbeWindow(context, worker, extensionUrl('reader.html?probe=1'));
  const panel = await waitForPanelState(probe, 'article');
  expect(panel?.surface).toBe('sidepanel');
  // Beside the article, in its window, not in the popup's.
  expect(panel?.windowId).toBe(articleWindow);
  expect(normal(panel?.title)).toBe(A.title);
  expect(panel?.stale).toBeNull();
  for (const s of A.mustContain) expect(normal(panel?.text)).toContain(normal(s));
  for (const s of A.mustNotContain) expect(normal(panel?.text)).not.toContain(normal(s));
});

test('popup "Open in tab" opens the reader tab with that article', async ({
  context,
  worker,
  server,
  extensionUrl,
}) => {
  const { tabId } = await openFixture({ context, worker, server, extensionUrl }, 'french-news');
  const popup = await PopupPage.inOwnWindow(context, worker, extensionUrl, `?tab=${tabId}`);
  await popup.waitForState('article');

  const opened = context.waitForEvent('page');
  await popup.button('Open in tab').click();
  const reader = new ReaderTabPage(await opened);
  await reader.waitForState('article');
  expect(new URL(reader.page.url()).pathname).toBe('/reader.html');
  expect(new URL(reader.page.url()).searchParams.get('tab')).toBe(String(tabId));
  await expect(reader.title).toHaveText(B.title!);
  await expect(reader.body).toContainText(B.mustContain[1]!);
});

test.describe('the side panel follows its tab', () => {
  /** The real panel open beside tab A's article; returns the probe that reads it and A's tab id. */
  async function panelOnA(env: Env) {
    const { context, worker, extensionUrl } = env;
    const { article, tabId: tabA } = await openFixture(env, 'seed-cluttered-news');
    await openSidePanelFromPopup(context, worker, extensionUrl, tabA);
    const probe = await openProbeWindow(context, worker, extensionUrl('reader.html?probe=1'));
    await expect.poll(async () => normal((await readSidePanel(probe))?.title)).toBe(A.title);
    expect((await readSidePanel(probe))?.stale).toBeNull();
    return { article, tabA, probe };
  }

  test("switching to another tab flags A's article and offers B; accepting shows B", async ({
    context,
    worker,
    server,
    extensionUrl,
  }) => {
    const { tabA, probe } = await panelOnA({ context, worker, server, extensionUrl });

    const tabB = await openTabInFirstWindow(worker, `${server.origin}/fixtures/french-news/source.html`);
    // Still A's article, but never without saying it is from another tab.
    await expect.poll(async () => (await readSidePanel(probe))?.stale).toBe('This article is from another tab.');
    expect(normal((await readSidePanel(probe))?.title)).toBe(A.title);

    await clickInSidePanel(probe, 'Read this page');
    await expect.poll(async () => normal((await readSidePanel(probe))?.title)).toBe(B.title);
    const panel = await readSidePanel(probe);
    expect(panel?.state).toBe('article');
    expect(panel?.stale).toBeNull();
    expect(normal(panel?.text)).toContain(normal(B.mustContain[1]));

    // Back on A the panel, now showing B, flags it in turn; the banner clears when B is in view again.
    await activateTab(worker, tabA);
    await expect.poll(async () => (await readSidePanel(probe))?.stale).toBe('This article is from another tab.');
    await activateTab(worker, tabB);
    await expect.poll(async () => (await readSidePanel(probe))?.stale).toBeNull();

    // The readerTargetChanged flow: a trigger for A while the panel is open makes it read A.
    await activateTab(worker, tabA);
    await openSidePanelFromPopup(context, worker, extensionUrl, tabA);
    await expect.poll(async () => normal((await readSidePanel(probe))?.title)).toBe(A.title);
    expect((await readSidePanel(probe))?.stale).toBeNull();
  });

  test("navigating A's tab to another page flags the article and offers the new page", async ({
    context,
    worker,
    server,
    extensionUrl,
  }) => {
    const { article, probe } = await panelOnA({ context, worker, server, extensionUrl });

    await article.goto(`${server.origin}/fixtures/spanish-news/source.html`);
    await expect
      .poll(async () => (await readSidePanel(probe))?.stale)
      .toBe('This page has changed since the article was loaded.');
    expect(normal((await readSidePanel(probe))?.title)).toBe(A.title);

    await clickInSidePanel(probe, 'Read this page');
    await expect.poll(async () => normal((await readSidePanel(probe))?.title)).toBe(C.title);
    const panel = await readSidePanel(probe);
    expect(panel?.stale).toBeNull();
    expect(normal(panel?.text)).toContain(normal(C.mustContain[1]));
  });
});
