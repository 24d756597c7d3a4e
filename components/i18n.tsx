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
