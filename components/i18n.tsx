/**
 * Components get their strings through this context, never from `browser.i18n` directly, so they
 * stay presentational and render the same in tests (which provide `en` from _locales).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type Translate = (key: string, substitutions?: string | string[]) => string;

const I18nContext = createContext<Translate>((key) => key);
const LocaleContext = createContext<string>('en');

export const I18nProvider = I18nContext.Provider;
/** The UI locale (BCP 47) for `Intl` formatting. */
export const LocaleProvider = LocaleContext.Provider;

export function useT(): Translate {
  return useContext(I18nContext);
}

export function useLocale(): string {
  return useContext(LocaleContext);
}

/**
 * `_locales` message names allow only ASCII letters, digits and `_`: codes such as `author-box`
 * become `removedKind_author_box`.
 */
export function messageKey(prefix: string, code: string): string {
  return prefix + code.replace(/[^A-Za-z0-9_]/g, '_');
}

/** The translation of `key`, or `fallback` when the locale has no such message (translate returns the key). */
export function translateOr(t: Translate, key: string, fallback: string, substitutions?: string | string[]): string {
  const text = t(key, substitutions);
  return text && text !== key ? text : fallback;
}

/**
 * `_locales` has no plural forms, so plural messages come as `<base>_one`, `<base>_other` (and
 * more categories where a language needs them); the locale's plural rules pick one.
 */
export function pluralKey(base: string, count: number, locale: string): string {
  let category: Intl.LDMLPluralRule = 'other';
  try {
    category = new Intl.PluralRules(locale).select(count);
  } catch {
    category = count === 1 ? 'one' : 'other';
  }
  return `${base}_${category === 'one' ? 'one' : 'other'}`;
}

export function formatNumber(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(value);
  } catch {
    return String(value);
  }
}
