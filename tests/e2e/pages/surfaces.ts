import { type BrowserContext, expect, type Locator, type Page, type Worker } from '@playwright/test';
import { openProbeWindow } from '../side-panel-probe';
import { openArticleTab } from '../tabs';

type UrlFor = (page: string) => string;

/** Shared behaviour of the reader surfaces: they all mount `<main data-surface>`. */
abstract class ReaderSurface {
  constructor(readonly page: Page) {}
  get main(): Locator {
    return this.page.locator('main[data-surface]');
  }
  get title(): Locator {
    return this.page.locator('h1.rs-title');
  }
  get body(): Locator {
    return this.page.locator('.rs-article-body');
  }
  state(): Promise<string | null> {
    return this.main.getAttribute('data-state');
  }
  async waitForState(state: string): Promise<void> {
    await this.page.locator(`main[data-state="${state}"]`).waitFor();
  }
  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }
}

export class PopupPage extends ReaderSurface {
  static async open(context: BrowserContext, url: UrlFor, query = ''): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(url(`popup.html${query}`));
    return new PopupPage(page);
  }

  /**
   * The popup page in a window of its own, as the real popup floats above the article's window:
   * the article's tab stays the active tab there, which is what the side panel reads.
   */
  static async inOwnWindow(context: BrowserContext, worker: Worker, url: UrlFor, query = ''): Promise<PopupPage> {
    return new PopupPage(await openProbeWindow(context, worker, url(`popup.html${query}`)));
  }
}

/**
 * Opens the real side panel beside tab `tabId` the way a user can: the popup's "Open in side panel"
 * button (a Playwright click is a user gesture, which `sidePanel.open` needs). The popup closes itself.
 */
export async function openSidePanelFromPopup(
  context: BrowserContext,
  worker: Worker,
  url: UrlFor,
  tabId: number,
): Promise<void> {
  const popup = await PopupPage.inOwnWindow(context, worker, url, `?tab=${tabId}`);
  await popup.waitForState('article');
  await popup.button('Open in side panel').click();
}

export class SidePanelPage extends ReaderSurface {
  static async open(context: BrowserContext, url: UrlFor, query = ''): Promise<SidePanelPage> {
    const page = await context.newPage();
    await page.goto(url(`sidepanel.html${query}`));
    return new SidePanelPage(page);
  }
}

export class ReaderTabPage extends ReaderSurface {
  static async open(context: BrowserContext, url: UrlFor, query = ''): Promise<ReaderTabPage> {
    const page = await context.newPage();
    await page.goto(url(`reader.html${query}`));
    return new ReaderTabPage(page);
  }
}

/** The fields of a stored reading-list record the e2e tests look at. */
export interface StoredArticle {
  id: string;
  url: string;
  title: string;
  textContent: string;
  contentHtml: string;
  progress: number;
}

/** Every saved record, read straight from IndexedDB in one of our extension pages. */
export function storedArticles(extensionPage: Page): Promise<StoredArticle[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<StoredArticle[]>((resolve, reject) => {
        const open = indexedDB.open('readside');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('articles').objectStore('articles').getAll();
          all.onsuccess = () => resolve(all.result as StoredArticle[]);
        };
      }),
  );
}

/**
 * Opens `articleUrl` in a tab, reads it in a reader tab and saves it with the toolbar's Save button,
 * as a user fills the reading list. Returns the reader tab, still open.
 */
export async function saveToReadingList(
  context: BrowserContext,
  extension: Page | Worker,
  url: UrlFor,
  articleUrl: string,
): Promise<ReaderTabPage> {
  const { tabId } = await openArticleTab(context, extension, articleUrl);
  const reader = await ReaderTabPage.open(context, url, `?tab=${tabId}`);
  await reader.waitForState('article');
  await reader.page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(reader.page.locator('.rs-toast')).toHaveText('Saved to your reading list');
  return reader;
}
