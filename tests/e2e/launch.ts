import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Worker } from '@playwright/test';

/** Launching Chromium with the built extension; shared by the e2e fixtures and the benchmarks. */
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '../..');
export const CHROMIUM = process.env.READSIDE_CHROMIUM ?? '/usr/bin/chromium';
/** The e2e build adds only loopback host permissions (see utils/manifest-policy.ts). */
export const E2E_BUILD = path.join(REPO_ROOT, '.output/chrome-mv3-e2e');
export const PROD_BUILD = path.join(REPO_ROOT, '.output/chrome-mv3');

/** Flags that keep Chromium off the closed network (shared/notes/toolchain.md). */
export const OFFLINE_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export function chromiumArgs(extensionDir: string): string[] {
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...OFFLINE_ARGS];
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
