import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { loadFixture } from '../support/fixtures';
import { expect, test } from './extension-fixture';
import { ReaderTabPage, saveToReadingList, storedArticles } from './pages/surfaces';

/**
 * The reading list end to end in real Chromium: save from the reader, open the library from the
 * reader's toolbar, find by body text (accents folded), tag, favourite, archive, export (JSON backup
 * and the offline HTML page), delete with undo, import the backup back, refuse a corrupt file without
 * losing anything, and read a saved article with the network off.
 */
const EN = loadFixture('seed-cluttered-news').meta;
const FR = loadFixture('french-news').meta;
const normal = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function library(page: Page) {
  const list = page.getByRole('list', { name: 'Saved articles' });
  return {
    list,
    titles: () => list.locator('.rs-lib-link'),
    search: page.getByRole('searchbox', { name: 'Search your reading list' }),
    alert: page.getByRole('alert'),
    toast: page.locator('.rs-toast'),
    filter: (name: string) => page.getByRole('radio', { name, exact: true }),
  };
}

test('the reading list: save, search, organise, export, import, and read offline', async ({
  context,
  worker,
  server,
  extensionUrl,
}, testInfo) => {
  const fixture = (slug: string) => `${server.origin}/fixtures/${slug}/source.html`;
  await saveToReadingList(context, worker, extensionUrl, fixture('seed-cluttered-news'));
  const reader = await saveToReadingList(context, worker, extensionUrl, fixture('french-news'));

  // The reader's toolbar opens the list in a tab.
  const opened = context.waitForEvent('page');
  await reader.button('Reading list').click();
  const page = await opened;
  await page.waitForLoadState();
  expect(page.url()).toBe(extensionUrl('library.html'));
  await expect(page).toHaveTitle('Readside reading list');
  const lib = library(page);
  await expect(lib.titles()).toHaveText([FR.title!, EN.title!]);

  // Search reads the bodies, folds accents ("fruitiere" finds "fruitière") and marks the match.
  await page.keyboard.press('/');
  await expect(lib.search).toBeFocused();
  await page.keyboard.type('cuivre');
  await expect(lib.titles()).toHaveText([FR.title!]);
  await expect(lib.list.locator('mark')).toHaveText(['cuivre']);
  await lib.search.fill('deepfake');
  await expect(lib.titles()).toHaveText([EN.title!]);
  await lib.search.fill('fruitiere');
  await expect(lib.titles()).toHaveText([FR.title!]);
  await expect(lib.list.locator('mark').first()).toHaveText(/fruitière/i);
  await lib.search.press('Escape');
  await expect(lib.titles()).toHaveCount(2);

  // Tags, with the keyboard: Enter saves and focus returns to the button.
  const editTags = page.getByRole('button', { name: `Edit tags: ${FR.title}` });
  await editTags.click();
  await page.getByRole('textbox', { name: `Tags for “${FR.title}”` }).fill('cheese, France , cheese');
  await page.keyboard.press('Enter');
  await expect(editTags).toBeFocused();
  const frRow = lib.list.locator('.rs-lib-item', { has: page.getByRole('link', { name: FR.title! }) });
  await expect(frRow.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['cheese', 'France']);
  await page.getByRole('combobox', { name: 'Tag' }).selectOption({ label: 'cheese (1)' });
  await expect(lib.titles()).toHaveText([FR.title!]);
  await page.getByRole('button', { name: 'Clear tag' }).click();
  await expect(lib.titles()).toHaveCount(2);

  // Favourite and archive: each moves the article between the filters.
  const favourite = page.getByRole('button', { name: `Favourite: ${EN.title}` });
  await favourite.click();
  await expect(favourite).toHaveAttribute('aria-pressed', 'true');
  await lib.filter('Favourites').check();
  await expect(lib.titles()).toHaveText([EN.title!]);
  await lib.filter('Unread').check();
  await page.getByRole('button', { name: `Archive: ${EN.title}` }).click();
  await expect(lib.titles()).toHaveText([FR.title!]);
  await lib.filter('Archived').check();
  await expect(lib.titles()).toHaveText([EN.title!]);
  await lib.filter('All').check();
  await expect(lib.titles()).toHaveCount(2);

  // Export: the JSON backup holds the full cleaned content; the HTML page reads offline, runs nothing.
  const exportAs = async (name: string) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name, exact: true }).click();
    const file = testInfo.outputPath((await download).suggestedFilename());
    await (await download).saveAs(file);
    return file;
  };
  const backupFile = await exportAs('JSON backup');
  expect(backupFile).toMatch(/readside-reading-list-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(readFileSync(backupFile, 'utf8'));
  expect(backup).toMatchObject({ format: 'readside-reading-list', version: 1 });
  expect(backup.articles).toHaveLength(2);
  const en = backup.articles.find((a: { url: string }) => a.url.includes('seed-cluttered-news'));
  expect(en).toMatchObject({ archived: true, favorite: true });
  for (const s of EN.mustContain) expect(normal(en.textContent)).toContain(normal(s));
  for (const s of EN.mustNotContain) expect(normal(en.textContent)).not.toContain(normal(s));
  const htmlFile = await exportAs('HTML');
  const html = readFileSync(htmlFile, 'utf8');
  expect(html).not.toMatch(/<script/i);
  const offline = await context.newPage();
  await offline.goto(`file://${htmlFile}`);
  const csp = await offline.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  await expect(offline.locator('main > article')).toHaveCount(2);
  expect(normal(await offline.locator('body').textContent())).toContain(normal(FR.mustContain[1]));
  await offline.close();

  // Delete with Undo, then delete both.
  const deleteEn = page.getByRole('button', { name: `Delete: ${EN.title}` });
  await deleteEn.click();
  await expect(lib.titles()).toHaveText([FR.title!]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(lib.titles()).toHaveCount(2);
  await deleteEn.click();
  await page.getByRole('button', { name: `Delete: ${FR.title}` }).click();
  await expect(lib.titles()).toHaveCount(0);
  await expect(page.getByText('Your reading list is empty')).toBeVisible();

  // Import the backup: both come back, tags, favourite and archive included.
  const fileInput = page.locator('input[type="file"]');
  await fileInput.setInputFiles(backupFile);
  await expect(lib.toast).toContainText('2 added');
  await expect(lib.titles()).toHaveCount(2);
  await expect(frRow.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(['cheese', 'France']);
  await lib.filter('Archived').check();
  await expect(lib.titles()).toHaveText([EN.title!]);
  await lib.filter('All').check();

  // A truncated backup is refused with a clear message, and the list keeps everything.
  const broken = testInfo.outputPath('broken.json');
  const text = readFileSync(backupFile, 'utf8');
  writeFileSync(broken, text.slice(0, Math.floor(text.length / 2)));
  await fileInput.setInputFiles(broken);
  await expect(lib.alert).toContainText('could not be read as JSON. Nothing was imported.');
  await expect(lib.titles()).toHaveCount(2);

  // A wallabag export comes in with its content (sanitised), tags and star.
  const wallabag = testInfo.outputPath('wallabag-export.json');
  const keeper = 'The keeper climbs the tower every evening at dusk.';
  writeFileSync(
    wallabag,
    JSON.stringify([
      {
        id: 12,
        title: 'Lighthouse keepers of the north',
        url: `${server.origin}/elsewhere/keepers`,
        is_archived: false,
        is_starred: true,
        created_at: '2024-03-05T10:00:00+0100',
        updated_at: '2024-03-05T10:05:00+0100',
        content: `<p>${keeper}</p><img src=x onerror="document.title='pwned'">`,
        language: 'en',
        reading_time: 1,
        domain_name: 'north.example',
        tags: [{ id: 1, label: 'sea', slug: 'sea' }],
      },
    ]),
  );
  await fileInput.setInputFiles(wallabag);
  await expect(lib.toast).toContainText('1 added');
  const keeperRow = lib.list.locator('.rs-lib-item', { hasText: 'Lighthouse keepers of the north' });
  await expect(keeperRow.getByRole('list', { name: 'Tags' })).toHaveText('sea');
  await expect(keeperRow.getByRole('button', { name: /^Favourite:/ })).toHaveAttribute('aria-pressed', 'true');
  await lib.search.fill('dusk');
  await expect(lib.titles()).toHaveText(['Lighthouse keepers of the north']);
  await lib.search.press('Escape');
  await expect(lib.titles()).toHaveCount(3);
  expect(await page.title()).toBe('Readside reading list');

  // A saved article reads with the network off: its content comes from IndexedDB, not the page.
  const requestsBefore = server.requests.length;
  await context.setOffline(true);
  try {
    await lib.titles().filter({ hasText: EN.title! }).click();
    const saved = new ReaderTabPage(page);
    await saved.waitForState('article');
    expect(page.url()).toMatch(/reader\.html\?saved=/);
    await expect(saved.title).toHaveText(EN.title!);
    const body = normal(await saved.body.textContent());
    for (const s of EN.mustContain) expect(body).toContain(normal(s));
    for (const s of EN.mustNotContain) expect(body).not.toContain(normal(s));
  } finally {
    await context.setOffline(false);
  }
  expect(server.requests.slice(requestsBefore).filter((r) => !r.url.startsWith('/media/'))).toEqual([]);

  // The reading position: scrolled halfway, the list says so, and the article reopens there.
  await page.setViewportSize({ width: 560, height: 420 });
  const fraction = () =>
    page.evaluate(() => {
      const s = document.scrollingElement!;
      return s.scrollTop / (s.scrollHeight - s.clientHeight);
    });
  await page.evaluate(() => {
    const s = document.scrollingElement!;
    s.scrollTop = (s.scrollHeight - s.clientHeight) / 2;
  });
  expect(await fraction()).toBeCloseTo(0.5, 1);
  // Leaving at once, before scrolling has rested: the position still lands (the reader hands it to
  // the background as the page goes), as IndexedDB shows.
  const savedId = new URL(page.url()).searchParams.get('saved');
  const stored = async () => (await storedArticles(page)).find((a) => a.id === savedId)?.progress;
  await page.goBack();
  await expect.poll(stored).toBeCloseTo(0.5, 1);
  await page.reload();
  await expect(lib.list.locator('.rs-lib-item', { hasText: EN.title! }).locator('.rs-lib-progress')).toHaveText(
    /^(49|50|51)% read$/,
  );
  await expect(lib.list.locator('.rs-lib-item', { hasText: FR.title! }).locator('.rs-lib-progress')).toHaveCount(0);
  await lib.titles().filter({ hasText: EN.title! }).click();
  await new ReaderTabPage(page).waitForState('article');
  await expect.poll(fraction).toBeGreaterThan(0.45);
  expect(await fraction()).toBeLessThan(0.55);
});
