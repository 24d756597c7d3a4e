import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  E2E_ACTION_KEY,
  SAVE_PAGE_COMMAND,
  SAVE_PAGE_KEY,
  TOGGLE_READER_COMMAND,
  TOGGLE_READER_KEY,
} from '../../utils/manifest-policy';
import { E2E_BUILD, expect, test } from './extension-fixture';
import { PopupPage, SidePanelPage } from './pages/surfaces';

test('the service worker starts and exposes an extension id', async ({ worker, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  expect(worker.url()).toBe(`chrome-extension://${extensionId}/background.js`);
  const manifestName = await worker.evaluate(() => chrome.runtime.getManifest().name);
  // The manifest names `__MSG_extName__`; Chromium must have resolved it from our `en` locale.
  const built = JSON.parse(readFileSync(path.join(E2E_BUILD, 'manifest.json'), 'utf8'));
  const en = JSON.parse(readFileSync(path.join(E2E_BUILD, '_locales/en/messages.json'), 'utf8'));
  expect(built.name).toBe('__MSG_extName__');
  expect(manifestName).toBe(en.extName.message);
});

test('the popup page renders the Preact app', async ({ context, extensionUrl }) => {
  const popup = await PopupPage.open(context, extensionUrl);
  await expect(popup.main).toBeVisible();
  await expect(popup.main).toHaveAttribute('data-surface', 'popup');
});

test('the side panel page renders the Preact app', async ({ context, extensionUrl }) => {
  const panel = await SidePanelPage.open(context, extensionUrl);
  await expect(panel.main).toBeVisible();
  await expect(panel.main).toHaveAttribute('data-surface', 'sidepanel');
});

test('the on-demand content script reaches a fixture page and returns its snapshot', async ({
  context,
  server,
  extensionPage,
}) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/site/article.html`);
  const tabUrl = page.url();
  const snapshot = await extensionPage.evaluate(async (url) => {
    const all = await chrome.tabs.query({});
    const tab = all.find((t) => t.url === url);
    if (!tab)
      throw new Error(`No tab at ${url}; host permissions: ${JSON.stringify(await chrome.permissions.getAll())}`);
    const [res] = await chrome.scripting.executeScript({
      target: { tabId: tab!.id! },
      files: ['/content-scripts/content.js'],
    });
    return res?.result as { url: string; title: string; html: string; elementCount: number };
  }, tabUrl);
  expect(snapshot.url).toBe(tabUrl);
  expect(snapshot.title).toBe('How Lighthouses Learned to Talk | The Coastal Review');
  expect(snapshot.html).toContain('A grammar of flashes');
  expect(snapshot.elementCount).toBeGreaterThan(40);
});

test('Chromium really assigns the default shortcuts (toggle the reader, save the page)', async ({ extensionPage }) => {
  const commands = await extensionPage.evaluate(() => chrome.commands.getAll());
  const toggle = commands.find((c) => c.name === TOGGLE_READER_COMMAND);
  expect(toggle?.shortcut?.replace(/\s/g, '')).toBe(TOGGLE_READER_KEY);
  const save = commands.find((c) => c.name === SAVE_PAGE_COMMAND);
  expect(save?.shortcut?.replace(/\s/g, '')).toBe(SAVE_PAGE_KEY);
  const action = commands.find((c) => c.name === '_execute_action');
  expect(action?.shortcut?.replace(/\s/g, ''), 'e2e-only action key').toBe(E2E_ACTION_KEY);
});
