// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { safeDir, safeLang } from './lang-dir';

describe('safeLang', () => {
  it.each([
    ['en', 'en'],
    ['pt-BR', 'pt-BR'],
    ['zh-Hant-TW', 'zh-Hant-TW'],
    ['sr-Latn-RS', 'sr-Latn-RS'],
    ['x-klingon', 'x-klingon'],
    [' fr ', 'fr'],
    ['en_US', 'en-US'],
  ])('accepts %j as %j', (value, expected) => {
    expect(safeLang(value)).toBe(expected);
  });

  it('rejects tags longer than 35 characters even when well-formed', () => {
    const longTag = `en${'-abcdefgh'.repeat(4)}`;
    expect(longTag.length).toBeGreaterThan(35);
    expect(safeLang(longTag)).toBeNull();
    expect(safeLang(longTag.slice(0, 35))).toBe(longTag.slice(0, 35));
  });
});

describe('safeDir', () => {
  it.each([
    ['ltr', 'ltr'],
    ['RTL', 'rtl'],
    [' auto ', 'auto'],
  ])('accepts %j as %j', (value, expected) => {
    expect(safeDir(value)).toBe(expected);
  });
});
