import { TOGGLE_READER_KEY } from '../../utils/manifest-policy';
import { expect, test } from './extension-fixture';
import { pressRealKey, toXdotool } from './real-keys';
import { readSidePanel, sidePanelIsOpen } from './side-panel-probe';

test.use({ headed: true });

test('the keyboard shortcut, pressed as a real key, opens the reader for the active page', async ({
  context,
  worker,
  server,
  extensionUrl,
}) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.origin}/site/article.html`);
  await page.bringToFront();
  expect(await sidePanelIsOpen(worker)).toBe(false);

  pressRealKey(toXdotool(TOGGLE_READER_KEY));
  await expect.poll(() => sidePanelIsOpen(worker)).toBe(true);

  const probe = await context.newPage();
  await probe.goto(extensionUrl('reader.html?probe=1'));
  await expect.poll(async () => (await readSidePanel(probe))?.state).toBe('article');
  const panel = await readSidePanel(probe);
  expect(panel?.title).toBe('How Lighthouses Learned to Talk');
  expect(panel?.text).toContain('A grammar of flashes');
  expect(panel?.text).not.toContain('Popular Now');
});
