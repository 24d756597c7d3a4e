/**
 * The DOMPurify hooks. URL attributes are taken out of DOMPurify's hands while it walks an element
 * (`uponSanitizeAttribute` records and drops them), then put back by `afterSanitizeAttributes`, resolved
 * against the article URL and only if our policy allows them. Everything else keeps DOMPurify's checks.
 */
import type { DOMPurify, UponSanitizeAttributeHookEvent } from 'dompurify';
import { safeDir, safeLang } from './lang-dir';
import { ID_REFERENCE_ATTRIBUTES, withoutReservedClasses } from './named-props';
import { imageSrcset, imageUrl, isRemote, linkHref, srcsetIsRemote, webUrl } from './url-policy';

export type ImagePolicy = 'always' | 'on-click' | 'never';

/** What one `sanitize` call needs inside the hooks, which DOMPurify installs per instance, not per call. */
export interface SanitizeCall {
  base: URL | null;
  images: ImagePolicy;
  /** URL attributes taken from each element while DOMPurify walks it. */
  taken: WeakMap<Element, Map<string, string>>;
}

/**
 * Every attribute whose value is a URL the reader could fetch or follow. `data-rs-src`, `data-rs-srcset`
 * and `data-rs-poster` are our own deferred sources (see `images`); on input they are read like `src`,
 * `srcset` and `poster`, so content sanitised under 'on-click' sanitises to itself again, and to the
 * loading form under 'always'.
 */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'poster',
  'cite',
  'data-rs-src',
  'data-rs-srcset',
  'data-rs-poster',
]);

/** Attributes this module sets; removed and re-added in this order so that output is stable (idempotent). */
const MANAGED_ATTRIBUTES = [
  'href',
  'rel',
  'target',
  'src',
  'data-rs-src',
  'srcset',
  'data-rs-srcset',
  'poster',
  'data-rs-poster',
  'cite',
  'controls',
  'preload',
  'referrerpolicy',
  'loading',
  'decoding',
] as const;
type ManagedAttribute = (typeof MANAGED_ATTRIBUTES)[number];
const MANAGED_SET: ReadonlySet<string> = new Set(MANAGED_ATTRIBUTES);
type Planned = Partial<Record<ManagedAttribute, string>>;

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const NO_URLS: ReadonlyMap<string, string> = new Map();

export function installHooks(purify: DOMPurify, currentCall: () => SanitizeCall | null): void {
  purify.addHook('uponSanitizeAttribute', (node, event) => {
    const name = event.attrName;
    if (URL_ATTRIBUTES.has(name)) {
      const call = currentCall();
      if (call) remember(call, node, name, event.attrValue);
      event.keepAttr = false;
      return;
    }
    if (name === 'is') return neutraliseInPlace(node, event);
    if (name === 'lang') return keepIfSafe(event, safeLang(event.attrValue));
    if (name === 'dir') return keepIfSafe(event, safeDir(event.attrValue));
    if (name === 'class') return keepIfSafe(event, withoutReservedClasses(event.attrValue) || null);
    const rewrite = ID_REFERENCE_ATTRIBUTES.get(name);
    if (rewrite) event.attrValue = rewrite(event.attrValue);
  });

  purify.addHook('afterSanitizeAttributes', (node) => {
    // Most elements are none of the managed kinds: they keep no URL attribute and need no lookup.
    const plan = PLANNERS.get(node.localName);
    if (!plan) return;
    const call = currentCall();
    // Outside one of our calls there is no policy to apply: the URL attributes stay removed (fail closed).
    if (!call || node.namespaceURI !== HTML_NAMESPACE) return;
    const planned = plan(call.taken.get(node) ?? NO_URLS, call);
    call.taken.delete(node);
    // Only those present are removed: one read of the names instead of a call per managed name.
    for (const name of node.getAttributeNames()) if (MANAGED_SET.has(name)) node.removeAttribute(name);
    for (const name of MANAGED_ATTRIBUTES) {
      const value = planned[name];
      if (value !== undefined) node.setAttribute(name, value);
    }
  });
}

function remember(call: SanitizeCall, node: Element, name: string, value: string): void {
  let urls = call.taken.get(node);
  if (!urls) {
    urls = new Map();
    call.taken.set(node, urls);
  }
  // The first occurrence wins, as in the HTML parser.
  if (!urls.has(name)) urls.set(name, value);
}

