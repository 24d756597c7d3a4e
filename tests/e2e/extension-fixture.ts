import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';
import { type StaticServer, startStaticServer } from './static-server';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '../..');
export const CHROMIUM = process.env.READSIDE_CHROMIUM ?? '/usr/bin/chromium';
/** The e2e build adds only loopback host permissions (see utils/manifest-policy.ts). */
export const E2E_BUILD = path.join(REPO_ROOT, '.output/chrome-mv3-e2e');
export const PROD_BUILD = path.join(REPO_ROOT, '.output/chrome-mv3');

/** Flags that keep Chromium off the closed network (shared/notes/toolchain.md). */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ];
}

export interface LaunchOptions {
  extensionDir?: string;
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
}

export async function launchWithExtension(opts: LaunchOptions = {}) {
  const extensionDir = opts.extensionDir ?? E2E_BUILD;
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it (apt-get install -y chromium) — e2e never skips.`);
  }
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No build at ${extensionDir}. Run \`npm run build && npm run build:e2e\` first.`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'readside-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    args: chromiumArgs(extensionDir),
    colorScheme: opts.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
  });
  const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, worker, extensionId, close };
}

interface Fixtures {
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
      const server = await startStaticServer({
        site: path.join(HERE, 'site'),
        fixtures: path.join(REPO_ROOT, 'tests/fixtures'),
      });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixture signature
  context: async ({}, use) => {
    const launched = await launchWithExtension();
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
