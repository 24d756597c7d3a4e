import { browser } from 'wxt/browser';
import type { Translate } from '@/components/i18n';

/** The real translator for extension pages. Falls back to the key so a missing string is visible. */
export const translate: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key as never, substitutions as never) || key;
