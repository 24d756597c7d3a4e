import { describe, expect, it } from 'vitest';
import { attachImagePlaceholders, heldMedia, restoreImage, restoreMedia } from './remote-images';

const base = 'https://news.example/a/';
const labels = {
  load: (alt: string) => `Load image ${alt}`.trim(),
  blocked: (alt: string) => `Not loaded ${alt}`.trim(),
  loadMedia: (kind: string) => `Load ${kind}`,
  blockedMedia: (kind: string) => `No ${kind}`,
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

describe('media under on-click and never', () => {
  const media =
    '<video data-rs-src="v.webm" data-rs-poster="poster.jpg" controls preload="none"></video>' +
    '<audio controls preload="none"><source data-rs-src="https://cdn.example/a.mp3"><track data-rs-src="a.vtt"></audio>' +
    '<video src="https://cdn.example/kept.webm" controls preload="none"></video>';

  it('finds only the players that hold a source or poster', () => {
    expect(heldMedia(body(media)).map((m) => m.tagName)).toEqual(['VIDEO', 'AUDIO']);
  });

  it('adds a load button per held player that restores its sources but keeps preload="none"', () => {
    const root = body(media);
    attachImagePlaceholders(root, { mode: 'on-click', baseUrl: base, labels, signal: new AbortController().signal });
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button.rs-image-load')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Load video', 'Load audio']);
    for (const button of buttons) button.click();
    const [video, audio] = root.querySelectorAll('video, audio');
    expect(video?.getAttribute('src')).toBe('https://news.example/a/v.webm');
    expect(video?.getAttribute('poster')).toBe('https://news.example/a/poster.jpg');
    expect(audio?.querySelector('source')?.getAttribute('src')).toBe('https://cdn.example/a.mp3');
    expect(audio?.querySelector('track')?.getAttribute('src')).toBe('https://news.example/a/a.vtt');
    expect([video, audio].map((m) => m?.getAttribute('preload'))).toEqual(['none', 'none']);
    expect(heldMedia(root)).toEqual([]);
    expect(root.querySelectorAll('button')).toHaveLength(0);
  });

  it('only notes held players when the setting is never', () => {
    const root = body(media);
    attachImagePlaceholders(root, { mode: 'never', baseUrl: base, labels, signal: new AbortController().signal });
    expect([...root.querySelectorAll('.rs-image-blocked')].map((n) => n.textContent)).toEqual(['No video', 'No audio']);
    expect(root.querySelector('button')).toBeNull();
    expect(root.querySelectorAll('[src^="https://news"], source[src], track[src]')).toHaveLength(0);
  });

  it('refuses unsafe URLs when restoring', () => {
    const root = body(
      '<video data-rs-src="javascript:alert(1)" data-rs-poster="data:image/svg+xml,<svg/onload=alert(1)>"><source data-rs-src="data:video/webm,x"></video>',
    );
    restoreMedia(root.querySelector('video') as HTMLVideoElement, base);
    const video = root.querySelector('video');
    expect(video?.hasAttribute('src')).toBe(false);
    expect(video?.hasAttribute('poster')).toBe(false);
    expect(video?.querySelector('source')?.hasAttribute('src')).toBe(false);
    expect(root.querySelectorAll('[data-rs-src], [data-rs-poster]')).toHaveLength(0);
  });
});

describe('restoreImage', () => {
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
