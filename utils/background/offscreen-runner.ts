/**
 * Chrome's service worker has no DOM, so "Save page" extracts in an offscreen document
 * (entrypoints/offscreen), made when a save starts and closed when the last running save ends.
 * Firefox's background is a page with a DOM and runs `saveSnapshot` itself.
 */
import { delay } from '../delay';
import type { PageSnapshot } from '../page-snapshot';
import type { SavePageOutcome } from '../save-page/types';

export const OFFSCREEN_PATH = 'offscreen.html';

export interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}

/** Chrome's answer when the document is already there (a save still running, or one we could not close). */
const ALREADY_OPEN = /single offscreen document|already/i;
/** A message sent before the document's script listens. */
const NOT_LISTENING = /receiving end does not exist|could not establish connection/i;

export function createOffscreenRunner(
  offscreen: OffscreenApi,
  send: (snapshot: PageSnapshot) => Promise<SavePageOutcome>,
  wait: (ms: number) => Promise<void> = delay,
) {
  let running = 0;

  async function open(): Promise<void> {
    try {
      await offscreen.createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['DOM_PARSER'],
        justification: 'Extract the article of a page the user saves to the reading list without opening the reader.',
      });
    } catch (err) {
      if (!ALREADY_OPEN.test(String((err as Error)?.message ?? err))) throw err;
    }
  }

  async function sendWhenListening(snapshot: PageSnapshot): Promise<SavePageOutcome> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await send(snapshot);
      } catch (err) {
        if (attempt >= 20 || !NOT_LISTENING.test(String((err as Error)?.message ?? err))) throw err;
        await wait(50);
      }
    }
  }

  return async function run(snapshot: PageSnapshot): Promise<SavePageOutcome> {
    running++;
    try {
      await open();
      return await sendWhenListening(snapshot);
    } finally {
      if (--running === 0) await offscreen.closeDocument().catch(() => {});
    }
  };
}
