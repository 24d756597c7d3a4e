// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  imageSrcset,
  imageUrl,
  isRemote,
  linkHref,
  parseBase,
  parseSrcset,
  srcsetIsRemote,
  webUrl,
} from './url-policy';

const base = parseBase('https://example.com/news/story.html?id=7');

/** Disguises of `javascript:` and friends, as attribute values after the HTML parser decoded entities. */
const EXECUTABLE = [
  'javascript:alert(1)',
  ' JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'java\tscript:alert(1)',
  'jav\nascript:alert(1)',
  'java\rscript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001\u0002 javascript:alert(1)',
  'javascript\t:alert(1)',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
  'blob:https://example.com/5c4b8d0e-0000-4000-8000-000000000000',
  'file:///etc/passwd',
  'filesystem:https://example.com/temporary/x',
  'chrome-extension://abcdefghijklmnop/options.html',
  'about:blank',
  'feed:javascript:alert(1)',
];

describe('linkHref', () => {
  it('resolves relative links against the base', () => {
    expect(linkHref('/a/b?c=1', base)).toBe('https://example.com/a/b?c=1');
    expect(linkHref('other.html', base)).toBe('https://example.com/news/other.html');
    expect(linkHref('//cdn.example.org/x', base)).toBe('https://cdn.example.org/x');
    expect(linkHref('?page=2', base)).toBe('https://example.com/news/story.html?page=2');
  });

  it('keeps http, https and mailto', () => {
    expect(linkHref('http://example.org/', base)).toBe('http://example.org/');
    expect(linkHref('HTTPS://Example.ORG/Path', base)).toBe('https://example.org/Path');
    expect(linkHref('mailto:editor@example.com?subject=Hi%20there', base)).toBe(
      'mailto:editor@example.com?subject=Hi%20there',
    );
  });

  it.each(EXECUTABLE)('drops %j', (raw) => {
    expect(linkHref(raw, base)).toBeNull();
  });

  it('keeps fragment-only links in the page, following the renamed ids', () => {
    expect(linkHref('#section-2', base)).toBe('#user-content-section-2');
    expect(linkHref(' #notes', base)).toBe('#user-content-notes');
    expect(linkHref('#user-content-x', base)).toBe('#user-content-x');
    expect(linkHref('#', base)).toBe('#');
    expect(linkHref('#a b"<c>', base)).toBe('#user-content-a%20b%22%3Cc%3E');
  });

  it('drops relative links when there is no usable base, but keeps absolute ones', () => {
    expect(linkHref('/a', null)).toBeNull();
    expect(linkHref('/a', parseBase('about:blank'))).toBeNull();
    expect(linkHref('https://example.org/a', null)).toBe('https://example.org/a');
  });

  it('never resolves a relative link into a non-web scheme of the base', () => {
    expect(linkHref('options.html', parseBase('chrome-extension://abcdefghijklmnop/reader.html'))).toBeNull();
    expect(linkHref('x', parseBase('file:///home/me/page.html'))).toBeNull();
  });

  it('refuses mailto URLs that keep markup characters raw', () => {
    expect(linkHref('mailto:"><img src=x onerror=alert(1)>@x', base)).toBeNull();
  });
});

describe('imageUrl and webUrl', () => {
  it('allows raster data images only', () => {
    for (const type of ['png', 'gif', 'jpeg', 'webp', 'avif', 'PNG']) {
      expect(imageUrl(`data:image/${type};base64,AAAA`, base)).toBe(`data:image/${type};base64,AAAA`);
    }
    expect(imageUrl('data:image/png,AAAA', base)).toBe('data:image/png,AAAA');
    expect(imageUrl('data:image/svg+xml;base64,AAAA', base)).toBeNull();
    expect(imageUrl('data:image/pngx,AAAA', base)).toBeNull();
    expect(imageUrl('data:,AAAA', base)).toBeNull();
  });

  it('resolves image paths', () => {
    expect(imageUrl('img/a.jpg', base)).toBe('https://example.com/news/img/a.jpg');
  });

  it.each(EXECUTABLE)('drops %j as an image or media URL', (raw) => {
    expect(imageUrl(raw, base)).toBeNull();
    expect(webUrl(raw, base)).toBeNull();
  });

  it('never takes data: for media', () => {
    expect(webUrl('data:image/png;base64,AAAA', base)).toBeNull();
    expect(webUrl('clip.mp4', base)).toBe('https://example.com/news/clip.mp4');
  });

  it('tells remote from inline', () => {
    expect(isRemote('https://example.com/a.png')).toBe(true);
    expect(isRemote('http://example.com/a.png')).toBe(true);
    expect(isRemote('data:image/png;base64,AAAA')).toBe(false);
  });
});

describe('srcset', () => {
  it('parses candidates like the HTML parser, keeping commas inside URLs', () => {
    expect(parseSrcset('a.jpg 1x, b.jpg 2x')).toEqual([
      { url: 'a.jpg', descriptor: '1x' },
      { url: 'b.jpg', descriptor: '2x' },
    ]);
    expect(parseSrcset('data:image/png;base64,AAAA 1x,b.jpg, c.jpg 100w')).toEqual([
      { url: 'data:image/png;base64,AAAA', descriptor: '1x' },
      { url: 'b.jpg', descriptor: '' },
      { url: 'c.jpg', descriptor: '100w' },
    ]);
    expect(parseSrcset('  ,, a.jpg?w=1,2 300w ,')).toEqual([{ url: 'a.jpg?w=1,2', descriptor: '300w' }]);
    expect(parseSrcset('')).toEqual([]);
  });

  it('resolves each candidate and drops bad ones', () => {
    expect(imageSrcset('small.jpg 480w, javascript:alert(1) 800w, /large.jpg 1080w', base)).toBe(
      'https://example.com/news/small.jpg 480w, https://example.com/large.jpg 1080w',
    );
    expect(imageSrcset('a.jpg 1.5x, b.jpg .5x, c.jpg 2X, d.jpg 10q', base)).toBe(
      'https://example.com/news/a.jpg 1.5x, https://example.com/news/b.jpg .5x',
    );
    expect(imageSrcset('data:image/svg+xml,x 1x, vbscript:x 2x', base)).toBeNull();
  });

  it('is stable when its output is parsed again', () => {
    const once = imageSrcset('a b.jpg 1x, data:image/gif;base64,R0lG 2x, /c,d.jpg 3x', base);
    expect(once).not.toBeNull();
    expect(imageSrcset(once ?? '', base)).toBe(once);
  });

  it('says whether any candidate is remote', () => {
    expect(srcsetIsRemote('data:image/png;base64,AA 1x, https://example.com/a.png 2x')).toBe(true);
    expect(srcsetIsRemote('data:image/png;base64,AA 1x')).toBe(false);
  });
});
