/**
 * The manifest policy in one place, so the build config and the tests agree on it.
 *
 * Production asks for the least the reader needs: `activeTab` + `scripting` to read the page the user
 * invoked us on, `storage` for settings and the reading list, `unlimitedStorage` so the browser never
 * evicts the reading list under storage pressure (Chrome exempts such extensions from eviction and
 * quota; `navigator.storage.persist()` is refused to extension pages; no install warning),
 * `contextMenus` for "Read in Readside" and "Save to reading list", and in Chrome `offscreen`, where
 * "Save page" extracts (the service worker has no DOM).
 * `sidePanel` is added by WXT for Chrome. There are no host permissions; the only optional one is the
 * opt-in "detect articles as I browse" permission.
 *
 * The `e2e` mode alone adds loopback host permissions so Playwright can inject into fixture pages
 * without a user gesture. `tests/unit/manifest.test.ts` checks the production build never carries them.
 */
export const TOGGLE_READER_COMMAND = 'toggle-reader';
export const SAVE_PAGE_COMMAND = 'save-page';

/**
 * Chromium 156 really assigns Alt+Shift+K (checked with `commands.getAll()` in the e2e suite);
 * it silently drops Alt+Shift+R. Mac users get the same physical keys with Option.
 */
export const TOGGLE_READER_KEY = 'Alt+Shift+K';

/** "Save page" without opening the reader; the e2e suite checks that Chromium assigns it too. */
export const SAVE_PAGE_KEY = 'Alt+Shift+S';

export const E2E_HOST_PERMISSIONS = ['http://127.0.0.1/*'];

/**
 * e2e build only: a key for `_execute_action`, so a real key event (xdotool under Xvfb) reaches
 * the production `action.onClicked` handler with a real gesture, as a toolbar click would.
 * Playwright cannot click the browser's toolbar.
 */
export const E2E_ACTION_KEY = 'Alt+Shift+J';

/** Host patterns we may request at runtime, only when the user turns on article detection. */
export const OPTIONAL_DETECTION_ORIGINS = ['http://*/*', 'https://*/*'];

/**
 * The extension pages' CSP. Images and media may come from the web (the article's own), nothing else
 * may: no remote script, style, font, frame or connection. Media is allowed so article video and
 * audio can play, but only on the user's say-so: the sanitiser gives every player `controls`,
 * `preload="none"` and no `autoplay`, and holds remote sources like images under the "on click" and
 * "never" settings (utils/reader/remote-images.ts). No `data:`/`blob:` media: nothing in an article
 * needs them.
 *
 * Two entries serve the snapshot parser page (public/parser.html, utils/reader/snapshot-parser.ts):
 * - `style-src-attr 'unsafe-inline'`: a document parsed under a policy that refuses `style="…"`
 *   reports a violation for every such attribute, and in Chromium that costs about 0.2 ms each
 *   (a page with 3,000 took 440-930 ms to parse in an extension page, 3 ms without the violations).
 *   The parser page parses snapshots under this policy. The pages that render anything add
 *   RENDERING_PAGES_CSP in a <meta>, which takes inline styles away from them again: a second
 *   policy can only narrow the first.
 * - `frame-src 'self'`: the rendering pages frame the parser page (web frames stay refused).
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  'img-src https: http: data:',
  "font-src 'self'",
  "connect-src 'none'",
  'media-src https: http:',
  "object-src 'none'",
  "frame-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The policy every page that renders (reader, side panel, popup) adds in a
 * `<meta http-equiv="Content-Security-Policy">`, so that no `style="…"` applies there, as under a
 * plain `style-src 'self'`. Only the parser page, which renders nothing and runs no script, goes without.
 */
export const RENDERING_PAGES_CSP = "style-src-attr 'none'";

export interface ManifestContext {
  browser: string;
  mode: string;
}

export function buildManifest({ browser, mode }: ManifestContext) {
  const isFirefox = browser === 'firefox';
  const manifest: Record<string, unknown> = {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `offscreen` (Chrome only): "Save page" extracts in an offscreen document, as the service
    // worker has no DOM. It shows no install warning.
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
      'contextMenus',
      ...(isFirefox ? [] : ['offscreen']),
    ],
    optional_host_permissions: isFirefox ? undefined : OPTIONAL_DETECTION_ORIGINS,
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      [TOGGLE_READER_COMMAND]: {
        suggested_key: { default: TOGGLE_READER_KEY },
        description: '__MSG_commandToggleReader__',
      },
      [SAVE_PAGE_COMMAND]: {
        suggested_key: { default: SAVE_PAGE_KEY },
        description: '__MSG_commandSavePage__',
      },
    },
    content_security_policy: isFirefox ? `${EXTENSION_PAGES_CSP}` : { extension_pages: EXTENSION_PAGES_CSP },
  };
  if (isFirefox) {
    // MV2: optional host permissions live in optional_permissions.
    manifest.optional_permissions = OPTIONAL_DETECTION_ORIGINS;
    manifest.browser_specific_settings = {
      gecko: {
        id: 'readside@readside.dev',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  if (mode === 'e2e') {
    manifest.host_permissions = E2E_HOST_PERMISSIONS;
    (manifest.commands as Record<string, unknown>)._execute_action = { suggested_key: { default: E2E_ACTION_KEY } };
  }
  return manifest;
}

/**
 * Adjusts what WXT generates from the entrypoints:
 * - no default popup: the toolbar button opens the side panel through `action.onClicked`, and the
 *   "button opens the popup" setting sets the popup at runtime (utils/background/ui-surfaces.ts);
 * - the tooltip stays our localised title, not the popup page's <title>;
 * - no empty `content_scripts`: the content script is injected on demand only.
 */
export function finalizeManifest(manifest: Record<string, unknown>): void {
  for (const key of ['action', 'browser_action']) {
    const action = manifest[key] as Record<string, unknown> | undefined;
    if (!action) continue;
    delete action.default_popup;
    action.default_title = '__MSG_actionTitle__';
  }
  if (Array.isArray(manifest.content_scripts) && manifest.content_scripts.length === 0) {
    delete manifest.content_scripts;
  }
}
