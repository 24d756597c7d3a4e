import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings';
import { createSettingsWriter } from './settings-writer';

describe('createSettingsWriter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('merges a burst of changes into one write after a pause', () => {
    const write = vi.fn(async () => {});
    const writer = createSettingsWriter(write, 400);
    for (let size = 20; size <= 30; size++) writer.update({ fontSize: size });
    writer.update({ theme: 'dark' });
    vi.advanceTimersByTime(399);
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith({ fontSize: 30, theme: 'dark' });
  });

  it('writes at once when asked, with what was pending', async () => {
    const write = vi.fn(async () => {});
    const writer = createSettingsWriter(write);
    writer.update({ fontSize: 25 });
    await writer.update({ detectWhileBrowsing: true }, { immediate: true });
    expect(write).toHaveBeenCalledWith({ fontSize: 25, detectWhileBrowsing: true });
    vi.runAllTimers();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('keeps pending changes on top of an older stored value', () => {
    const writer = createSettingsWriter(async () => {});
    writer.update({ theme: 'sepia' });
    expect(writer.overlay({ ...DEFAULT_SETTINGS, theme: 'light', fontSize: 25 })).toMatchObject({
      theme: 'sepia',
      fontSize: 25,
    });
    void writer.flush();
    expect(writer.overlay({ ...DEFAULT_SETTINGS, theme: 'light' }).theme).toBe('light');
  });

  it('flushing with nothing pending writes nothing, and a failed write is swallowed', async () => {
    const write = vi.fn(() => Promise.reject(new Error('quota')));
    const writer = createSettingsWriter(write);
    await writer.flush();
    expect(write).not.toHaveBeenCalled();
    writer.update({ fontSize: 20 });
    await expect(writer.flush()).resolves.toBeUndefined();
  });
});
