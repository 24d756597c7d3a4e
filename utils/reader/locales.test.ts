import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR, readMessages, tEn, tFr } from '@/components/test-support/i18n';
import { SHORTCUT_KEYS } from './reader-keyboard';

const ROOT = path.resolve(__dirname, '../..');
const en = readMessages('en');
const locales = readdirSync(LOCALES_DIR);

/** Message keys used literally as `t('key'…)` in the reader's code. */
function usedKeys(): string[] {
  const files = [
    ...readdirSync(path.join(ROOT, 'components'))
      .filter((f) => f.endsWith('.tsx'))
      .map((f) => path.join(ROOT, 'components', f)),
    ...readdirSync(path.join(ROOT, 'utils/reader'))
      .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'))
      .map((f) => path.join(ROOT, 'utils/reader', f)),
  ];
  const keys = new Set<string>();
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) keys.add(m[1] as string);
  }
  return [...keys];
}

/** String members of a union type in the extraction contract. */
function unionMembers(typeName: string, file = 'utils/extract/types.ts'): string[] {
  const source = readFileSync(path.join(ROOT, file), 'utf8');
  const body = new RegExp(`type ${typeName} =([^;]+);`).exec(source)?.[1] ?? '';
  return [...body.matchAll(/'([^']+)'/g)].map((m) => m[1] as string);
}

describe('locales', () => {
  it('include English and French', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'fr']));
  });

  it.each(locales.filter((l) => l !== 'en'))('%s has exactly the keys of en, each translated', (lang) => {
    const messages = readMessages(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(messages)) expect(entry.message.trim(), key).not.toBe('');
  });

  it.each(locales)('%s: every $PLACEHOLDER$ is declared with the same substitutions as en', (lang) => {
    for (const [key, entry] of Object.entries(readMessages(lang))) {
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => (m[1] as string).toLowerCase());
      const declared = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase());
      expect(declared.sort(), key).toEqual([...new Set(used)].sort());
      const enContent = Object.values(en[key]?.placeholders ?? {}).map((p) => p.content);
      expect(
        Object.values(entry.placeholders ?? {}).map((p) => p.content),
        key,
      ).toEqual(enContent);
    }
  });

  it('names only valid message keys (letters, digits, underscore)', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('has every key the reader uses', () => {
    const missing = usedKeys().filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  it('has a label for every kind of removed block, every restricted page and every error', () => {
    const keyOf = (prefix: string, code: string) => prefix + code.replace(/[^A-Za-z0-9_]/g, '_');
    const expected = [
      ...unionMembers('RemovedKind').map((k) => keyOf('removedKind_', k)),
      ...unionMembers('RestrictedReason', 'utils/restricted-url.ts').map((r) => keyOf('restricted_', r)),
      ...[...unionMembers('FailureReason'), 'no-tab', 'failed', 'no-source']
        .filter((r) => r !== 'not-readerable')
        .map((r) => keyOf('error_', r)),
      ...SHORTCUT_KEYS.map((s) => keyOf('key_', s.action)),
      ...['removedSummary', 'removedChars', 'removedLinks'].flatMap((b) => [`${b}_one`, `${b}_other`]),
    ];
    expect(unionMembers('RemovedKind').length).toBeGreaterThan(5);
    expect(unionMembers('RestrictedReason', 'utils/restricted-url.ts')).toContain('pdf');
    expect(expected.filter((key) => !(key in en))).toEqual([]);
  });

  it('substitutes placeholders the way browser.i18n does', () => {
    expect(tEn('readingTime', '7')).toBe('7 min read');
    expect(tFr('removedChars_other', '1 200')).toBe('1 200 caractères');
    expect(tFr('noAccessDetail', 'Alt+Maj+K')).toContain('appuyez sur Alt+Maj+K,');
    expect(tEn('no_such_key')).toBe('no_such_key');
  });
});
