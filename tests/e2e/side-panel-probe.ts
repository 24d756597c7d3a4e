import type { BrowserContext, Page, Worker } from '@playwright/test';

export interface PanelSnapshot {
  state: string | null;
  surface: string | null;
  title: string | null;
  text: string;
  theme: string | null;
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
  return probe.evaluate(() => {
    const views = (chrome as unknown as { extension: { getViews(): Window[] } }).extension.getViews();
    const panel = views.find((w) => w.location.pathname === '/sidepanel.html');
    if (!panel) return null;
    const main = panel.document.querySelector('main[data-surface]');
    return {
      state: main?.getAttribute('data-state') ?? null,
      surface: main?.getAttribute('data-surface') ?? null,
      title: panel.document.querySelector('h1.rs-title')?.textContent ?? null,
      text: panel.document.querySelector('.rs-article-body')?.textContent ?? '',
      theme: panel.document.documentElement.getAttribute('data-theme'),
    };
  });
}

/**
 * Opens an extension page in a new, unfocused window, so the window with the side panel keeps its
 * active tab (the panel reads the active tab of its own window).
 */
export async function openProbeWindow(context: BrowserContext, worker: Worker, url: string): Promise<Page> {
  const pageEvent = context.waitForEvent('page');
  await worker.evaluate(async (u) => {
    await chrome.windows.create({ url: u, focused: false });
  }, url);
  const page = await pageEvent;
  await page.waitForLoadState();
  return page;
}
