import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportFailure } from '@/utils/reading-list/library-types';
import {
  EXPORT_FORMAT_KEYS,
  FILTER_KEYS,
  formatMegabytes,
  IMPORT_FAILURE_KEYS,
  importSummary,
  noticeText,
  problemText,
  RESTORE_FAILURE_KEYS,
  SORT_KEYS,
  UPDATE_FAILURE_KEYS,
} from './library-messages';
import { readMessages, tEn, tFr } from './test-support/i18n';

const TYPES = path.resolve(__dirname, '../utils/reading-list/library-types.ts');

/** The string members of a union in the library contract, read from its source. */
function unionMembers(name: string): string[] {
  const source = readFileSync(TYPES, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const body = new RegExp(`type ${name} =([^;]+);`).exec(source)?.[1] ?? '';
  return [...body.matchAll(/'([^']+)'/g)].map((m) => m[1] as string);
}

const en = readMessages('en');
const fr = readMessages('fr');
const MB = 100 * 1024 * 1024;

describe('library messages', () => {
  const failures = unionMembers('ImportFailure') as ImportFailure[];

  it('reads the import failures from the contract', () => {
    expect(failures).toEqual(expect.arrayContaining(['not-json', 'not-readside', 'too-large', 'quota']));
    expect(Object.keys(IMPORT_FAILURE_KEYS).sort()).toEqual([...failures].sort());
  });

  it.each(failures)(
    'import failure "%s" has its own message, in every locale, saying nothing was imported',
    (reason) => {
      const key = IMPORT_FAILURE_KEYS[reason];
      expect(en[key]?.message, key).toBeTruthy();
      expect(fr[key]?.message, key).toBeTruthy();
      const text = problemText(tEn, 'en', { kind: 'import', reason }, MB);
      expect(text).toMatch(/Nothing was imported|nothing was imported/);
      expect(problemText(tFr, 'fr', { kind: 'import', reason }, MB)).toMatch(
        /Rien n’a été importé|rien n’a été importé/,
      );
      const others = failures
        .filter((r) => r !== reason)
        .map((r) => problemText(tEn, 'en', { kind: 'import', reason: r }, MB));
      expect(others).not.toContain(text);
    },
  );

  it('says what the specific failures mean', () => {
    expect(problemText(tEn, 'en', { kind: 'import', reason: 'not-json' }, MB)).toBe(
      'This file is not a Readside export: it could not be read as JSON. Nothing was imported.',
    );
    expect(problemText(tEn, 'en', { kind: 'import', reason: 'too-large' }, MB)).toBe(
      'This file is larger than 100 MB, the most Readside can import at once. Nothing was imported.',
    );
    expect(problemText(tEn, 'en', { kind: 'import', reason: 'quota' }, MB)).toMatch(/disk is full.*nothing was lost/);
  });

  it('has a message for every update failure, naming the article and saying nothing was lost or changed', () => {
    const source = readFileSync(TYPES, 'utf8');
    const reasons = [
      ...(/type UpdateResult =[^\n]*reason: ([^}]+)\}/.exec(source)?.[1] ?? '').matchAll(/'([^']+)'/g),
    ].map((m) => m[1] as keyof typeof UPDATE_FAILURE_KEYS);
    expect(reasons.sort()).toEqual(Object.keys(UPDATE_FAILURE_KEYS).sort());
    for (const reason of reasons) {
      expect(en[UPDATE_FAILURE_KEYS[reason]], reason).toBeDefined();
      expect(en[RESTORE_FAILURE_KEYS[reason]], reason).toBeDefined();
      const text = problemText(tEn, 'en', { kind: 'update', reason, title: 'The mill' }, MB);
      expect(text).toContain('“The mill”');
      expect(text).toMatch(/Nothing was (lost|changed)/);
    }
    expect(problemText(tEn, 'en', { kind: 'update', reason: 'quota', title: 'A' }, MB)).toMatch(/disk is full/);
    expect(problemText(tEn, 'en', { kind: 'restore', reason: 'quota', title: 'A' }, MB)).toMatch(
      /disk is full.*Undo again/,
    );
    expect(problemText(tEn, 'en', { kind: 'export', format: 'markdown' }, MB)).toBe(
      'The Markdown export could not be created. Nothing was changed.',
    );
  });

  it('labels every filter, sort and export format in every locale', () => {
    for (const key of [
      ...Object.values(FILTER_KEYS),
      ...Object.values(SORT_KEYS),
      ...Object.values(EXPORT_FORMAT_KEYS),
      ...['unread', 'favorites', 'archived', 'all'].map((f) => `libraryNoResults_${f}`),
    ]) {
      expect(en[key]?.message, key).toBeTruthy();
      expect(fr[key]?.message, key).toBeTruthy();
    }
    expect(Object.keys(FILTER_KEYS).sort()).toEqual(unionMembers('LibraryFilter').sort());
    expect(Object.keys(SORT_KEYS).sort()).toEqual(unionMembers('LibrarySort').sort());
    expect(Object.keys(EXPORT_FORMAT_KEYS).sort()).toEqual(unionMembers('ExportFormat').sort());
  });

  it('summarises an import with plurals, leaving out what did not happen', () => {
    expect(importSummary(tEn, 'en', { added: 1, updated: 2, unchanged: 0, invalid: 3 })).toBe(
      'Import finished: 1 added, 2 updated, and 3 invalid records skipped.',
    );
    expect(importSummary(tEn, 'en', { added: 0, updated: 0, unchanged: 1, invalid: 1 })).toBe(
      'Import finished: 1 already up to date and 1 invalid record skipped.',
    );
    expect(importSummary(tEn, 'en', { added: 0, updated: 0, unchanged: 0, invalid: 0 })).toMatch(/nothing changed/);
    expect(importSummary(tFr, 'fr', { added: 2, updated: 0, unchanged: 0, invalid: 1 })).toBe(
      'Importation terminée : 2 ajoutés et 1 enregistrement invalide ignoré.',
    );
  });

  it('words the notices', () => {
    expect(noticeText(tEn, 'en', { kind: 'removed', id: 'a', title: 'The mill' })).toBe('Deleted “The mill”.');
    expect(noticeText(tEn, 'en', { kind: 'exported', filename: 'readside.json', count: 1 })).toBe(
      'Exported 1 article to “readside.json”.',
    );
    expect(noticeText(tEn, 'en-US', { kind: 'exported', filename: 'r.md', count: 1200 })).toBe(
      'Exported 1,200 articles to “r.md”.',
    );
    expect(noticeText(tEn, 'en', { kind: 'archived', title: 'A', archived: false })).toBe(
      'Moved “A” back to your list.',
    );
  });

  it('formats size limits for people', () => {
    expect(formatMegabytes(MB, 'en')).toBe('100 MB');
    expect(formatMegabytes(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
    expect(formatMegabytes(MB, '!!bad')).toBe('100 MB');
  });
});
