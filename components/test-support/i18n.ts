/**
 * Test-only: a translator over the real `_locales/<lang>/messages.json`, with the same placeholder
 * rules as `browser.i18n.getMessage` ($NAME$ placeholders whose content is $1..$9, `$$` for `$`).
 * Missing keys come back as the key, like `utils/i18n.ts` does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Translate } from '../i18n';

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type LocaleMessages = Record<string, LocaleMessage>;

export const LOCALES_DIR = path.resolve(__dirname, '../../public/_locales');

export function readMessages(lang: string): LocaleMessages {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as LocaleMessages;
}

export function translatorFor(messages: LocaleMessages): Translate {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return key;
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const fill = (s: string) => s.replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    const placeholders = Object.fromEntries(
      Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), fill(p.content)]),
    );
    return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name?: string) =>
      name === undefined ? '$' : (placeholders[name.toLowerCase()] ?? whole),
    );
  };
}

export const tEn: Translate = translatorFor(readMessages('en'));
export const tFr: Translate = translatorFor(readMessages('fr'));
