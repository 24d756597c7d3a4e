import type { HeadIndex } from './head-index';

/**
 * The article's address: `<link rel=canonical>` or `og:url` when it is valid and on the same site
 * as the page, else the page URL; tracking parameters (utm_*, fbclid, gclid, ...) stripped.
 */

const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'vero_conv',
  'wickedid',
  'rb_clickid',
  's_cid',
  'ncid',
  'sr_share',
  'ref_src',
  'ref_url',
  'cmpid',
  'spm',
  'isappinstalled',
]);

const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'itm_'];

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}

/** `url` without tracking parameters and without a plain `#fragment` (hash routes `#!`/`#/` stay). */
export function stripTracking(url: URL): URL {
  const clean = new URL(url.href);
  for (const name of Array.from(clean.searchParams.keys())) {
    if (isTrackingParam(name)) clean.searchParams.delete(name);
  }
  // Deleting rewrites the query with `+` for spaces; keep the original text when nothing was removed.
  if (clean.searchParams.size === url.searchParams.size) clean.search = url.search;
  if (!/^#[!/]/.test(clean.hash)) clean.hash = '';
  return clean;
}

/** Second-level labels under which registrable names sit one level deeper (example.co.uk). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gob', 'nic', 'ltd']);

/** An approximation of the registrable domain ("site") without the public suffix list. */
export function siteOf(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^[\d.]+$/.test(hostname) || hostname.includes(':')) return labels.join('.');
  const secondLast = labels[labels.length - 2]!;
  const take = labels[labels.length - 1]!.length === 2 && SECOND_LEVEL.has(secondLast) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** `href` resolved against `base` when it is an http(s) URL; null otherwise. */
export function parseHttp(href: string | null | undefined, base?: string): URL | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export function canonicalUrl(head: HeadIndex, pageUrl: string): string {
  const page = parseHttp(pageUrl);
  if (!page) return pageUrl;
  const candidates = [head.links.get('canonical'), head.meta.get('og:url')];
  for (const candidate of candidates) {
    const url = parseHttp(candidate, page.href);
    // A canonical that points at the home page from a deeper page is a CMS misconfiguration.
    const toHome = url?.pathname === '/' && page.pathname !== '/';
    if (url && !toHome && siteOf(url.hostname) === siteOf(page.hostname)) return stripTracking(url).href;
  }
  return stripTracking(page).href;
}
