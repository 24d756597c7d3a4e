import { describe, expect, it } from 'vitest';
import { safeDir, safeImageUrl, safeLang, safeLinkUrl, safeSrcset } from './safe-attrs';

describe('safeLang', () => {
  it('keeps language tags', () => {
    expect(safeLang('en')).toBe('en');
    expect(safeLang(' pt-BR ')).toBe('pt-BR');
    expect(safeLang('zh-Hant-TW')).toBe('zh-Hant-TW');
  });
  it('drops anything else', () => {
    expect(safeLang('en" onload="x')).toBeUndefined();
    expect(safeLang('')).toBeUndefined();
    expect(safeLang('e')).toBeUndefined();
    expect(safeLang(`en-${'a'.repeat(40)}`)).toBeUndefined();
    expect(safeLang(null)).toBeUndefined();
  });
});

describe('safeDir', () => {
  it('keeps ltr and rtl only', () => {
    expect(safeDir('RTL')).toBe('rtl');
    expect(safeDir('ltr')).toBe('ltr');
    expect(safeDir('auto')).toBeUndefined();
    expect(safeDir('rtl;x')).toBeUndefined();
  });
});

describe('safeLinkUrl / safeImageUrl', () => {
  it('resolves relative URLs and keeps http(s)', () => {
    expect(safeLinkUrl('/a?b=1', 'https://ex.com/x/')).toBe('https://ex.com/a?b=1');
    expect(safeImageUrl('img.png', 'https://ex.com/x/')).toBe('https://ex.com/x/img.png');
  });
  it('refuses script and other schemes', () => {
    expect(safeLinkUrl(' JavaScript:alert(1)', 'https://ex.com/')).toBeNull();
    expect(safeLinkUrl('data:text/html,x')).toBeNull();
    expect(safeImageUrl('javascript:alert(1)', 'https://ex.com/')).toBeNull();
    expect(safeImageUrl('data:text/html;base64,AAAA')).toBeNull();
  });
  it('accepts data:image for images only', () => {
    expect(safeImageUrl('data:image/png;base64,AAAA')).toBe('data:image/png;base64,AAAA');
    expect(safeLinkUrl('data:image/png;base64,AAAA')).toBeNull();
  });
});

describe('safeSrcset', () => {
  it('keeps safe candidates with their descriptors', () => {
    expect(safeSrcset('a.jpg 1x, javascript:x 2x, https://cdn.ex/b.jpg 640w', 'https://ex.com/')).toBe(
      'https://ex.com/a.jpg 1x, https://cdn.ex/b.jpg 640w',
    );
  });
  it('returns null when nothing is safe', () => {
    expect(safeSrcset('javascript:x 1x', 'https://ex.com/')).toBeNull();
  });
});
