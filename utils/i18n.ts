import { browser } from 'wxt/browser';
import type { Translate } from '@/components/i18n';

/** The real translator for extension pages. Falls back to the key so a missing string is visible. */
export const translate: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key as never, substitutions as never) || key;

/** The language the strings come in (the browser's UI language), for `lang` and `Intl` formatting. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage?.() || navigator.language || 'en';
}

/** Writing direction of the UI language, from the predefined `@@bidi_dir` message. */
export function uiDir(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
