import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, FONT_SIZE_RANGE } from '../settings';
import { applySettingsToRoot, FONT_STACKS, nextTheme, stepFontSize, THEME_ORDER } from './settings-style';

describe('applySettingsToRoot', () => {
  it('sets the theme, font and measures on the root', () => {
    const root = document.createElement('html');
    applySettingsToRoot(root, {
      ...DEFAULT_SETTINGS,
      theme: 'sepia',
      fontFamily: 'legible',
      fontSize: 21,
      lineHeight: 1.8,
      contentWidth: 60,
    });
    expect(root.dataset.theme).toBe('sepia');
    expect(root.dataset.font).toBe('legible');
    expect(root.style.getPropertyValue('--rs-font-size')).toBe('21px');
    expect(root.style.getPropertyValue('--rs-line-height')).toBe('1.8');
    expect(root.style.getPropertyValue('--rs-content-width')).toBe('60ch');
    expect(root.style.getPropertyValue('--rs-font-family')).toBe('var(--rs-font-legible)');
    expect(root.style.getPropertyValue('--rs-font-legible')).toContain('Atkinson Hyperlegible');
    expect(root.style.getPropertyValue('--rs-font-mono')).toBe(FONT_STACKS.mono);
  });

  it('replaces previous values when settings change', () => {
    const root = document.createElement('html');
    applySettingsToRoot(root, { ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 30 });
    applySettingsToRoot(root, { ...DEFAULT_SETTINGS, theme: 'light', fontSize: 14 });
    expect(root.dataset.theme).toBe('light');
    expect(root.style.getPropertyValue('--rs-font-size')).toBe('14px');
  });
});

describe('font stacks', () => {
  it('name only local fonts with a generic fallback', () => {
    for (const stack of Object.values(FONT_STACKS)) {
      expect(stack).not.toMatch(/url\(|https?:/);
      expect(stack).toMatch(/(serif|sans-serif|monospace)$/);
    }
  });
});

describe('nextTheme', () => {
  it('cycles through every theme and back', () => {
    let theme = THEME_ORDER[0]!;
    const seen = [theme];
    for (let i = 0; i < THEME_ORDER.length; i++) {
      theme = nextTheme(theme);
      seen.push(theme);
    }
    expect(seen).toEqual([...THEME_ORDER, THEME_ORDER[0]]);
  });
});

describe('stepFontSize', () => {
  it('steps and clamps to the allowed range', () => {
    expect(stepFontSize(19, 1)).toBe(19 + FONT_SIZE_RANGE.step);
    expect(stepFontSize(19, -1)).toBe(19 - FONT_SIZE_RANGE.step);
    expect(stepFontSize(FONT_SIZE_RANGE.max, 1)).toBe(FONT_SIZE_RANGE.max);
    expect(stepFontSize(FONT_SIZE_RANGE.min, -1)).toBe(FONT_SIZE_RANGE.min);
  });
});
