import type { Page, Worker } from '@playwright/test';
import { ARTICLE_BADGE_TEXT, DETECTOR_SCRIPT_ID } from '../../utils/background/article-detection';
import { OPTIONAL_DETECTION_ORIGINS } from '../../utils/manifest-policy';
import { expect, test } from './extension-fixture';
import { HOSTILE_FORM_ARTICLE } from './pages/hostile-form';
import { pressRealKeys } from './real-keys';
import { openArticleTab, openSurface } from './tabs';

/**
 * The opt-in "Detect articles as I browse", end to end in headed Chromium: the checkbox asks for the
 * optional host permission through Chromium's real permission prompt (answered with a real key
 * under Xvfb), the detector content script is registered, article pages get the badge and other
 * pages do not; turning it off unregisters the script and gives the permission back.
 */
test.use({ headed: true });

const ARTICLE = '/fixtures/wordpress-related-posts/source.html';
const NOT_ARTICLE = '/fixtures/not-article-home-page/source.html';

async function detectionState(worker: Worker) {
  return worker.evaluate(
    async ({ id, origins }) => ({
      registered: (await chrome.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0,
      permitted: await chrome.permissions.contains({ origins }),
    }),
    { id: DETECTOR_SCRIPT_ID, origins: OPTIONAL_DETECTION_ORIGINS },
  );
}

async function badgeOf(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

async function detectCheckbox(view: Page) {
  const settings = view.locator('.rs-settings');
  if (!(await settings.isVisible())) await view.getByRole('button', { name: 'Settings' }).click();
  return settings.getByRole('checkbox', { name: 'Detect articles as I browse' });
}

test('turning detection on asks for the permission, marks article pages, and turning it off gives everything back', async ({
  context,
  worker,
  server,
  extensionUrl,
}) => {
  expect(await detectionState(worker)).toEqual({ registered: false, permitted: false });

  const { page, tabId } = await openArticleTab(context, worker, `${server.origin}${ARTICLE}`);
  const view = await openSurface(context, extensionUrl, 'reader', tabId);
  const checkbox = await detectCheckbox(view);
  await expect(checkbox).not.toBeChecked();

  // A real click opens Chromium's permission prompt (tab-modal, focus on its Deny side); Tab moves
  // to Allow. Should a slow machine let the keys arrive before the prompt, the click is repeated.
  for (let attempt = 1; attempt <= 3 && !(await detectionState(worker)).permitted; attempt++) {
    await checkbox.click();
    await view.waitForTimeout(1500);
    pressRealKeys('Tab', 'Return');
    await expect
      .poll(async () => (await detectionState(worker)).permitted, { timeout: 10_000 })
      .toBe(true)
      .catch(() => {});
  }
  await expect.poll(() => detectionState(worker)).toEqual({ registered: true, permitted: true });
  await expect(checkbox).toBeChecked();

  // The detector runs on pages loaded from now on: the article gets the badge, the home page not.
  await page.goto(`${server.origin}${ARTICLE}`);
  await expect.poll(() => badgeOf(worker, tabId)).toBe(ARTICLE_BADGE_TEXT);
  await page.goto(`${server.origin}${NOT_ARTICLE}`);
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
  expect(await badgeOf(worker, tabId)).toBe('');
  // A search form whose controls shadow the DOM's tree getters (Chromium named properties) once made
  // the detector walk in circles and freeze the tab. The page is an article: it gets the badge, and
  // its main thread still answers.
  await page.goto(`${server.origin}${HOSTILE_FORM_ARTICLE}`);
  await expect.poll(() => badgeOf(worker, tabId)).toBe(ARTICLE_BADGE_TEXT);
  // Proof the page is what it claims: in this browser the form's own getter is shadowed.
  expect(await page.evaluate(() => (document.forms[0]?.parentNode as Element | null)?.localName)).toBe('input');

  // Off: the script is unregistered and the permission given back; articles are no longer marked.
  await view.bringToFront();
  await (await detectCheckbox(view)).click();
  await expect.poll(() => detectionState(worker)).toEqual({ registered: false, permitted: false });
  await page.goto(`${server.origin}${ARTICLE}`);
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
  expect(await badgeOf(worker, tabId)).toBe('');
});
