import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // happy-dom by default; files that need a spec-complete DOM (Readability, DOMPurify) opt into
    // jsdom with `// @vitest-environment jsdom` (see shared toolchain notes).
    environment: 'happy-dom',
    include: ['utils/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
