/** The offscreen document's one job: save the snapshots the background hands over. */
import { browser } from 'wxt/browser';
import { isTrustedSender, onMessage } from '../messaging';
import { saveSnapshot } from './save-snapshot';

export function listenForSnapshotsToSave(): void {
  const ownOrigin = browser.runtime.getURL('/');
  onMessage('savePageSnapshot', ({ sender, data }) => {
    // Only our own background (or pages) may ask: a web page cannot reach this document anyway.
    if (!isTrustedSender(sender, browser.runtime.id, ownOrigin)) throw new Error('Untrusted sender');
    return saveSnapshot(data.snapshot);
  });
}
