import { browser } from 'wxt/browser';
import { showDetectionBadge, syncArticleDetection } from '@/utils/background/article-detection';
import { createOffscreenRunner, type OffscreenApi } from '@/utils/background/offscreen-runner';
import { createPageSaver, type FeedbackBadgeApi } from '@/utils/background/page-saver';
import { createReaderLauncher, readerTargetItem } from '@/utils/background/reader-launcher';
import { takeSnapshot } from '@/utils/background/snapshot-service';
import {
  applyActionTarget,
  CONTEXT_MENU_READ_PAGE,
  CONTEXT_MENU_SAVE_PAGE,
  createContextMenus,
} from '@/utils/background/ui-surfaces';
import { translate, uiDir, uiLocale } from '@/utils/i18n';
import { OPTIONAL_DETECTION_ORIGINS, SAVE_PAGE_COMMAND, TOGGLE_READER_COMMAND } from '@/utils/manifest-policy';
import { isOwnContentScript, isTrustedSender, onMessage, sendMessage } from '@/utils/messaging';
import { setProgress } from '@/utils/reading-list/progress';
import { FEEDBACK_MS } from '@/utils/save-page/feedback';
import { showPageToast } from '@/utils/save-page/page-toast';
import { getSettings, normalizeSettings, type ReaderSettings, settingsItem, updateSettings } from '@/utils/settings';

export default defineBackground(() => {
  const ownOrigin = browser.runtime.getURL('/');
  // sidePanel exists only in Chromium, sidebarAction only in Firefox; the launcher takes either.
  const apis = browser as unknown as Pick<Parameters<typeof createReaderLauncher>[0], 'sidePanel' | 'sidebarAction'>;
  const launcher = createReaderLauncher(
    {
      sidePanel: import.meta.env.FIREFOX ? undefined : apis.sidePanel,
      sidebarAction: import.meta.env.FIREFOX ? apis.sidebarAction : undefined,
      runtimeId: browser.runtime.id,
      ownOrigin,
    },
    (target) => {
      void readerTargetItem.setValue(target);
      sendMessage('readerTargetChanged', target).catch(() => {
        // No view is open yet: it reads the target from session storage when it starts.
      });
    },
  );
  const trusted = (sender: Parameters<typeof isTrustedSender>[0]) =>
    isTrustedSender(sender, browser.runtime.id, ownOrigin);

  // MV3 `action`, MV2 (Firefox) `browserAction`.
  const action = browser.action ?? browser.browserAction;

  // "Save page": Firefox's background page has a DOM and extracts itself; Chrome's worker has none.
  const pageSaver = createPageSaver({
    snapshot: (tabId) => takeSnapshot(browser, tabId),
    run: import.meta.env.FIREFOX
      ? // Imported on use: it pulls in extraction, which Chrome's worker must not load.
        (snapshot) => import('@/utils/save-page/save-snapshot').then((m) => m.saveSnapshot(snapshot))
      : createOffscreenRunner((browser as unknown as { offscreen: OffscreenApi }).offscreen, (snapshot) =>
          sendMessage('savePageSnapshot', { snapshot }),
        ),
    badge: action as unknown as FeedbackBadgeApi,
    message: translate,
    toast: async (tabId, text, ok) => {
      await browser.scripting.executeScript({
        target: { tabId },
        func: showPageToast,
        args: [text, ok ? 'ok' : 'error', uiLocale(), uiDir(), FEEDBACK_MS],
      });
    },
  });
  const savePage = (tabId: number) =>
    void pageSaver.save(tabId).catch((err) => console.warn('Readside: could not save the page', err));

  browser.runtime.onConnect.addListener((port) => {
    if (!launcher.acceptPort(port)) port.disconnect();
  });

  action.onClicked.addListener((tab) => {
    void launcher.open(tab, 'action').catch((err) => console.warn('Readside: could not open the reader', err));
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (!tab) return;
    if (command === SAVE_PAGE_COMMAND && tab.id !== undefined) savePage(tab.id);
    if (command !== TOGGLE_READER_COMMAND) return;
    void launcher.toggle(tab, 'command').catch((err) => console.warn('Readside: could not toggle the reader', err));
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (!tab) return;
    if (info.menuItemId === CONTEXT_MENU_SAVE_PAGE && tab.id !== undefined) savePage(tab.id);
    if (info.menuItemId !== CONTEXT_MENU_READ_PAGE) return;
    void launcher.open(tab, 'context-menu').catch((err) => console.warn('Readside: could not open the reader', err));
  });

  browser.runtime.onInstalled.addListener(() => createContextMenus(browser));
  const applySettings = (s: ReaderSettings) => {
    void applyActionTarget(browser, s.actionTarget);
    void syncArticleDetection(browser, s.detectWhileBrowsing).catch((err) =>
      console.warn('Readside: could not update article detection', err),
    );
  };
  void getSettings().then(applySettings);
  settingsItem.watch((s) => applySettings(normalizeSettings(s)));
  // Revoked from the browser's own UI: reflect it in the setting so the switch tells the truth.
  browser.permissions.onRemoved.addListener(() => {
    void browser.permissions
      .contains({ origins: OPTIONAL_DETECTION_ORIGINS })
      .then((has) => (has ? undefined : updateSettings({ detectWhileBrowsing: false })));
  });

  onMessage('articleDetected', async ({ sender, data }) => {
    if (!isOwnContentScript(sender, browser.runtime.id)) return;
    if (!(await getSettings()).detectWhileBrowsing) return;
    await showDetectionBadge(action, sender.tab.id, data.readerable === true, {
      article: browser.i18n.getMessage('badgeArticleTitle'),
      plain: browser.i18n.getMessage('actionTitle'),
    });
  });

  onMessage('getSnapshot', ({ sender, data }) => {
    if (!trusted(sender)) throw new Error('Untrusted sender');
    return takeSnapshot(browser, data.tabId);
  });
  onMessage('readerOpenedFor', async ({ sender, data }) => {
    if (!trusted(sender)) throw new Error('Untrusted sender');
    const tab = await browser.tabs.get(data.tabId).catch(() => null);
    if (tab) launcher.announce(tab, data.trigger);
  });
  onMessage('saveReadingProgress', ({ sender, data }) => {
    if (!trusted(sender)) throw new Error('Untrusted sender');
    return setProgress(String(data.id), Number(data.progress));
  });
  onMessage('getReaderTarget', ({ sender }) => {
    if (!trusted(sender)) throw new Error('Untrusted sender');
    return readerTargetItem.getValue();
  });
});
