/**
 * Settings changes apply to the view at once but reach storage debounced: `storage.sync` allows
 * about two writes a second, and a slider drag or a held `+` key makes far more. Patches merge
 * until the user pauses; `overlay` keeps a pending change on top of an older stored value arriving
 * through `watchSettings`, so the view never jumps back.
 */
import type { ReaderSettings } from '../settings';

export type SettingsPatch = Partial<ReaderSettings>;

export function createSettingsWriter(write: (patch: SettingsPatch) => Promise<unknown>, delay = 400) {
  let pending: SettingsPatch = {};
  let timer: ReturnType<typeof setTimeout> | undefined;

  function flush(): Promise<unknown> {
    clearTimeout(timer);
    timer = undefined;
    const patch = pending;
    pending = {};
    return Object.keys(patch).length ? write(patch).catch(() => undefined) : Promise.resolve();
  }

  return {
    update(patch: SettingsPatch, { immediate = false } = {}): Promise<unknown> | undefined {
      pending = { ...pending, ...patch };
      if (immediate) return flush();
      clearTimeout(timer);
      timer = setTimeout(flush, delay);
      return undefined;
    },
    flush,
    overlay(stored: ReaderSettings): ReaderSettings {
      return { ...stored, ...pending };
    },
  };
}
