import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The views' CSP refuses inline styles (`style-src 'self'`, and `style-src-attr 'none'` in each
 * view's <meta>, see utils/manifest-policy.ts): a `style="…"` attribute in markup, or a `<style>`
 * element added at run time, would be blocked. Styles come from components/reader.css;
 * settings go through CSSOM custom properties (settings-style.ts).
 */
const ROOT = path.resolve(__dirname, '../..');
const DIRS = ['components', 'utils/reader', 'entrypoints/sidepanel', 'entrypoints/popup', 'entrypoints/reader'];

function sources(): string[] {
  return DIRS.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((f) => /\.(tsx?|html)$/.test(f) && !f.includes('.test.'))
      .map((f) => path.join(dir, f)),
  );
}

describe('no inline styles', () => {
  it('finds the reader sources', () => {
    expect(sources()).toEqual(
      expect.arrayContaining(['components/ReaderView.tsx', 'entrypoints/sidepanel/index.html']),
    );
  });

  it.each(sources())('%s has no style attribute, style prop or <style> element', (file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    expect(text).not.toMatch(/\sstyle\s*=/);
    expect(text).not.toMatch(/<style[\s>]/);
    expect(text).not.toMatch(/createElement\(\s*['"]style['"]/);
    expect(text).not.toMatch(/\.setAttribute\(\s*['"]style['"]/);
  });
});
