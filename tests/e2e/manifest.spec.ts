import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import {
  E2E_ACTION_KEY,
  E2E_HOST_PERMISSIONS,
  EXTENSION_PAGES_CSP,
  OPTIONAL_DETECTION_ORIGINS,
  TOGGLE_READER_COMMAND,
} from '../../utils/manifest-policy';
import { E2E_BUILD, PROD_BUILD, REPO_ROOT } from './extension-fixture';

/** Reads the built manifests: no browser needed, but it runs after `npm run build` like the rest of e2e. */
const readManifest = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const BROAD = /<all_urls>|^\*:\/\/|^https?:\/\/\*/;

base.describe('built manifests', () => {
  base('production Chrome build asks for the least it needs', () => {
    const m = readManifest(PROD_BUILD);
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual([
      'activeTab',
      'contextMenus',
      'offscreen',
      'scripting',
      'sidePanel',
      'storage',
      'unlimitedStorage',
    ]);
    expect(m.host_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(OPTIONAL_DETECTION_ORIGINS);
    for (const p of m.permissions) expect(p).not.toMatch(BROAD);
    expect(m.content_security_policy.extension_pages).toBe(EXTENSION_PAGES_CSP);
    expect(m.action.default_popup).toBeUndefined();
    expect(m.side_panel.default_path).toBe('sidepanel.html');
    expect(m.commands[TOGGLE_READER_COMMAND].suggested_key.default).toBeTruthy();
  });

  base('icons exist at the sizes the stores want', () => {
    const m = readManifest(PROD_BUILD);
    for (const size of ['16', '32', '48', '128']) {
      const file = path.join(PROD_BUILD, m.icons[size]);
      expect(existsSync(file), `${size}px icon`).toBe(true);
      const png = readFileSync(file);
      expect(png.readUInt32BE(16)).toBe(Number(size));
    }
  });

  base('the e2e build differs from production only by loopback host permissions and a test key', () => {
    const prod = readManifest(PROD_BUILD);
    const e2e = readManifest(E2E_BUILD);
    expect(e2e.host_permissions).toEqual(E2E_HOST_PERMISSIONS);
    expect(e2e.commands._execute_action.suggested_key.default).toBe(E2E_ACTION_KEY);
    expect(prod.commands._execute_action).toBeUndefined();
    const {
      host_permissions: _,
      commands: { _execute_action: __, ...commands },
      ...rest
    } = e2e;
    expect({ ...rest, commands }).toEqual(prod);
  });

  base('the Firefox build gets the side panel as sidebar_action, without host permissions', () => {
    const dir = path.join(REPO_ROOT, '.output/firefox-mv2');
    const m = readManifest(dir);
    expect(m.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(m.permissions).not.toContain('sidePanel');
    // Firefox has no offscreen documents: its background page extracts "Save page" itself.
    expect(m.permissions).not.toContain('offscreen');
    expect(m.commands['save-page'].suggested_key.default).toBeTruthy();
    expect(m.host_permissions).toBeUndefined();
    expect(m.permissions.filter((p: string) => BROAD.test(p))).toEqual([]);
    expect(m.optional_permissions).toEqual(OPTIONAL_DETECTION_ORIGINS);
  });
});
