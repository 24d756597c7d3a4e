import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, REPO_ROOT, test } from './extension-fixture';
import { openSidePanelFromPopup, saveToReadingList } from './pages/surfaces';
import { openProbeWindow, readSidePanel, screenshotSidePanel, waitForPanelState } from './side-panel-probe';
import { openArticleTab, openSurface, tabIdOf } from './tabs';

/**
 * Accessibility of every surface in light and dark, with axe-core (0 serious or critical
 * violations), plus the side panel screenshots the README shows, taken of the real panel.
 */
const SHOTS = path.join(REPO_ROOT, 'docs/screenshots');
const SIZES = {
  sidepanel: { width: 400, height: 860 },
  popup: { width: 460, height: 600 },
  reader: { width: 1100, height: 860 },
};

async function setTheme(extension: Page | Worker, theme: 'light' | 'dark') {
  await (extension as Worker).evaluate(async (t) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), theme: t } });
  }, theme);
}

/** axe's serious and critical violations on `page`, each with the elements it names. */
async function blockingViolations(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  for (const surface of ['sidepanel', 'popup', 'reader'] as const) {
    test(`${surface} in ${theme}: article view has no serious or critical axe violations`, async ({
      context,
      server,
      extensionPage,
      extensionUrl,
    }) => {
      await setTheme(extensionPage, theme);
      const article = `${server.origin}/fixtures/seed-cluttered-news/source.html`;
      const { tabId } = await openArticleTab(context, extensionPage, article);
      const view = await openSurface(context, extensionUrl, surface, tabId, SIZES[surface]);
      await expect(view.locator('main')).toHaveAttribute('data-state', 'article');
      await expect(view.locator('html')).toHaveAttribute('data-theme', theme);

      expect(await blockingViolations(view)).toEqual([]);
    });
  }

  test(`the real side panel in ${theme}, as a user sees it beside the article: README screenshot`, async ({
    context,
    worker,
    server,
    extensionUrl,
  }) => {
    await setTheme(worker, theme);
    const article = context.pages()[0] ?? (await context.newPage());
    await article.goto(`${server.origin}/fixtures/seed-cluttered-news/source.html`);
    await openSidePanelFromPopup(context, worker, extensionUrl, await tabIdOf(worker, article.url()));
    const probe = await openProbeWindow(context, worker, extensionUrl('reader.html?probe=1'));
    await waitForPanelState(probe, 'article');
    // The article is the page in view: no "from another tab" banner in the picture.
    expect(await readSidePanel(probe)).toMatchObject({ theme, stale: null, windowId: expect.any(Number) });
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(path.join(SHOTS, `sidepanel-${theme}.png`), await screenshotSidePanel(probe));
  });
}

test('not-article state has no serious or critical axe violations', async ({
  context,
  server,
  extensionPage,
  extensionUrl,
}) => {
  const page = `${server.origin}/fixtures/not-article-home-page/source.html`;
  const { tabId } = await openArticleTab(context, extensionPage, page);
  const view = await openSurface(context, extensionUrl, 'sidepanel', tabId);
  await expect(view.locator('main')).toHaveAttribute('data-state', 'not-article');
  expect(await blockingViolations(view)).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the reading list in ${theme}, wide and side-panel narrow, empty and full: no serious or critical axe violations`, async ({
    context,
    server,
    extensionPage,
    extensionUrl,
  }) => {
    await setTheme(extensionPage, theme);
    const library = await context.newPage();
    await library.setViewportSize({ width: 1100, height: 860 });
    await library.goto(extensionUrl('library.html'));
    await expect(library.getByText('Your reading list is empty')).toBeVisible();
    await expect(library.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await blockingViolations(library)).toEqual([]);

    for (const slug of ['seed-cluttered-news', 'french-news', 'rtl-arabic']) {
      const reader = await saveToReadingList(
        context,
        extensionPage,
        extensionUrl,
        `${server.origin}/fixtures/${slug}/source.html`,
      );
      await reader.page.close();
    }
    await library.reload();
    await expect(library.locator('.rs-lib-link')).toHaveCount(3);
    await library.getByRole('button', { name: /^Edit tags: Dans le Haut-Doubs/ }).click();
    await library.keyboard.type('cheese, France');
    await library.keyboard.press('Enter');
    await library.getByRole('button', { name: /^Favourite: Dans le Haut-Doubs/ }).click();
    await library.getByRole('searchbox').fill('fromage');
    await expect(library.locator('.rs-lib-link')).toHaveCount(1);
    await expect(library.locator('mark').first()).toBeVisible();
    expect(await blockingViolations(library)).toEqual([]);
    await library.getByRole('searchbox').fill('');
    await expect(library.locator('.rs-lib-link')).toHaveCount(3);
    expect(await blockingViolations(library)).toEqual([]);
    const dismiss = library.locator('.rs-toast-slot').getByRole('button', { name: 'Dismiss' });
    if (await dismiss.isVisible()) await dismiss.click();
    if (theme === 'light') writeFileSync(path.join(SHOTS, 'library-light.png'), await library.screenshot());
    await library.setViewportSize(SIZES.sidepanel);
    expect(await blockingViolations(library)).toEqual([]);
  });
}
