import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, test as base, type Page, type Worker } from '@playwright/test';
import { launchWithExtension, REPO_ROOT } from './launch';
import { HOSTILE_FORM_ARTICLE, hostileFormArticle } from './pages/hostile-form';
import { STYLED_ARTICLE, styledArticle } from './pages/styled-article';
import { type GeneratedBody, INERT_PAGE_HEADERS, type StaticServer, startStaticServer } from './static-server';

export { CHROMIUM, E2E_BUILD, launchWithExtension, PROD_BUILD, REPO_ROOT } from './launch';

const HERE = path.dirname(fileURLToPath(import.meta.url));

interface Fixtures {
  /** Headed Chromium (under Xvfb) for tests that send real key events. */
  headed: boolean;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  extensionUrl: (page: string) => string;
  /** An extension page (opened as a tab) to call extension APIs from, like a surface would. */
  extensionPage: Page;
}

interface WorkerFixtures {
  server: StaticServer;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixture signature
    async ({}, use) => {
      const server = await startStaticServer(
        { site: path.join(HERE, 'site'), fixtures: path.join(REPO_ROOT, 'tests/fixtures') },
        { [HOSTILE_FORM_ARTICLE]: hostileFormArticle, [STYLED_ARTICLE]: styledArticle },
      );
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  headed: [false, { option: true }],
  context: async ({ headed, colorScheme }, use) => {
    const launched = await launchWithExtension({
      headless: !headed,
      colorScheme: colorScheme === 'dark' ? 'dark' : 'light',
    });
    await use(launched.context);
    await launched.close();
  },
  worker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  extensionUrl: async ({ extensionId }, use) => {
    await use((page: string) => `chrome-extension://${extensionId}/${page}`);
  },
  extensionPage: async ({ context, extensionUrl }, use) => {
    const page = await context.newPage();
    await page.goto(extensionUrl('reader.html?probe=1'));
    await use(page);
  },
});

export const expect = test.expect;

/**
 * A test-scoped fixture serving generated pages (and images, media) as inert pages
 * (`INERT_PAGE_HEADERS`), for specs whose pages carry payloads or must fetch nothing themselves.
 */
export function inertPagesServer(pages: Record<string, () => string | GeneratedBody>) {
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixture signature
  return async ({}, use: (server: StaticServer) => Promise<void>) => {
    const server = await startStaticServer({}, pages, INERT_PAGE_HEADERS);
    await use(server);
    await server.close();
  };
}
