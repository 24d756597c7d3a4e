import type { Page } from '@playwright/test';

/** The id of the tab showing `url`, looked up from one of our extension pages. */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  if (id === undefined) throw new Error(`No tab at ${url}`);
  return id;
}
