// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isPlaceholderSrc, promoteLazyImage, sensibleSrcset } from './lazy-images';

function img(attrs: string): Element {
  const div = document.createElement('div');
  div.innerHTML = `<img ${attrs}>`;
  return div.firstElementChild!;
}

describe('lazy images', () => {
  it('promotes data-src over a placeholder src', () => {
    const el = img('src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/photo.jpg"');
    expect(promoteLazyImage(el)).toBe(true);
    expect(el.getAttribute('src')).toBe('/photo.jpg');
  });

  it('promotes data-lazy-src and data-srcset when src is missing or a blank file', () => {
    const el = img(
      'src="/img/blank.gif" data-lazy-src="/real.webp" data-srcset="/real-400.webp 400w, /real-800.webp 800w"',
    );
    promoteLazyImage(el);
    expect(el.getAttribute('src')).toBe('/real.webp');
    expect(el.getAttribute('srcset')).toBe('/real-400.webp 400w, /real-800.webp 800w');
  });

  it('keeps a real src and a real srcset', () => {
    const el = img('src="/a.jpg" srcset="/a-2x.jpg 2x" data-src="/other.jpg"');
    expect(promoteLazyImage(el)).toBe(false);
    expect(el.getAttribute('src')).toBe('/a.jpg');
  });

  it('takes the first srcset candidate when there is no src at all', () => {
    const el = img('srcset="/s-320.jpg 320w, /s-640.jpg 640w"');
    promoteLazyImage(el);
    expect(el.getAttribute('src')).toBe('/s-320.jpg');
  });

  it('drops data: candidates from srcset', () => {
    expect(sensibleSrcset('data:image/gif;base64,AAAA 1x, /b.jpg 2x')).toBe('/b.jpg 2x');
    expect(sensibleSrcset('data:image/gif;base64,AAAA 1x')).toBeNull();
  });

  it('tells placeholders from real sources', () => {
    expect(isPlaceholderSrc('')).toBe(true);
    expect(isPlaceholderSrc('/wp-content/lazy-placeholder.png')).toBe(true);
    expect(isPlaceholderSrc('/photos/loading-dock.jpg')).toBe(false);
    expect(isPlaceholderSrc('https://cdn.example.com/a.jpg')).toBe(false);
  });
});
