import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * WCAG contrast of the theme palettes in components/reader.css, read from the stylesheet itself:
 * every text colour on every background it is used on, in light, dark and sepia.
 */
const css = readFileSync(path.resolve(__dirname, '../../components/reader.css'), 'utf8');

/** The declarations of the first rule whose selector matches exactly (quotes may be ' or "). */
function block(selector: RegExp): string {
  const match = new RegExp(`^${selector.source}\\s*\\{([^}]*)\\}`, 'm').exec(css);
  if (!match) throw new Error(`No ${selector} rule in reader.css`);
  return match[1] as string;
}

function palettes() {
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  for (const m of block(/:root/).matchAll(/(--rs-[\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) {
    light[m[1] as string] = m[2] as string;
    dark[m[1] as string] = m[3] as string;
  }
  const sepia = { ...light };
  for (const m of block(/:root\[data-theme=["']sepia["']\]/).matchAll(/(--rs-[\w-]+):\s*(#[0-9a-f]{6})/gi)) {
    sepia[m[1] as string] = m[2] as string;
  }
  return { light, dark, sepia };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** [foreground, background, minimum ratio]: text needs 4.5, focus rings and control borders 3. */
const PAIRS: Array<[string, string, number]> = [
  ['--rs-fg', '--rs-bg', 4.5],
  ['--rs-muted', '--rs-bg', 4.5],
  ['--rs-link', '--rs-bg', 4.5],
  ['--rs-visited', '--rs-bg', 4.5],
  ['--rs-fg', '--rs-surface', 4.5],
  ['--rs-muted', '--rs-surface', 4.5],
  ['--rs-link', '--rs-surface', 4.5],
  ['--rs-fg', '--rs-zebra', 4.5],
  ['--rs-accent-fg', '--rs-accent', 4.5],
  ['--rs-banner-fg', '--rs-banner-bg', 4.5],
  ['--rs-focus', '--rs-bg', 3],
  ['--rs-focus', '--rs-surface', 3],
  ['--rs-border-strong', '--rs-bg', 3],
];

describe('theme contrast', () => {
  it('computes WCAG ratios correctly', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  const themes = palettes();
  it('reads a full palette for each theme', () => {
    for (const palette of Object.values(themes)) expect(Object.keys(palette).length).toBeGreaterThanOrEqual(15);
  });

  for (const [theme, palette] of Object.entries(themes)) {
    it.each(PAIRS)(`${theme}: %s on %s reaches %d:1`, (fg, bg, min) => {
      expect(palette[fg], fg).toBeDefined();
      expect(palette[bg], bg).toBeDefined();
      expect(contrast(palette[fg] as string, palette[bg] as string)).toBeGreaterThanOrEqual(min);
    });
  }
});
