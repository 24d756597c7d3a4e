/**
 * The reader settings for one view: read and watched from storage (so a change in any open view
 * applies in all), applied to the root element as CSS, changed locally at once and persisted
 * through the debounced writer.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, normalizeSettings, type ReaderSettings, updateSettings, watchSettings } from '../settings';
import { applySettingsToRoot } from './settings-style';
import { createSettingsWriter, type SettingsPatch } from './settings-writer';

export function useReaderSettings(root: HTMLElement) {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);
  const writer = useMemo(() => createSettingsWriter(updateSettings), []);

  useEffect(() => {
    const ctl = new AbortController();
    watchSettings((stored) => setSettings(normalizeSettings(writer.overlay(stored))), ctl.signal);
    // A popup closes as soon as focus leaves it: write what is pending before it goes.
    window.addEventListener('pagehide', () => void writer.flush(), { signal: ctl.signal });
    return () => {
      ctl.abort();
      void writer.flush();
    };
  }, [writer]);

  useLayoutEffect(() => applySettingsToRoot(root, settings), [root, settings]);

  const change = (patch: SettingsPatch, options?: { immediate?: boolean }) => {
    setSettings((prev) => normalizeSettings({ ...prev, ...patch }));
    return writer.update(patch, options);
  };

  return { settings, change };
}
