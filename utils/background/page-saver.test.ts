import { describe, expect, it, vi } from 'vitest';
import type { SnapshotResponse } from '../messaging';
import type { PageSnapshot } from '../page-snapshot';
import { FAILED_BADGE, FEEDBACK_MS, SAVED_BADGE } from '../save-page/feedback';
import type { SavePageOutcome } from '../save-page/types';
import { createPageSaver, type FeedbackBadgeApi } from './page-saver';

const DETECTION = { text: 'A', color: [10, 20, 30, 255] as [number, number, number, number], title: 'Article here' };

function fakeBadge() {
  const tabs = new Map<number, { text: string; color: unknown; title: string }>();
  const state = (tabId: number) => {
    if (!tabs.has(tabId)) tabs.set(tabId, { ...DETECTION });
    return tabs.get(tabId)!;
  };
  const api: FeedbackBadgeApi = {
    getBadgeText: async ({ tabId }) => state(tabId).text,
    setBadgeText: async ({ tabId, text }) => {
      state(tabId).text = text;
    },
    getBadgeBackgroundColor: async ({ tabId }) => state(tabId).color as [number, number, number, number],
    setBadgeBackgroundColor: async ({ tabId, color }) => {
      state(tabId).color = color;
    },
    getTitle: async ({ tabId }) => state(tabId).title,
    setTitle: async ({ tabId, title }) => {
      state(tabId).title = title;
    },
  };
  return { api, state };
}

/** A timer the test releases by hand. */
function manualTimers() {
  const pending: Array<{ ms: number; release: () => void }> = [];
  return {
    wait: (ms: number) => new Promise<void>((release) => pending.push({ ms, release })),
    releaseAll: () => {
      for (const p of pending.splice(0)) p.release();
    },
    pending,
  };
}

const snapshot = (url: string): PageSnapshot => ({ url, title: 't', html: '<p>x</p>', elementCount: 3, selection: '' });
const ok = (tabId: number): SnapshotResponse => ({
  ok: true,
  tabId,
  snapshot: snapshot(`https://example.com/${tabId}`),
});
const message = (key: string, subs: string[]) => [key, ...subs].join('|');

describe('createPageSaver', () => {
  it('saves the snapshot through the DOM page, shows a tick and says the title in the page, then puts the detection badge back', async () => {
    const badge = fakeBadge();
    const timers = manualTimers();
    const run = vi.fn(async (): Promise<SavePageOutcome> => ({ ok: true, id: '1', updated: false, title: 'Lamps' }));
    const toast = vi.fn(async () => {});
    const saver = createPageSaver({
      snapshot: async (id) => ok(id),
      run,
      badge: badge.api,
      message,
      wait: timers.wait,
      toast,
    });
    const { outcome, restored } = await saver.save(7);
    expect(toast).toHaveBeenCalledWith(7, 'savePageSaved|Lamps', true);
    expect(outcome).toEqual({ ok: true, id: '1', updated: false, title: 'Lamps' });
    expect(run).toHaveBeenCalledWith(snapshot('https://example.com/7'));
    expect(badge.state(7)).toEqual({ text: SAVED_BADGE.text, color: SAVED_BADGE.color, title: 'savePageSaved|Lamps' });
    expect(timers.pending.map((p) => p.ms)).toEqual([FEEDBACK_MS]);

    timers.releaseAll();
    await restored;
    expect(badge.state(7)).toEqual(DETECTION);
  });

  it('explains a page it may not read without calling the DOM page', async () => {
    const badge = fakeBadge();
    const run = vi.fn();
    const saver = createPageSaver({
      snapshot: async () => ({ ok: false, tabId: 3, error: 'restricted', url: 'chrome://settings' }),
      run,
      badge: badge.api,
      message,
      wait: manualTimers().wait,
      // A browser page cannot be scripted: the toast fails, the button still tells.
      toast: async () => {
        throw new Error('Cannot access a chrome:// URL');
      },
    });
    const { outcome } = await saver.save(3);
    expect(outcome).toEqual({ ok: false, reason: 'restricted' });
    expect(run).not.toHaveBeenCalled();
    expect(badge.state(3)).toMatchObject({ text: FAILED_BADGE.text, title: 'savePageFailed_restricted' });
  });

  it('turns a DOM page that throws (or is gone) into an error the button shows', async () => {
    const badge = fakeBadge();
    const saver = createPageSaver({
      snapshot: async (id) => ok(id),
      run: async () => {
        throw new Error('Receiving end does not exist');
      },
      badge: badge.api,
      message,
      wait: manualTimers().wait,
    });
    expect((await saver.save(4)).outcome).toEqual({ ok: false, reason: 'error' });
    expect(badge.state(4).title).toBe('savePageFailed_error');
  });

  it('runs saves one at a time, in the order asked', async () => {
    const order: string[] = [];
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((r) => (releaseFirst = r));
    const saver = createPageSaver({
      snapshot: async (id) => ok(id),
      run: async (s) => {
        order.push(`start ${s.url}`);
        if (s.url.endsWith('/1')) await firstHeld;
        order.push(`end ${s.url}`);
        return { ok: true, id: s.url, updated: false, title: '' };
      },
      badge: fakeBadge().api,
      message,
      wait: manualTimers().wait,
    });
    const first = saver.save(1);
    const second = saver.save(2);
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual(['start https://example.com/1']);
    releaseFirst();
    await Promise.all([first, second]);
    expect(order).toEqual([
      'start https://example.com/1',
      'end https://example.com/1',
      'start https://example.com/2',
      'end https://example.com/2',
    ]);
  });

  it('after two saves on one tab, restores what was there before the first, once the second is done', async () => {
    const badge = fakeBadge();
    const timers = manualTimers();
    const outcomes: SavePageOutcome[] = [
      { ok: false, reason: 'quota' },
      { ok: true, id: '1', updated: true, title: 'Again' },
    ];
    const saver = createPageSaver({
      snapshot: async (id) => ok(id),
      run: async () => outcomes.shift()!,
      badge: badge.api,
      message,
      wait: timers.wait,
    });
    const first = await saver.save(5);
    const second = await saver.save(5);
    expect(badge.state(5)).toMatchObject({ text: SAVED_BADGE.text, title: 'savePageUpdated|Again' });
    timers.releaseAll();
    await Promise.all([first.restored, second.restored]);
    expect(badge.state(5)).toEqual(DETECTION);
  });
});
