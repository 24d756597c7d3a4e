/**
 * Which URLs may appear in sanitised article markup. Pure: only the WHATWG URL parser, no DOM.
 *
 * Every value is resolved with `new URL()` and judged by its parsed `.protocol`, never by string
 * prefixes: the parser is what strips the whitespace, tabs, newlines and control characters of
 * disguised forms such as `" JavaScript:"` or `java&#x09;script:` (the HTML parser has already
 * decoded the entities), so what we check is what a browser would follow.
 */
import { prefixFragment } from './named-props';

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const WEB_PROTOCOLS = new Set(['http:', 'https:']);
/** Raster formats only: `image/svg+xml` is a document that can carry script and links. */
const DATA_IMAGE = /^image\/(?:png|gif|jpeg|webp|avif)(?:;[^,]*)?,/i;
/**
 * The serialiser percent-encodes these in http(s) URLs; an emitted URL that still holds one (an opaque
 * `mailto:` or `data:` path keeps them raw) is not one we want in an attribute.
 */
const UNTRUSTED_CHARACTERS = /[\s<>"`\\]/;
/** Leading C0 controls and spaces, which the URL parser ignores too. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const LEADING_CONTROLS = /^[\u0000-\u0020]+/;

/** The article URL relative references are resolved against; null if it is not a parseable absolute URL. */
export function parseBase(baseUrl: string | null | undefined): URL | null {
  if (!baseUrl) return null;
  try {
    return new URL(baseUrl);
  } catch {
    return null;
  }
}

function resolve(raw: string, base: URL | null): URL | null {
  try {
    return base ? new URL(raw, base) : new URL(raw);
  } catch {
    return null;
  }
}

function emit(url: URL): string | null {
  const href = url.href;
  return UNTRUSTED_CHARACTERS.test(href) ? null : href;
}

/** A link target: http, https or mailto (absolute), or an in-page `#fragment` (kept relative). */
export function linkHref(raw: string, base: URL | null): string | null {
  const trimmed = raw.replace(LEADING_CONTROLS, '');
  if (trimmed.startsWith('#')) return fragmentHref(trimmed);
  const url = resolve(raw, base);
  return url && LINK_PROTOCOLS.has(url.protocol) ? emit(url) : null;
}

/**
 * `#section` in the page's own markup points at `id="section"`, which the sanitiser's named-property
 * protection renames to `user-content-section`: the link follows it. Percent-encoding as the URL parser does.
 */
function fragmentHref(raw: string): string | null {
  const url = resolve(raw, new URL('https://fragment.invalid/'));
  if (!url) return null;
  const fragment = url.hash.slice(1);
  if (!fragment) return '#';
  const href = `#${prefixFragment(fragment)}`;
  return UNTRUSTED_CHARACTERS.test(href) ? null : href;
}

/** An image source: http, https, or a `data:` URL of a raster image type. */
export function imageUrl(raw: string, base: URL | null): string | null {
  const url = resolve(raw, base);
  if (!url) return null;
  if (WEB_PROTOCOLS.has(url.protocol)) return emit(url);
  if (url.protocol === 'data:' && DATA_IMAGE.test(url.pathname)) return emit(url);
  return null;
}

/** A fetched or cited resource that is not an image (video, audio, text track, `cite`): http or https. */
export function webUrl(raw: string, base: URL | null): string | null {
  const url = resolve(raw, base);
  return url && WEB_PROTOCOLS.has(url.protocol) ? emit(url) : null;
}

/** True for a URL the browser would fetch from the network (as opposed to an inline `data:` image). */
export function isRemote(url: string): boolean {
  return /^https?:/i.test(url);
}

export interface SrcsetCandidate {
  url: string;
  /** `100w`, `1.5x` or '' (which means 1x). */
  descriptor: string;
}

const DESCRIPTOR = /^(?:\d+w|(?:\d+|\d*\.\d+)x)$/;

/**
 * Splits a `srcset` the way the HTML parser does: a URL is a run of non-whitespace (so `data:` URLs
 * keep their commas), trailing commas end a candidate without descriptors, otherwise descriptors run
 * to the next comma outside parentheses.
 */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  const length = value.length;
  let position = 0;
  while (position < length) {
    while (position < length && /[\s,]/.test(value.charAt(position))) position++;
    if (position >= length) break;
    const urlStart = position;
    while (position < length && !/\s/.test(value.charAt(position))) position++;
    let url = value.slice(urlStart, position);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const descriptorStart = position;
      let depth = 0;
      while (position < length) {
        const char = value.charAt(position);
        if (char === '(') depth++;
        else if (char === ')') depth = Math.max(0, depth - 1);
        else if (char === ',' && depth === 0) break;
        position++;
      }
      descriptor = value.slice(descriptorStart, position).trim();
      position++;
    }
    if (url) candidates.push({ url, descriptor });
  }
  return candidates;
}

/**
 * Each candidate resolved as an image URL; candidates with a disallowed URL or an invalid descriptor
 * are dropped (as the browser would drop a bad descriptor). Null when nothing is left.
 */
export function imageSrcset(raw: string, base: URL | null): string | null {
  const kept: string[] = [];
  for (const candidate of parseSrcset(raw)) {
    if (candidate.descriptor && !DESCRIPTOR.test(candidate.descriptor)) continue;
    const url = imageUrl(candidate.url, base);
    if (!url || url.endsWith(',')) continue;
    kept.push(candidate.descriptor ? `${url} ${candidate.descriptor}` : url);
  }
  return kept.length > 0 ? kept.join(', ') : null;
}

/** True when any candidate of a (policy-approved) srcset would be fetched from the network. */
export function srcsetIsRemote(srcset: string): boolean {
  return parseSrcset(srcset).some((candidate) => isRemote(candidate.url));
}
