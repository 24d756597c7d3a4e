/**
 * Opens, closes and targets the reader surface for a trigger (toolbar, shortcut, context menu).
 *
 * `sidePanel.open` / `sidebarAction.open` only work inside the user gesture, so they are called
 * synchronously, before any await. Which windows have a panel open, and which tab each panel is
 * reading, is known from the ports the panels hold to the background (see `PANEL_PORT_PREFIX`), so
 * the shortcut can toggle: it closes a panel that reads this tab, and points any other one at it.
 */
import { storage } from 'wxt/utils/storage';
import type { ReaderTarget } from '../messaging';

export const PANEL_PORT_PREFIX = 'readside-panel:';

/**
 * What a panel posts on its port whenever that changes: the tab whose current page it shows (or is
 * loading), null when it shows nothing of the page in view (stale article, no access, error).
 */
export interface PanelReading {
  type: 'reading';
  tabId: number | null;
}

export function isPanelReading(message: unknown): message is PanelReading {
  if (typeof message !== 'object' || message === null) return false;
  const { type, tabId } = message as Partial<PanelReading>;
  return type === 'reading' && (tabId === null || Number.isInteger(tabId));
}

export const readerTargetItem = storage.defineItem<ReaderTarget | null>('session:readerTarget', {
  fallback: null,
});

export interface PortLike {
  name: string;
  sender?: { id?: string; url?: string };
  onDisconnect: { addListener(cb: () => void): void };
  onMessage: { addListener(cb: (message: unknown) => void): void };
  postMessage(message: unknown): void;
}

export interface LauncherApi {
  sidePanel?: {
    open(options: { tabId?: number; windowId?: number }): Promise<void>;
    close?(options: { tabId?: number; windowId?: number }): Promise<void>;
  };
  sidebarAction?: { open(): Promise<void>; close(): Promise<void> };
  runtimeId: string;
  ownOrigin: string;
}

export interface TabLike {
  id?: number;
  windowId?: number;
  url?: string;
  title?: string;
}

export function createReaderLauncher(api: LauncherApi, onTarget: (target: ReaderTarget) => void) {
  const openPanels = new Map<number, PortLike>();
  /** Per window, the tab its panel last said it reads. */
  const reading = new Map<number, number | null>();

  function acceptPort(port: PortLike): boolean {
    if (!port.name.startsWith(PANEL_PORT_PREFIX)) return false;
    if (port.sender?.id !== api.runtimeId || !port.sender.url?.startsWith(api.ownOrigin)) return false;
    const windowId = Number(port.name.slice(PANEL_PORT_PREFIX.length));
    if (!Number.isInteger(windowId)) return false;
    openPanels.set(windowId, port);
    reading.delete(windowId);
    port.onMessage.addListener((message) => {
      if (openPanels.get(windowId) === port && isPanelReading(message)) reading.set(windowId, message.tabId);
    });
    port.onDisconnect.addListener(() => {
      if (openPanels.get(windowId) !== port) return;
      openPanels.delete(windowId);
      reading.delete(windowId);
    });
    return true;
  }

  function isOpen(windowId: number | undefined) {
    return windowId !== undefined && openPanels.has(windowId);
  }

  /** Must be called synchronously from the gesture's event handler. */
  function open(tab: TabLike, trigger: ReaderTarget['trigger']): Promise<void> {
    let opening: Promise<void>;
    if (api.sidePanel && tab.id !== undefined) opening = api.sidePanel.open({ tabId: tab.id });
    else if (api.sidebarAction) opening = api.sidebarAction.open();
    else opening = Promise.reject(new Error('No side panel API'));
    announce(tab, trigger);
    return opening;
  }

  /** Makes `tab` the reader's target and tells open views (also when a view opened the panel itself). */
  function announce(tab: TabLike, trigger: ReaderTarget['trigger']): void {
    if (tab.id === undefined) return;
    onTarget({ tabId: tab.id, url: tab.url ?? '', title: tab.title ?? '', trigger });
  }

  /** Closes the reader in the tab's window. Must also run inside the gesture for Firefox. */
  function close(tab: TabLike): Promise<void> {
    const windowId = tab.windowId;
    if (api.sidebarAction) return api.sidebarAction.close();
    if (windowId !== undefined && api.sidePanel?.close) return api.sidePanel.close({ windowId });
    const port = windowId === undefined ? undefined : openPanels.get(windowId);
    port?.postMessage({ type: 'close' });
    return Promise.resolve();
  }

  /** Whether the panel in the tab's window reads that very tab (so the shortcut should close it). */
  function isReading(tab: TabLike): boolean {
    const { id, windowId } = tab;
    return id !== undefined && windowId !== undefined && openPanels.has(windowId) && reading.get(windowId) === id;
  }

  /**
   * The shortcut: closes the panel when it reads this tab. A panel showing another tab's article, or
   * asking for access to this one ("press the shortcut while this page is open"), reads this tab instead.
   */
  function toggle(tab: TabLike, trigger: ReaderTarget['trigger']): Promise<void> {
    return isReading(tab) ? close(tab) : open(tab, trigger);
  }

  return { acceptPort, isOpen, isReading, open, announce, close, toggle };
}
