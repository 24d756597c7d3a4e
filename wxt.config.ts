import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { buildManifest, finalizeManifest } from './utils/manifest-policy';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // `npm start` (scripts/start.mjs) launches Chromium itself with offline flags; WXT's runner would not.
  webExt: { disabled: true },
  manifest: ({ browser, mode }) => buildManifest({ browser, mode }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => finalizeManifest(manifest as unknown as Record<string, unknown>),
  },
});
