import { expect, test } from './extension-fixture';
import { openSidePanelFromPopup } from './pages/surfaces';
import { openProbeWindow, readSidePanel, waitForPanelState } from './side-panel-probe';
import { tabIdOf } from './tabs';

/**
 * The probe the side-panel tests read the real panel with. A panel window that is being unloaded can
 * leave `chrome.windows.getCurrent()` unsettled for good; a read caught in that moment used to hang,
 * and the wait around it then failed with "no side panel open" while the panel was fine (a CI flake
 * after the privacy test's CDP reload). Here reloads land at every point of a read, and every wait
 * must still see the reloaded article.
 */
test('a read that overlaps a panel reload gives up on the old document instead of hanging', async ({
  context,
  worker,
  server,
  extensionUrl,
}) => {
  const article = context.pages()[0] ?? (await context.newPage());
  await article.goto(`${server.origin}/fixtures/seed-cluttered-news/source.html`);
  await openSidePanelFromPopup(context, worker, extensionUrl, await tabIdOf(worker, article.url()));
  const probe = await openProbeWindow(context, worker, extensionUrl('reader.html?probe=1'));
  await waitForPanelState(probe, 'article');

  let overlapped = 0;
  for (let delay = 0; delay < 40; delay++) {
    await probe.evaluate((ms) => {
      const views = (chrome as unknown as { extension: { getViews(): Window[] } }).extension.getViews();
      const panel = views.find((w) => w.location.pathname === '/sidepanel.html');
      if (!panel) throw new Error('no side panel');
      panel.setTimeout(() => panel.location.reload(), ms);
    }, delay);
    // Whatever this read meets (old document, unloading one, new one still loading), it returns.
    if ((await readSidePanel(probe))?.state !== 'article') overlapped++;
    await waitForPanelState(probe, 'article', 5000);
  }
  // The reloads did overlap reads: otherwise this test proves nothing.
  expect(overlapped).toBeGreaterThan(0);
});
