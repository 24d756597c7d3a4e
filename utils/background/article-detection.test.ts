import { describe, expect, it } from 'vitest';
import { OPTIONAL_DETECTION_ORIGINS } from '../manifest-policy';
import { DETECTOR_SCRIPT_ID, type DetectionApi, showDetectionBadge, syncArticleDetection } from './article-detection';

function fakeApi(granted: boolean) {
  const registered = new Set<string>();
  const calls: string[] = [];
  let permission = granted;
  const api: DetectionApi = {
    permissions: {
      contains: async ({ origins }) => {
        expect(origins).toEqual(OPTIONAL_DETECTION_ORIGINS);
        return permission;
      },
      remove: async () => {
        calls.push('remove');
        const had = permission;
        permission = false;
        return had;
      },
    },
    scripting: {
      getRegisteredContentScripts: async () => [...registered].map((id) => ({ id })),
      registerContentScripts: async (scripts) => {
        for (const s of scripts) {
          calls.push(`register:${s.matches.join(',')}`);
          registered.add(s.id);
        }
      },
      unregisterContentScripts: async (filter) => {
        for (const id of filter?.ids ?? []) registered.delete(id);
        calls.push('unregister');
      },
    },
  };
  return { api, registered, calls, revoke: () => (permission = false) };
}

describe('syncArticleDetection', () => {
  it('registers the detector only when enabled and permitted', async () => {
    const f = fakeApi(true);
    expect(await syncArticleDetection(f.api, true)).toBe(true);
    expect(f.registered.has(DETECTOR_SCRIPT_ID)).toBe(true);
    expect(f.calls).toEqual([`register:${OPTIONAL_DETECTION_ORIGINS.join(',')}`]);
    // Idempotent: a second sync does not register twice.
    await syncArticleDetection(f.api, true);
    expect(f.calls.filter((c) => c.startsWith('register')).length).toBe(1);
  });

  it('stays off when the permission was not granted', async () => {
    const f = fakeApi(false);
    expect(await syncArticleDetection(f.api, true)).toBe(false);
    expect(f.registered.size).toBe(0);
  });

  it('turning it off unregisters the script and gives the permission back', async () => {
    const f = fakeApi(true);
    await syncArticleDetection(f.api, true);
    expect(await syncArticleDetection(f.api, false)).toBe(false);
    expect(f.registered.size).toBe(0);
    expect(f.calls).toContain('unregister');
    expect(f.calls).toContain('remove');
  });

  it('does not call permissions.remove when the permission is not held', async () => {
    const f = fakeApi(false);
    await syncArticleDetection(f.api, false);
    expect(f.calls).not.toContain('remove');
  });

  it('unregisters when the user revoked the permission in the browser', async () => {
    const f = fakeApi(true);
    await syncArticleDetection(f.api, true);
    f.revoke();
    await syncArticleDetection(f.api, true);
    expect(f.registered.size).toBe(0);
  });
});

describe('showDetectionBadge', () => {
  it('badges article tabs and clears others', async () => {
    const log: unknown[] = [];
    const badge = {
      setBadgeText: async (d: unknown) => void log.push(['text', d]),
      setBadgeBackgroundColor: async (d: unknown) => void log.push(['color', d]),
      setTitle: async (d: unknown) => void log.push(['title', d]),
    };
    await showDetectionBadge(badge, 7, true, { article: 'A', plain: 'P' });
    expect(log[0]).toEqual(['text', { tabId: 7, text: '✓' }]);
    expect(log.at(-1)).toEqual(['title', { tabId: 7, title: 'A' }]);
    log.length = 0;
    await showDetectionBadge(badge, 7, false, { article: 'A', plain: 'P' });
    expect(log).toEqual([
      ['text', { tabId: 7, text: '' }],
      ['title', { tabId: 7, title: 'P' }],
    ]);
  });
});
