import type { BrowserContext, Locator, Page } from '@playwright/test';

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
