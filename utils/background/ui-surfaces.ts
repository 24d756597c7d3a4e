/** The browser UI the background owns: the context menu and what the toolbar button opens. */
import type { WxtBrowser as Browser } from 'wxt/browser';
import type { ActionTarget } from '../settings';

export const CONTEXT_MENU_READ_PAGE = 'readside-read-page';
export const CONTEXT_MENU_SAVE_PAGE = 'readside-save-page';

export async function createContextMenus(api: Pick<Browser, 'contextMenus' | 'i18n'>): Promise<void> {
  await api.contextMenus.removeAll();
  api.contextMenus.create({
    id: CONTEXT_MENU_READ_PAGE,
    title: api.i18n.getMessage('contextMenuReadPage'),
    contexts: ['page', 'selection'],
  });
  // With two items the browser groups them under "Readside" (Read first, Save second).
  api.contextMenus.create({
    id: CONTEXT_MENU_SAVE_PAGE,
    title: api.i18n.getMessage('contextMenuSavePage'),
    contexts: ['page', 'selection'],
  });
}

/**
 * The manifest has no default popup, so a click reaches `action.onClicked` and opens the side
 * panel. When the user prefers the popup, we set it here; clicks then open it directly.
 */
export async function applyActionTarget(api: Pick<Browser, 'action'>, target: ActionTarget): Promise<void> {
  await (api.action ?? (api as unknown as { browserAction: Browser['action'] }).browserAction).setPopup({
    popup: target === 'popup' ? 'popup.html' : '',
  });
}
