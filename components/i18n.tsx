/**
 * Components get their strings through this context, never from `browser.i18n` directly, so they
 * stay presentational and render the same in tests (which provide `en` from _locales).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type Translate = (key: string, substitutions?: string | string[]) => string;

const I18nContext = createContext<Translate>((key) => key);

export const I18nProvider = I18nContext.Provider;

export function useT(): Translate {
  return useContext(I18nContext);
}
