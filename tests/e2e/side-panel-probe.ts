import { type BrowserContext, expect, type Page, type Worker } from '@playwright/test';

export interface PanelSnapshot {
  state: string | null;
  surface: string | null;
  title: string | null;
  text: string;
  theme: string | null;
  /** The "this article is not the page you are looking at" banner's text, null when there is none. */
  stale: string | null;
  /** The browser window the panel belongs to (`runtime.getContexts` leaves it at -1 for panels). */
  windowId: number | null;
}

/** Whether Chromium currently has our side panel document open (any window). */
export async function sidePanelIsOpen(worker: Worker): Promise<boolean> {
  return worker.evaluate(async () => {
    const contexts = await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as never] });
    return contexts.some((c) => c.documentUrl?.includes('/sidepanel.html'));
  });
}

/**
 * Reads the open side panel's DOM. The panel is not a Playwright page; an extension page of ours
 * reaches it through `chrome.extension.getViews()` (same extension process).
 */
export async function readSidePanel(probe: Page): Promise<PanelSnapshot | null> {
  return probe.evaluate(async () => {
    const views = (chrome as unknown as { extension: { getViews(): Window[] } }).extension.getViews();
    const panel = views.find((w) => w.location.pathname === '/sidepanel.html') as
      | (Window & { chrome: typeof chrome })
      | undefined;
    if (!panel) return null;
    // A panel window that is being unloaded (a reload) can leave this call unsettled for good, which
    // would hang the whole evaluate. Give up on it after a while: the next read finds the new document.
    const gone = Symbol('unloading');
    const own = await Promise.race([
      panel.chrome.windows.getCurrent().catch(() => null),
      new Promise<typeof gone>((resolve) => setTimeout(() => resolve(gone), 1000)),
    ]);
    if (own === gone) return null;
    const main = panel.document.querySelector('main[data-surface]');
    return {
      state: main?.getAttribute('data-state') ?? null,
      surface: main?.getAttribute('data-surface') ?? null,
      title: panel.document.querySelector('h1.rs-title')?.textContent ?? null,
      text: panel.document.querySelector('.rs-article-body')?.textContent ?? '',
      theme: panel.document.documentElement.getAttribute('data-theme'),
      stale: panel.document.querySelector('.rs-stale-banner p')?.textContent ?? null,
      windowId: own?.id ?? null,
    };
  });
}

/**
 * Waits until the open side panel shows `state`. On timeout the error names what the panel showed
 * last (or that there was none), so a failure in CI says which tab or state the panel was stuck on.
 */
export async function waitForPanelState(probe: Page, state: string, timeout = 10_000): Promise<PanelSnapshot> {
  let last: PanelSnapshot | null = null;
  try {
    const read = async () => {
      last = await readSidePanel(probe);
      return last?.state;
    };
    await expect.poll(read, { timeout }).toBe(state);
  } catch {
    const seen = last as PanelSnapshot | null;
    const shown = seen ? JSON.stringify({ ...seen, text: seen.text.slice(0, 200) }) : 'no side panel open';
    throw new Error(`The side panel did not reach "${state}" in ${timeout} ms; last seen: ${shown}`);
  }
  return last!;
}

/**
 * Clicks a button of the open side panel by its accessible text. A script click, not a user
 * gesture: fine for anything that does not need one (reading a tab the e2e build may script).
 */
export async function clickInSidePanel(probe: Page, label: string): Promise<void> {
  const clicked = await probe.evaluate((name) => {
    const views = (chrome as unknown as { extension: { getViews(): Window[] } }).extension.getViews();
    const panel = views.find((w) => w.location.pathname === '/sidepanel.html');
    const button = [...(panel?.document.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name,
    );
    button?.click();
    return Boolean(button);
  }, label);
  if (!clicked) throw new Error(`No "${label}" button in the side panel`);
}

/**
 * Opens an extension page in a new, unfocused window, so the window with the side panel keeps its
 * active tab (the panel reads the active tab of its own window).
 */
export async function openProbeWindow(context: BrowserContext, worker: Worker, url: string): Promise<Page> {
  // Not simply the next new page: a tab the test opened just before may be announced after this call.
  const opened = new Promise<Page>((resolve) => {
    const onPage = async (page: Page) => {
      await page.waitForLoadState().catch(() => {});
      if (page.url() !== url) return;
      context.off('page', onPage);
      resolve(page);
    };
    context.on('page', onPage);
  });
  await worker.evaluate(async (u) => {
    await chrome.windows.create({ url: u, focused: false });
  }, url);
  return opened;
}

/**
 * Screenshots the real side panel as Chromium renders it (its own width, no tab strip). The panel is
 * a CDP target Playwright does not attach to, so `via` (any page) attaches to it and relays
 * `Page.captureScreenshot` with Target.sendMessageToTarget.
 */
export async function screenshotSidePanel(via: Page): Promise<Buffer> {
  const cdp = await via.context().newCDPSession(via);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'page' && t.url.endsWith('/sidepanel.html'));
    if (!target) throw new Error('No side panel is open');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const reply = new Promise<{ result?: { data: string }; error?: { message: string } }>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        const message = JSON.parse(event.message);
        if (message.id === 1) resolve(message);
      });
    });
    const request = { id: 1, method: 'Page.captureScreenshot', params: { format: 'png' } };
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify(request) });
    const { result, error } = await reply;
    await cdp.send('Target.detachFromTarget', { sessionId });
    if (!result) throw new Error(`Side panel screenshot failed: ${error?.message}`);
    return Buffer.from(result.data, 'base64');
  } finally {
    await cdp.detach();
  }
}
