import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_PAGES_CSP, RENDERING_PAGES_CSP } from './manifest-policy';

const ROOT = path.resolve(__dirname, '..');

/** HTML entrypoints that render nothing: Chrome's offscreen document for "Save page". */
const SILENT_PAGES = ['entrypoints/offscreen/index.html'];

/** Every other HTML entrypoint: the pages that render (reader, side panel, popup, library). */
function renderingPages(): string[] {
  const dir = path.join(ROOT, 'entrypoints');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join('entrypoints', entry.name, 'index.html'))
    .filter((file) => !SILENT_PAGES.includes(file));
}

function directive(policy: string, name: string): string | undefined {
  return policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.split(/\s+/)[0] === name);
}

describe('extension page policies', () => {
  it('allows inline styles in the manifest policy only for the parser page to parse under', () => {
    expect(directive(EXTENSION_PAGES_CSP, 'style-src-attr')).toBe("style-src-attr 'unsafe-inline'");
    expect(directive(EXTENSION_PAGES_CSP, 'style-src')).toBe("style-src 'self'");
    expect(directive(RENDERING_PAGES_CSP, 'style-src-attr')).toBe("style-src-attr 'none'");
  });

  it('finds the rendering pages', () => {
    expect(renderingPages()).toEqual(
      expect.arrayContaining(['entrypoints/reader/index.html', 'entrypoints/sidepanel/index.html']),
    );
  });

  it.each(renderingPages())('%s takes inline styles away again before anything else runs', (file) => {
    const html = readFileSync(path.join(ROOT, file), 'utf8');
    const meta = `<meta http-equiv="Content-Security-Policy" content="${RENDERING_PAGES_CSP}" />`;
    expect(html).toContain(meta);
    expect(html.indexOf(meta)).toBeLessThan(html.search(/<script|<link|<style/));
  });

  it.each(SILENT_PAGES)('%s shows nothing and parses under the manifest policy alone', (file) => {
    const html = readFileSync(path.join(ROOT, file), 'utf8');
    expect(html).not.toMatch(/<link|<style|<iframe|http-equiv/i);
    expect(html.replace(/<!--[\s\S]*?-->/g, '')).toMatch(
      /<body>\s*<script type="module" src="\.\/main\.ts"><\/script>\s*<\/body>/,
    );
  });

  it('the parser page runs no script and shows nothing', () => {
    const html = readFileSync(path.join(ROOT, 'public/parser.html'), 'utf8');
    expect(html).not.toMatch(/<script|<link|<style|<iframe|http-equiv/i);
    expect(html).toMatch(/<body><\/body>/);
  });
});
