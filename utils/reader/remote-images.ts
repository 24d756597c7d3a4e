/**
 * "Load remote images: on click / never". With those settings the sanitiser moves remote `src` and
 * `srcset` to `data-rs-src` / `data-rs-srcset` (a video's poster to `data-rs-poster`), so nothing is
 * fetched. Here the view adds, per held image, video or audio, a button that restores it (on click)
 * or a short note (never). Restored URLs are checked again; the reader pages send no referrer.
 *
 * Media follows the same rule as images, and restoring it is not playing it: the sanitiser keeps
 * `preload="none"` and no `autoplay`, so the video or audio itself is only fetched when the user
 * presses play (only its poster loads with the button).
 */
import type { RemoteImages } from '../settings';
import { safeImageUrl, safeLinkUrl, safeSrcset } from './safe-attrs';

export type MediaKind = 'video' | 'audio';

export interface ImageLabels {
  /** Text of the button that loads one image; gets the image's alt text ('' if none). */
  load(alt: string): string;
  /** Note shown in place of an image that will not load. */
  blocked(alt: string): string;
  /** Text of the button that loads one video or audio player (it still waits for play). */
  loadMedia(kind: MediaKind): string;
  /** Note shown in place of a video or audio player that will not load. */
  blockedMedia(kind: MediaKind): string;
}

/** Images with a held source. */
export const HELD_IMAGE = 'img[data-rs-src], img[data-rs-srcset]';

/** `<source>` and `<track>` children of a video or audio element that hold a source. */
function heldChildren(media: Element): Element[] {
  return [...media.children].filter(
    (child) => (child.tagName === 'SOURCE' || child.tagName === 'TRACK') && child.hasAttribute('data-rs-src'),
  );
}

/** Video and audio with a held source or poster (`<source>`/`<track>` children included). */
export function heldMedia(root: ParentNode): HTMLMediaElement[] {
  return [...root.querySelectorAll<HTMLMediaElement>('video, audio')].filter(
    (media) =>
      media.hasAttribute('data-rs-src') || media.hasAttribute('data-rs-poster') || heldChildren(media).length > 0,
  );
}

/**
 * Puts the held URLs back on a video or audio element and its `<source>`s and `<track>`s, as a fresh
 * element: inserting it selects its resource the way the page's markup would, under `preload="none"`.
 * (`load()` on the old element would do it too, but inside the click Chromium then fetches the media.)
 * Returns the element now in the document.
 */
export function restoreMedia(media: HTMLMediaElement, baseUrl: string): HTMLMediaElement {
  const fresh = media.cloneNode(true) as HTMLMediaElement;
  const poster = safeImageUrl(fresh.getAttribute('data-rs-poster'), baseUrl);
  if (poster) fresh.setAttribute('poster', poster);
  fresh.removeAttribute('data-rs-poster');
  for (const child of [fresh, ...heldChildren(fresh)]) {
    const src = safeLinkUrl(child.getAttribute('data-rs-src'), baseUrl);
    if (src) child.setAttribute('src', src);
    child.removeAttribute('data-rs-src');
  }
  fresh.setAttribute('preload', 'none');
  fresh.removeAttribute('autoplay');
  media.replaceWith(fresh);
  return fresh;
}

/** Puts the held URLs back on an image (and the `<source>`s of its `<picture>`). */
export function restoreImage(img: HTMLImageElement, baseUrl: string): void {
  img.referrerPolicy = 'no-referrer';
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
  const held = [
    ...[...root.querySelectorAll<HTMLImageElement>(HELD_IMAGE)].map((img) => {
      const alt = (img.getAttribute('alt') ?? '').trim();
      return {
        anchor: img.parentElement?.tagName === 'PICTURE' ? img.parentElement : img,
        load: labels.load(alt),
        blocked: labels.blocked(alt),
        restore: () => restoreImage(img, baseUrl),
      };
    }),
    ...heldMedia(root).map((media) => {
      const kind: MediaKind = media.tagName === 'AUDIO' ? 'audio' : 'video';
      return {
        anchor: media,
        load: labels.loadMedia(kind),
        blocked: labels.blockedMedia(kind),
        restore: () => restoreMedia(media, baseUrl),
      };
    }),
  ];
  const doc = root.ownerDocument;
  for (const { anchor, load, blocked, restore } of held) {
    if (mode === 'never') {
      const note = doc.createElement('span');
      note.className = 'rs-image-blocked';
      note.textContent = blocked;
      anchor.before(note);
      continue;
    }
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'rs-image-load';
    button.textContent = load;
    button.addEventListener(
      'click',
      () => {
        restore();
        button.remove();
      },
      { signal, once: true },
    );
    anchor.before(button);
  }
}
