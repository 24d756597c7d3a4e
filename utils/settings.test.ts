import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, normalizeSettings, updateSettings, watchSettings } from './settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to defaults', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs bad stored values instead of trusting them', () => {
    const s = normalizeSettings({ fontSize: 400, theme: 'neon' as never, lineHeight: Number.NaN });
    expect(s.fontSize).toBe(32);
    expect(s.theme).toBe('auto');
    expect(s.lineHeight).toBe(DEFAULT_SETTINGS.lineHeight);
  });

  it('persists an update and notifies watchers', async () => {
    const seen: string[] = [];
    const ctl = new AbortController();
    watchSettings((s) => seen.push(s.theme), ctl.signal);
    await updateSettings({ theme: 'dark' });
    expect((await getSettings()).theme).toBe('dark');
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toContain('dark');
    ctl.abort();
    await updateSettings({ theme: 'sepia' });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).not.toContain('sepia');
  });
});