/**
 * `is` (customised built-in elements) becomes `is=""`, where it stands. DOMPurify would remove it and
 * append `is=""`, behind any attribute it re-sets later in the same pass (a `name` or `id` it
 * prefixes), so a second pass put them back in the other order: the output was not idempotent
 * (found by the fuzz test: `<p name="x" is="y">`).
 */
function neutraliseInPlace(node: Element, event: UponSanitizeAttributeHookEvent): void {
  node.setAttribute('is', '');
  event.attrValue = '';
  event.forceKeepAttr = true;
}

function keepIfSafe(event: UponSanitizeAttributeHookEvent, value: string | null): void {
  if (value === null) event.keepAttr = false;
  else event.attrValue = value;
}

type Planner = (urls: ReadonlyMap<string, string>, call: SanitizeCall) => Planned;

/** The managed attributes each kind of element ends up with; other elements lose their URL attributes. */
const PLANNERS: ReadonlyMap<string, Planner> = new Map<string, Planner>([
  ['a', planLink],
  ['area', planLink],
  [
    'img',
    (urls, call) => ({
      ...planSources(urls, call, imageUrl, true),
      referrerpolicy: 'no-referrer',
      loading: 'lazy',
      decoding: 'async',
    }),
  ],
  ['source', (urls, call) => planSources(urls, call, webUrl, true)],
  ['track', (urls, call) => planSources(urls, call, webUrl, false)],
  [
    'video',
    (urls, call) => ({ ...planSources(urls, call, webUrl, false), ...planPoster(urls, call), ...MEDIA_DEFAULTS }),
  ],
  ['audio', (urls, call) => ({ ...planSources(urls, call, webUrl, false), ...MEDIA_DEFAULTS })],
  ...['blockquote', 'q', 'del', 'ins'].map((tag): [string, Planner] => [
    tag,
    (urls, call) => ({ cite: resolveTaken(urls, 'cite', call, webUrl) }),
  ]),
]);

/** Media waits for the user: controls to start it, nothing fetched before that. */
const MEDIA_DEFAULTS: Planned = { controls: '', preload: 'none', referrerpolicy: 'no-referrer' };

function planLink(urls: ReadonlyMap<string, string>, call: SanitizeCall): Planned {
  const href = resolveTaken(urls, 'href', call, linkHref);
  if (href === undefined) return {};
  // In-page links stay in the page; everything else opens outside the privileged reader page.
  if (href.startsWith('#')) return { href };
  return { href, rel: 'noopener noreferrer', target: '_blank' };
}

type Resolver = (raw: string, base: URL | null) => string | null;

function resolveTaken(
  urls: ReadonlyMap<string, string>,
  name: string,
  call: SanitizeCall,
  resolver: Resolver,
): string | undefined {
  const raw = urls.get(name);
  return raw === undefined ? undefined : (resolver(raw, call.base) ?? undefined);
}

/**
 * `src` (and `srcset` where the element has one). Remote sources under the 'on-click' and 'never'
 * image policies move to `data-rs-src`/`data-rs-srcset` (and a poster to `data-rs-poster`), where
 * nothing fetches them; `data:` images stay.
 */
function planSources(
  urls: ReadonlyMap<string, string>,
  call: SanitizeCall,
  resolveSrc: Resolver,
  hasSrcset: boolean,
): Planned {
  const defer = call.images !== 'always';
  const planned: Planned = {};
  const rawSrc = urls.get('src') ?? urls.get('data-rs-src');
  const src = rawSrc === undefined ? null : resolveSrc(rawSrc, call.base);
  if (src !== null) planned[defer && isRemote(src) ? 'data-rs-src' : 'src'] = src;
  if (!hasSrcset) return planned;
  const rawSrcset = urls.get('srcset') ?? urls.get('data-rs-srcset');
  const srcset = rawSrcset === undefined ? null : imageSrcset(rawSrcset, call.base);
  if (srcset !== null) planned[defer && srcsetIsRemote(srcset) ? 'data-rs-srcset' : 'srcset'] = srcset;
  return planned;
}

/** The poster image, deferred like sources. */
function planPoster(urls: ReadonlyMap<string, string>, call: SanitizeCall): Planned {
  const raw = urls.get('poster') ?? urls.get('data-rs-poster');
  const poster = raw === undefined ? null : imageUrl(raw, call.base);
  if (poster === null) return {};
  return { [call.images !== 'always' && isRemote(poster) ? 'data-rs-poster' : 'poster']: poster };
}
