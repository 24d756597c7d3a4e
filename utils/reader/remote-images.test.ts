import { describe, expect, it } from 'vitest';
import { attachImagePlaceholders, restoreImage } from './remote-images';

const base = 'https://news.example/a/';
const labels = {
  load: (alt: string) => `Load image ${alt}`.trim(),
  blocked: (alt: string) => `Not loaded ${alt}`.trim(),
};

function body(html: string) {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('attachImagePlaceholders', () => {
  it('adds a button per held image that restores it on click, once', () => {
    const root = body('<img data-rs-src="p.jpg" alt="A mill"><img data-rs-src="https://cdn.example/q.jpg">');
    const ctl = new AbortController();
    attachImagePlaceholders(root, { mode: 'on-click', baseUrl: base, labels, signal: ctl.signal });
    const buttons = root.querySelectorAll('button.rs-image-load');
    expect([...buttons].map((b) => b.textContent)).toEqual(['Load image A mill', 'Load image']);
    (buttons[0] as HTMLButtonElement).click();
    const [first, second] = root.querySelectorAll('img');
    expect(first?.getAttribute('src')).toBe('https://news.example/a/p.jpg');
    expect(first?.hasAttribute('data-rs-src')).toBe(false);
    expect(first?.referrerPolicy).toBe('no-referrer');
    expect(second?.hasAttribute('src')).toBe(false);
    expect(root.querySelectorAll('button.rs-image-load')).toHaveLength(1);
  });

  it('only notes held images when the setting is never', () => {
    const root = body('<img data-rs-src="p.jpg" alt="A mill">');
    attachImagePlaceholders(root, { mode: 'never', baseUrl: base, labels, signal: new AbortController().signal });
    expect(root.querySelector('button')).toBeNull();
    expect(root.querySelector('.rs-image-blocked')?.textContent).toBe('Not loaded A mill');
    expect(root.querySelector('img')?.hasAttribute('src')).toBe(false);
  });

  it('does nothing when images always load', () => {
    const root = body('<img data-rs-src="p.jpg">');
    attachImagePlaceholders(root, { mode: 'always', baseUrl: base, labels, signal: new AbortController().signal });
    expect(root.children).toHaveLength(1);
  });

  it('stops reacting once the view is replaced (signal aborted)', () => {
    const root = body('<img data-rs-src="p.jpg">');
    const ctl = new AbortController();
    attachImagePlaceholders(root, { mode: 'on-click', baseUrl: base, labels, signal: ctl.signal });
    ctl.abort();
    root.querySelector('button')?.click();
    expect(root.querySelector('img')?.hasAttribute('src')).toBe(false);
  });
});

describe('restoreImage', () => {
  it('restores a held video poster', () => {
    const root = body('<video data-rs-poster="poster.jpg" controls></video>');
    restoreImage(root.querySelector('video') as HTMLVideoElement, base);
    expect(root.querySelector('video')?.getAttribute('poster')).toBe('https://news.example/a/poster.jpg');
    expect(root.querySelector('video')?.hasAttribute('data-rs-poster')).toBe(false);
  });

  it('restores srcset on the image and its picture sources, refusing unsafe URLs', () => {
    const root = body(
      '<picture><source data-rs-srcset="w.webp 1x, javascript:x 2x"><img data-rs-src="javascript:alert(1)" data-rs-srcset="a.jpg 1x"></picture>',
    );
    const img = root.querySelector('img') as HTMLImageElement;
    restoreImage(img, base);
    expect(root.querySelector('source')?.getAttribute('srcset')).toBe('https://news.example/a/w.webp 1x');
    expect(img.getAttribute('srcset')).toBe('https://news.example/a/a.jpg 1x');
    expect(img.hasAttribute('src')).toBe(false);
  });
});
