/**
 * Opt-in "Detect articles as I browse". Off by default: the extension then has no host access at
 * all. When the user turns it on (and grants the optional host permission from a click in the
 * settings), a tiny detector content script is registered for http(s) pages; it runs the cheap
 * `detectArticle` and reports, and the toolbar icon gets a badge on article pages. Turning it off
 * unregisters the script and gives the permission back.
 */
import { OPTIONAL_DETECTION_ORIGINS } from '../manifest-policy';

export const DETECTOR_SCRIPT_ID = 'readside-detector';
export const DETECTOR_FILE = 'content-scripts/detector.js';
export const ARTICLE_BADGE_TEXT = '✓';
export const ARTICLE_BADGE_COLOR = '#146e78';

export interface DetectionApi {
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
    registerContentScripts(
      scripts: {
        id: string;
        js: string[];
        matches: string[];
        runAt?: 'document_idle';
        persistAcrossSessions?: boolean;
      }[],
    ): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
}

export interface BadgeApi {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
  setTitle(details: { tabId?: number; title: string }): Promise<void>;
}

/**
 * Brings registration in line with the setting. Returns whether the detector is active. With the
 * setting on but the permission missing (the user revoked it in the browser), it stays off.
 */
export async function syncArticleDetection(api: DetectionApi, enabled: boolean): Promise<boolean> {
  const registered = (await api.scripting.getRegisteredContentScripts({ ids: [DETECTOR_SCRIPT_ID] })).length > 0;
  const held = await api.permissions.contains({ origins: OPTIONAL_DETECTION_ORIGINS });
  const permitted = enabled && held;
  if (permitted && !registered) {
    await api.scripting.registerContentScripts([
      {
        id: DETECTOR_SCRIPT_ID,
        js: [DETECTOR_FILE],
        matches: OPTIONAL_DETECTION_ORIGINS,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  if (!permitted && registered) await api.scripting.unregisterContentScripts({ ids: [DETECTOR_SCRIPT_ID] });
  // Only give back what we hold: Chromium's `permissions.remove` for broad origins also drops
  // overlapping narrower grants (it removed the e2e build's loopback permission at every start).
  if (!enabled && held) await api.permissions.remove({ origins: OPTIONAL_DETECTION_ORIGINS }).catch(() => false);
  return permitted;
}

/** Marks (or unmarks) a tab's toolbar icon after the detector reported. */
export async function showDetectionBadge(
  badge: BadgeApi,
  tabId: number,
  readerable: boolean,
  titles: { article: string; plain: string },
): Promise<void> {
  await badge.setBadgeText({ tabId, text: readerable ? ARTICLE_BADGE_TEXT : '' });
  if (readerable) await badge.setBadgeBackgroundColor({ tabId, color: ARTICLE_BADGE_COLOR });
  await badge.setTitle({ tabId, title: readerable ? titles.article : titles.plain });
}
