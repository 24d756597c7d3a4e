import type { BrowserContext, Page, Worker } from '@playwright/test';

/** The id of the tab showing `url`, looked up from one of our extension pages or the service worker. */
export async function tabIdOf(extension: Page | Worker, url: string): Promise<number> {
  const find = async (u: string) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id;
  const id = await (extension as Worker).evaluate(find, url);
  if (id === undefined) throw new Error(`No tab at ${url}`);
  return id;
}

/** Loads `url` in the browser's first tab and brings it to the front (where real keys land). */
export async function openInFirstTab(context: BrowserContext, url: string): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.bringToFront();
  return page;
}

/** Opens `url` in a new, active tab of the first window, as a user opening a link in a tab would. */
export async function openTabInFirstWindow(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (u) => {
    const [first] = await chrome.windows.getAll();
    const tab = await chrome.tabs.create({ windowId: first?.id, url: u, active: true });
    if (tab.id === undefined) throw new Error(`No tab for ${u}`);
    return tab.id;
  }, url);
}

/** Switches to a tab, as clicking it in the tab strip would. */
export async function activateTab(worker: Worker, tabId: number): Promise<void> {
  await worker.evaluate((id) => chrome.tabs.update(id, { active: true }).then(() => undefined), tabId);
}

/** Opens `url` in a new tab of the test's browser; returns the page and its tab id. */
export async function openArticleTab(
  context: BrowserContext,
  extension: Page | Worker,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const page = await context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(extension, page.url()) };
}

export type Surface = 'sidepanel' | 'popup' | 'reader';

/** Opens a reader surface's page, pinned to tab `tabId`, in a new tab (at `viewport` size if given). */
export async function openSurface(
  context: BrowserContext,
  extensionUrl: (page: string) => string,
  surface: Surface,
  tabId: number,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const view = await context.newPage();
  if (viewport) await view.setViewportSize(viewport);
  await view.goto(extensionUrl(`${surface}.html?tab=${tabId}`));
  return view;
}
