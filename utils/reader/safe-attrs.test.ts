import { describe, expect, it } from 'vitest';
import { safeExternalLink, safeImageUrl, safeLinkUrl, safeSrcset } from './safe-attrs';

describe('safe URLs for the view’s own elements', () => {
  it('resolves relative URLs against the article', () => {
    expect(safeLinkUrl('/a?b=1', 'https://ex.com/x/')).toBe('https://ex.com/a?b=1');
    expect(safeImageUrl('img.png', 'https://ex.com/x/')).toBe('https://ex.com/x/img.png');
  });
  it('refuses script and other schemes, and non-strings', () => {
    expect(safeLinkUrl(' JavaScript:alert(1)', 'https://ex.com/')).toBeNull();
    expect(safeExternalLink('javascript:alert(1)', 'https://ex.com/')).toBeNull();
    expect(safeImageUrl('data:text/html;base64,AAAA')).toBeNull();
    expect(safeLinkUrl(null)).toBeNull();
    expect(safeImageUrl('   ')).toBeNull();
  });
  it('keeps mailto for links but not in-page fragments', () => {
    expect(safeExternalLink('mailto:a@b.example')).toBe('mailto:a@b.example');
    expect(safeExternalLink('#notes', 'https://ex.com/')).toBeNull();
  });
  it('keeps raster data images for images only', () => {
    expect(safeImageUrl('data:image/png;base64,AAAA')).toBe('data:image/png;base64,AAAA');
    expect(safeLinkUrl('data:image/png;base64,AAAA')).toBeNull();
  });
  it('filters srcset candidates', () => {
    expect(safeSrcset('a.jpg 1x, javascript:x 2x, https://cdn.ex/b.jpg 640w', 'https://ex.com/')).toBe(
      'https://ex.com/a.jpg 1x, https://cdn.ex/b.jpg 640w',
    );
    expect(safeSrcset('javascript:x 1x', 'https://ex.com/')).toBeNull();
  });
});
