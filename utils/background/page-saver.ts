/**
 * "Save page" in the background: snapshot the tab, have a DOM-capable page extract and store it
 * (`run`), then show the outcome on the toolbar button of that tab. Saves run one at a time, so a
 * shortcut held down or pressed on several tabs never races two writes of the same URL.
 */
import { delay } from '../delay';
import type { SnapshotResponse } from '../messaging';
import type { PageSnapshot } from '../page-snapshot';
import { FEEDBACK_MS, type Feedback, feedbackFor } from '../save-page/feedback';
import type { SavePageOutcome } from '../save-page/types';

type Color = string | [number, number, number, number];

export interface FeedbackBadgeApi {
  getBadgeText(details: { tabId: number }): Promise<string>;
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  getBadgeBackgroundColor(details: { tabId: number }): Promise<[number, number, number, number]>;
  setBadgeBackgroundColor(details: { tabId: number; color: Color }): Promise<void>;
  getTitle(details: { tabId: number }): Promise<string>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

export interface PageSaverDeps {
  snapshot(tabId: number): Promise<SnapshotResponse>;
  /** Extracts and stores in a page with a DOM (offscreen document, or Firefox's background page). */
  run(snapshot: PageSnapshot): Promise<SavePageOutcome>;
  badge: FeedbackBadgeApi;
  /** The localised tooltip for a feedback (`browser.i18n.getMessage`). */
  message(key: string, substitutions: string[]): string;
  /**
   * Says the same in the page itself (../save-page/page-toast), where a screen reader announces
   * it. It may fail (a browser page cannot be scripted): the button still tells.
   */
  toast?(tabId: number, text: string, ok: boolean): Promise<void>;
  /** Resolves after `ms` (a timer; tests pass their own). */
  wait?(ms: number): Promise<void>;
}

interface Shown {
  token: object;
  before: { text: string; color: [number, number, number, number]; title: string };
}

export function createPageSaver(deps: PageSaverDeps) {
  const wait = deps.wait ?? delay;
  const shown = new Map<number, Shown>();
  let queue: Promise<unknown> = Promise.resolve();

  async function outcomeFor(tabId: number): Promise<SavePageOutcome> {
    const response = await deps.snapshot(tabId);
    if (!response.ok) return { ok: false, reason: response.error };
    return deps.run(response.snapshot);
  }

  /**
   * Shows `feedback` on the tab, then puts back what the button showed before (the detection
   * badge, say), unless a newer feedback replaced this one meanwhile. Resolves once it shows, with
   * the promise of the restoring (wrapped: an async function would wait for a promise it returns).
   */
  async function show(tabId: number, feedback: Feedback): Promise<{ restored: Promise<void> }> {
    const { badge } = deps;
    const earlier = shown.get(tabId);
    const before = earlier?.before ?? {
      text: await badge.getBadgeText({ tabId }),
      color: await badge.getBadgeBackgroundColor({ tabId }),
      title: await badge.getTitle({ tabId }),
    };
    const token = {};
    shown.set(tabId, { token, before });
    await badge.setBadgeText({ tabId, text: feedback.text });
    await badge.setBadgeBackgroundColor({ tabId, color: feedback.color });
    const text = deps.message(feedback.messageKey, feedback.substitutions);
    await badge.setTitle({ tabId, title: text });
    // Not awaited: a page whose main thread is busy must not hold up the next save.
    deps.toast?.(tabId, text, feedback.ok).catch(() => {});
    const restored = wait(FEEDBACK_MS).then(async () => {
      if (shown.get(tabId)?.token !== token) return;
      shown.delete(tabId);
      // The tab may be gone by now: nothing to put back then.
      await Promise.all([
        badge.setBadgeText({ tabId, text: before.text }),
        badge.setBadgeBackgroundColor({ tabId, color: before.color }),
        badge.setTitle({ tabId, title: before.title }),
      ]).catch(() => {});
    });
    return { restored };
  }

  return {
    /**
     * Saves the tab's article. Resolves with the outcome once it is stored and shown; `restored`
     * resolves when the button shows what it showed before.
     */
    save(tabId: number): Promise<{ outcome: SavePageOutcome; restored: Promise<void> }> {
      const job = queue.then(async () => {
        const outcome = await outcomeFor(tabId).catch((): SavePageOutcome => ({ ok: false, reason: 'error' }));
        // A closed tab has no button to show anything on: the outcome stands all the same.
        const { restored } = await show(tabId, feedbackFor(outcome)).catch(() => ({ restored: Promise.resolve() }));
        return { outcome, restored };
      });
      queue = job.catch(() => {});
      return job;
    },
  };
}
