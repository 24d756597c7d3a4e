/**
 * Reader settings as CSS: custom properties and data attributes on the root element, set through
 * the CSSOM (allowed by the views' CSP, unlike `style="…"` attributes in markup).
 */
import { FONT_SIZE_RANGE, type FontFamily, type ReaderSettings, type Theme } from '../settings';

/** Local fonts only: the extension never fetches a font. */
export const FONT_STACKS: Record<FontFamily, string> = {
  serif: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, "Iowan Old Style", Georgia, "Noto Serif", serif',
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  mono: 'ui-monospace, "SF Mono", "Cascadia Mono", "Segoe UI Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace',
  legible:
    '"Atkinson Hyperlegible Next", "Atkinson Hyperlegible", Verdana, "Verdana Pro", Tahoma, "DejaVu Sans", sans-serif',
};

export const THEME_ORDER: readonly Theme[] = ['auto', 'light', 'sepia', 'dark'];

export function nextTheme(theme: Theme): Theme {
  return THEME_ORDER[(THEME_ORDER.indexOf(theme) + 1) % THEME_ORDER.length] ?? 'auto';
}

export function stepFontSize(size: number, direction: 1 | -1): number {
  return Math.min(
    FONT_SIZE_RANGE.max,
    Math.max(FONT_SIZE_RANGE.min, Math.round(size) + direction * FONT_SIZE_RANGE.step),
  );
}

export function applySettingsToRoot(root: HTMLElement, settings: ReaderSettings): void {
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.fontFamily;
  for (const [name, stack] of Object.entries(FONT_STACKS)) root.style.setProperty(`--rs-font-${name}`, stack);
  root.style.setProperty('--rs-font-family', `var(--rs-font-${settings.fontFamily})`);
  root.style.setProperty('--rs-font-size', `${settings.fontSize}px`);
  root.style.setProperty('--rs-line-height', String(settings.lineHeight));
  root.style.setProperty('--rs-content-width', `${settings.contentWidth}ch`);
}
