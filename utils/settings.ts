/**
 * Reader settings, declared once and versioned. Every open view watches the item and applies
 * changes live. Bump `version` and add a migration when the shape changes.
 */
import { storage } from 'wxt/utils/storage';

export type FontFamily = 'serif' | 'sans' | 'mono' | 'legible';
export type Theme = 'auto' | 'light' | 'sepia' | 'dark';
export type ActionTarget = 'sidepanel' | 'popup';
export type RemoteImages = 'always' | 'on-click' | 'never';

export interface ReaderSettings {
  fontFamily: FontFamily;
  /** CSS pixels. */
  fontSize: number;
  lineHeight: number;
  /** Measure in `ch`. */
  contentWidth: number;
  theme: Theme;
  /** What the toolbar button opens. */
  actionTarget: ActionTarget;
  remoteImages: RemoteImages;
  /** Opt-in: badge article pages while browsing (needs an optional host permission). */
  detectWhileBrowsing: boolean;
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  fontFamily: 'serif',
  fontSize: 19,
  lineHeight: 1.6,
  contentWidth: 68,
  theme: 'auto',
  actionTarget: 'sidepanel',
  remoteImages: 'always',
  detectWhileBrowsing: false,
};

export const FONT_SIZE_RANGE = { min: 12, max: 32, step: 1 } as const;
export const LINE_HEIGHT_RANGE = { min: 1.2, max: 2.2, step: 0.1 } as const;
export const CONTENT_WIDTH_RANGE = { min: 40, max: 100, step: 4 } as const;

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** Repair anything read from storage (older versions, hand edits, sync from another device). */
export function normalizeSettings(value: Partial<ReaderSettings> | null | undefined): ReaderSettings {
  const v = { ...DEFAULT_SETTINGS, ...(value ?? {}) };
  const pick = <T extends string>(x: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(x as T) ? (x as T) : fallback;
  const num = (x: unknown, fallback: number) => (typeof x === 'number' && Number.isFinite(x) ? x : fallback);
  return {
    fontFamily: pick(v.fontFamily, ['serif', 'sans', 'mono', 'legible'], DEFAULT_SETTINGS.fontFamily),
    fontSize: clamp(num(v.fontSize, DEFAULT_SETTINGS.fontSize), FONT_SIZE_RANGE.min, FONT_SIZE_RANGE.max),
    lineHeight: clamp(num(v.lineHeight, DEFAULT_SETTINGS.lineHeight), LINE_HEIGHT_RANGE.min, LINE_HEIGHT_RANGE.max),
    contentWidth: clamp(
      num(v.contentWidth, DEFAULT_SETTINGS.contentWidth),
      CONTENT_WIDTH_RANGE.min,
      CONTENT_WIDTH_RANGE.max,
    ),
    theme: pick(v.theme, ['auto', 'light', 'sepia', 'dark'], DEFAULT_SETTINGS.theme),
    actionTarget: pick(v.actionTarget, ['sidepanel', 'popup'], DEFAULT_SETTINGS.actionTarget),
    remoteImages: pick(v.remoteImages, ['always', 'on-click', 'never'], DEFAULT_SETTINGS.remoteImages),
    detectWhileBrowsing: v.detectWhileBrowsing === true,
  };
}

export const settingsItem = storage.defineItem<ReaderSettings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<ReaderSettings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<ReaderSettings>): Promise<ReaderSettings> {
  const next = normalizeSettings({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `cb` with the current settings now and on every change, until `signal` aborts. */
export function watchSettings(cb: (s: ReaderSettings) => void, signal: AbortSignal): void {
  void getSettings().then((s) => {
    if (!signal.aborted) cb(s);
  });
  const unwatch = settingsItem.watch((v) => cb(normalizeSettings(v)));
  signal.addEventListener('abort', unwatch, { once: true });
}
