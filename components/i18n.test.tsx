import { describe, expect, it } from 'vitest';
import { formatNumber, messageKey, pluralKey, translateOr } from './i18n';
import { tEn } from './test-support/i18n';

describe('i18n helpers', () => {
  it('turns codes into valid message names', () => {
    expect(messageKey('removedKind_', 'author-box')).toBe('removedKind_author_box');
    expect(messageKey('detect_', 'link_heavy')).toBe('detect_link_heavy');
  });

  it('falls back when a message is missing', () => {
    expect(translateOr(tEn, 'detect_does_not_exist', 'English reason')).toBe('English reason');
    expect(translateOr(tEn, 'readingTime', 'x', '4')).toBe('4 min read');
  });

  it('picks plural forms by the locale’s rules', () => {
    expect(pluralKey('removedSummary', 1, 'en')).toBe('removedSummary_one');
    expect(pluralKey('removedSummary', 0, 'en')).toBe('removedSummary_other');
    expect(pluralKey('removedSummary', 0, 'fr')).toBe('removedSummary_one');
    expect(pluralKey('removedSummary', 2, 'fr')).toBe('removedSummary_other');
    expect(pluralKey('removedSummary', 1, '!!bad')).toBe('removedSummary_one');
  });

  it('formats numbers for the locale', () => {
    expect(formatNumber(1200, 'en-US')).toBe('1,200');
    expect(formatNumber(1200, 'fr-FR').replace(/\s/g, ' ')).toBe('1 200');
  });
});
