import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, REPO_ROOT, test } from './extension-fixture';
import { openArticleTab, openSurface } from './tabs';

/** The reader view on fixture pages, in the side panel and popup pages pinned to a tab. */
const seedMeta = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'tests/fixtures/seed-cluttered-news/expected-metadata.json'), 'utf8'),
) as { mustContain: string[]; mustNotContain: string[] };

for (const surface of ['sidepanel', 'popup'] as const) {
  test(`${surface}: the seed-style cluttered page shows the whole article and no clutter`, async ({
    context,
    server,
    extensionPage,
    extensionUrl,
  }) => {
    const { tabId } = await openArticleTab(
      context,
      extensionPage,
      `${server.origin}/fixtures/seed-cluttered-news/source.html`,
    );
    const view = await openSurface(context, extensionUrl, surface, tabId);
    await expect(view.locator('main')).toHaveAttribute('data-state', 'article');
    // biome-ignore lint/performance/useDomNodeTextContent: what the reader renders, on purpose
    const text = (await view.locator('.rs-article-body').innerText()).replace(/\s+/g, ' ');
    for (const s of seedMeta.mustContain) expect(text).toContain(s.replace(/\s+/g, ' '));
    // Rendered text: removed blocks stay collapsed until the user asks, so they must not count.
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text on purpose
    const visible = (await view.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const s of seedMeta.mustNotContain) expect(visible, s).not.toContain(s.replace(/\s+/g, ' '));
    await expect(view.locator('details.rs-removed summary')).toContainText(/\d+/);
  });
}

test('a non-article shows the detection reasons, and "Show anyway" extracts it', async ({
  context,
  server,
  extensionPage,
  extensionUrl,
}) => {
  const { tabId } = await openArticleTab(
    context,
    extensionPage,
    `${server.origin}/fixtures/not-article-search-results/source.html`,
  );
  const view = await openSurface(context, extensionUrl, 'sidepanel', tabId);
  await expect(view.locator('main')).toHaveAttribute('data-state', 'not-article');
  await expect(view.locator('main li').first()).toBeVisible();
  await view.getByRole('button', { name: 'Show anyway' }).click();
  await expect(view.locator('main')).not.toHaveAttribute('data-state', /loading|not-article/);
});

test('a settings change in one view applies live in another open view', async ({
  context,
  server,
  extensionPage,
  extensionUrl,
}) => {
  const { tabId } = await openArticleTab(context, extensionPage, `${server.origin}/site/article.html`);
  const reader = await openSurface(context, extensionUrl, 'reader', tabId);
  await expect(reader.locator('main')).toHaveAttribute('data-state', 'article');
  const panel = await openSurface(context, extensionUrl, 'sidepanel', tabId);
  await expect(panel.locator('main')).toHaveAttribute('data-state', 'article');

  await panel.getByRole('button', { name: 'Settings' }).click();
  await panel.getByRole('radio', { name: 'Sepia' }).check();
  await expect(panel.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await expect(reader.locator('html')).toHaveAttribute('data-theme', 'sepia');

  const before = await reader.evaluate(() => getComputedStyle(document.querySelector('.rs-article-body')!).fontSize);
  await panel.getByRole('radio', { name: 'Monospace' }).check();
  await expect(reader.locator('html')).toHaveAttribute('data-font', 'mono');
  await reader.keyboard.press('+');
  await expect
    .poll(() => reader.evaluate(() => getComputedStyle(document.querySelector('.rs-article-body')!).fontSize))
    .not.toBe(before);
});
