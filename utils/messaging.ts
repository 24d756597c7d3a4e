/**
 * The one typed message contract between the background and the extension pages.
 * Every handler checks the sender with `isTrustedSender` before acting.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageSnapshot } from './page-snapshot';
import type { UpdateResult } from './reading-list/library-types';
import type { SavePageOutcome } from './save-page/types';

export type SnapshotError = 'restricted' | 'no-tab' | 'no-access' | 'failed';

export type SnapshotResponse =
  | { ok: true; tabId: number; snapshot: PageSnapshot }
  | { ok: false; tabId: number | null; error: SnapshotError; url: string | null };

export interface ReaderTarget {
  tabId: number;
  url: string;
  title: string;
  /** Why the reader was opened. */
  trigger: 'action' | 'command' | 'context-menu' | 'popup' | 'panel';
}

interface ProtocolMap {
  /** A view asks the background to serialise a tab (the active tab when tabId is omitted). */
  getSnapshot(data: { tabId?: number }): SnapshotResponse;
  /** A view asks which tab the reader was last opened for. */
  getReaderTarget(): ReaderTarget | null;
  /** A view opened the reader for a tab itself (the popup's "Open in side panel"): make it the target. */
  readerOpenedFor(data: { tabId: number; trigger: 'popup' }): void;
  /** The background tells open views to (re)load the reader for a tab. */
  readerTargetChanged(data: ReaderTarget): void;
  /**
   * A reader showing a saved article reports how far the user has read. The background writes it,
   * so a position sent as the reader page is being left still lands.
   */
  saveReadingProgress(data: { id: string; progress: number }): UpdateResult;
  /**
   * "Save page" in Chrome: the background hands a tab's snapshot to the offscreen document, which
   * extracts and stores it (the service worker has no DOM).
   */
  savePageSnapshot(data: { snapshot: PageSnapshot }): SavePageOutcome;
  /** The opt-in detector content script reports its verdict for the page it runs in. */
  articleDetected(data: { readerable: boolean; score: number }): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

export interface MinimalSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Only our own extension pages may talk to us: same extension id and a URL under our origin.
 * Content scripts have a `tab` and a web URL and are refused (the snapshot comes back through
 * `scripting.executeScript`, never as an unsolicited message).
 */
export function isTrustedSender(sender: MinimalSender, ownId: string, ownOrigin: string): boolean {
  if (sender.id !== ownId) return false;
  if (!sender.url) return false;
  return sender.url.startsWith(ownOrigin);
}

/** Our own content script in a web page tab (the opt-in detector). Only its tab is affected. */
export function isOwnContentScript(
  sender: MinimalSender,
  ownId: string,
): sender is MinimalSender & { tab: { id: number } } {
  if (sender.id !== ownId || sender.tab?.id === undefined) return false;
  return /^https?:/.test(sender.url ?? '');
}
