/**
 * "Load remote images: on click / never". With those settings the sanitiser moves remote `src` and
 * `srcset` to `data-rs-src` / `data-rs-srcset`, so nothing is fetched. Here the view adds, per held
 * image, a button that restores it (on click) or a short note (never). Restored URLs are checked
 * again and load without a referrer.
 */
import type { RemoteImages } from '../settings';
import { safeImageUrl, safeSrcset } from './safe-attrs';

export interface ImageLabels {
  /** Text of the button that loads one image; gets the image's alt text ('' if none). */
  load(alt: string): string;
  /** Note shown in place of an image that will not load. */
  blocked(alt: string): string;
}

export const HELD_IMAGE = 'img[data-rs-src], img[data-rs-srcset], video[data-rs-poster]';

/** Puts the held URLs back on an image (and the `<source>`s of its `<picture>`), or a video's poster. */
export function restoreImage(img: HTMLImageElement | HTMLVideoElement, baseUrl: string): void {
  if (img.tagName === 'VIDEO') {
    const poster = safeImageUrl(img.getAttribute('data-rs-poster'), baseUrl);
    if (poster) img.setAttribute('poster', poster);
    img.removeAttribute('data-rs-poster');
    return;
  }
  (img as HTMLImageElement).referrerPolicy = 'no-referrer';
  const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
  for (const source of picture?.querySelectorAll('source[data-rs-srcset]') ?? []) {
    const srcset = safeSrcset(source.getAttribute('data-rs-srcset'), baseUrl);
    if (srcset) source.setAttribute('srcset', srcset);
    source.removeAttribute('data-rs-srcset');
  }
  const srcset = safeSrcset(img.getAttribute('data-rs-srcset'), baseUrl);
  if (srcset) img.setAttribute('srcset', srcset);
  const src = safeImageUrl(img.getAttribute('data-rs-src'), baseUrl);
  if (src) img.setAttribute('src', src);
  img.removeAttribute('data-rs-srcset');
  img.removeAttribute('data-rs-src');
}

export function attachImagePlaceholders(
  root: HTMLElement,
  options: { mode: RemoteImages; baseUrl: string; labels: ImageLabels; signal: AbortSignal },
): void {
  const { mode, baseUrl, labels, signal } = options;
  if (mode === 'always') return;
  const doc = root.ownerDocument;
  for (const img of root.querySelectorAll<HTMLImageElement | HTMLVideoElement>(HELD_IMAGE)) {
    const alt = (img.getAttribute('alt') ?? '').trim();
    const anchor = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : img;
    if (mode === 'never') {
      const note = doc.createElement('span');
      note.className = 'rs-image-blocked';
      note.textContent = labels.blocked(alt);
      anchor.before(note);
      continue;
    }
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'rs-image-load';
    button.textContent = labels.load(alt);
    button.addEventListener(
      'click',
      () => {
        restoreImage(img, baseUrl);
        button.remove();
      },
      { signal, once: true },
    );
    anchor.before(button);
  }
}
