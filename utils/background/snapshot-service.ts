/**
 * Serialises a tab through the runtime-registered content script. Needs `activeTab` (granted by
 * the toolbar click, the keyboard command or the context menu) or, in the e2e build, a loopback
 * host permission. Every failure comes back as a typed error the views can explain.
 */
import type { WxtBrowser as Browser } from 'wxt/browser';
import type { SnapshotResponse } from '../messaging';
import type { PageSnapshot } from '../page-snapshot';
import { restrictedReason } from '../restricted-url';

export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

type Api = Pick<Browser, 'tabs' | 'scripting'>;

export async function resolveTab(api: Api, tabId?: number) {
  if (tabId !== undefined) return api.tabs.get(tabId).catch(() => null);
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  return tab ?? null;
}

export async function takeSnapshot(api: Api, tabId?: number): Promise<SnapshotResponse> {
  const tab = await resolveTab(api, tabId);
  if (!tab?.id) return { ok: false, tabId: tabId ?? null, error: 'no-tab', url: null };
  const url = tab.url ?? tab.pendingUrl ?? null;
  // Without activeTab or a host permission `tab.url` is hidden: we cannot judge it, so try and see.
  if (url && restrictedReason(url)) return { ok: false, tabId: tab.id, error: 'restricted', url };
  try {
    const [first] = await api.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] });
    const snapshot = first?.result as PageSnapshot | undefined;
    if (!snapshot || typeof snapshot.html !== 'string') {
      return { ok: false, tabId: tab.id, error: 'failed', url };
    }
    return { ok: true, tabId: tab.id, snapshot };
  } catch (err) {
    const message = String((err as Error)?.message ?? err);
    const error = /cannot access|cannot be scripted|permission|extensions gallery/i.test(message)
      ? url && !restrictedReason(url)
        ? 'no-access'
        : 'restricted'
      : 'failed';
    return { ok: false, tabId: tab.id, error, url };
  }
}
