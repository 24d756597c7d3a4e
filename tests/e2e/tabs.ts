import type { Page, Worker } from '@playwright/test';

/** The id of the tab showing `url`, looked up from one of our extension pages or the service worker. */
export async function tabIdOf(extension: Page | Worker, url: string): Promise<number> {
  const find = async (u: string) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id;
  const id = await (extension as Worker).evaluate(find, url);
  if (id === undefined) throw new Error(`No tab at ${url}`);
  return id;
}
