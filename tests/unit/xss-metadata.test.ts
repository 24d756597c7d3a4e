// @vitest-environment jsdom
/**
 * Page metadata is hostile too. Title, byline, site name and dates are rendered as text by the view;
 * `lang` and `dir` end up in attributes, so they go through allow-lists, here and in the article body.
 */
import { describe, expect, it } from 'vitest';
import { safeDir, safeLang, sanitizeHtml } from '../../utils/sanitize';
import { ARTICLE_URL, parseInert } from '../support/xss-vectors';

const LANG_PAYLOADS: unknown[] = [
  'en" onmouseover="alert(1)',
  "en' autofocus onfocus='alert(1)",
  'en><img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  'en US',
  'en-US\u0000',
  'en-US\n<svg onload=alert(1)>',
  'de-',
  '-de',
  'en--US',
  'en-toolongsubtag',
  `en-${'a'.repeat(40)}`,
  `${'en-abc'.repeat(6)}x`,
  '../../etc/passwd',
  '',
  '   ',
  'e',
  '1en',
  'en;q=0.8',
  'zh-Hant-TW\u202E',
  null,
  undefined,
  42,
  ['en'],
  { toString: () => 'en' },
];

const DIR_PAYLOADS: unknown[] = [
  'rtl" onmouseover="alert(1)',
  'rtl><img src=x onerror=alert(1)>',
  'ltr rtl',
  'inherit',
  'rtl;',
  'r\u0000tl',
  'ltr\u202E',
  '',
  null,
  1,
  { toString: () => 'rtl' },
];

describe('safeLang', () => {
  it.each(LANG_PAYLOADS.map((payload) => [payload]))('rejects %j', (payload) => {
    expect(safeLang(payload)).toBeNull();
  });

  it('accepts real tags, so the rejections above mean something', () => {
    expect(['en', 'en-GB', 'zh-Hant-TW', 'es-419'].map(safeLang)).toEqual(['en', 'en-GB', 'zh-Hant-TW', 'es-419']);
  });
});

describe('safeDir', () => {
  it.each(DIR_PAYLOADS.map((payload) => [payload]))('rejects %j', (payload) => {
    expect(safeDir(payload)).toBeNull();
  });

  it('accepts the three directions', () => {
    expect(['ltr', 'rtl', 'auto'].map(safeDir)).toEqual(['ltr', 'rtl', 'auto']);
  });
});

describe('lang and dir attributes in article markup', () => {
  const strings = (payloads: unknown[]) =>
    payloads.filter((payload): payload is string => typeof payload === 'string').map((payload) => [payload]);
  const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

  function sanitizedParagraph(attributes: string): Element {
    const dom = parseInert(sanitizeHtml(`<p ${attributes}>text</p>`, { baseUrl: ARTICLE_URL }));
    const elements = dom.querySelectorAll('*');
    expect(elements, 'no element is created').toHaveLength(1);
    expect(dom.textContent).toBe('text');
    return elements[0]!;
  }

  it.each(strings(LANG_PAYLOADS))('drops lang=%j', (payload) => {
    expect(sanitizedParagraph(`lang="${attribute(payload)}"`).hasAttribute('lang')).toBe(false);
  });

  it.each(strings(DIR_PAYLOADS))('drops dir=%j', (payload) => {
    expect(sanitizedParagraph(`dir="${attribute(payload)}"`).hasAttribute('dir')).toBe(false);
  });

  it('keeps allowed values', () => {
    const paragraph = sanitizedParagraph('lang="ar-EG" dir="rtl"');
    expect([paragraph.getAttribute('lang'), paragraph.getAttribute('dir')]).toEqual(['ar-EG', 'rtl']);
  });
});
