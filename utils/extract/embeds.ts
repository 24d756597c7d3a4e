/**
 * Embedded media placeholders. The sanitiser forbids `<iframe>`, `<embed>` and `<object>` (active
 * content in a privileged page), so an article's video, podcast or embedded post would vanish
 * without a trace. After Readability and before sanitising, each one is replaced, where it stood,
 * by a plain link to the embedded content's own page (`youtube.com/watch?v=…` for a YouTube player),
 * which the sanitiser keeps: `<p><a class="readside-embed readside-embed-video" href="…">title</a></p>`,
 * or the bare link where the frame sat inside a paragraph. A figure around the frame, and its
 * caption, stay as they were. Widgets (follow buttons, subscribe boxes), ad and tracking frames,
 * and frames without an http(s) source leave nothing behind.
 *
 * Pure DOM work; the only words that reach the content are the frame's own title or the URL.
 * Embedded posts that are already markup (`blockquote.twitter-tweet`, `blockquote.instagram-media`)
 * are quotes with text and links: they need nothing from here.
 */
import { parseHttp, stripTracking } from './canonical-url';

export type EmbedKind = 'video' | 'audio' | 'post' | 'code' | 'chart' | 'map' | 'page';

/** The placeholder's class; `${EMBED_CLASS}-${kind}` says what it stands for (the view styles both). */
export const EMBED_CLASS = 'readside-embed';

export interface EmbedTarget {
  /** The embedded content's own page (http or https). */
  href: string;
  kind: EmbedKind;
}

interface Provider {
  kind: EmbedKind;
  /** Host names (and their subdomains) the provider serves embeds from, without `www.`. */
  hosts: readonly string[];
  /** `host/path` prefixes of its content embeds: Readability must keep these frames for us. */
  keep: readonly string[];
  /** The content's page for an embed URL; null for the provider's widgets, which are not content. */
  page(url: URL): string | null;
}

const YOUTUBE_ID = /^[\w-]{11}$/;

/** `t=90` / `start=90` as the watch page's `&t=90s`. */
function youtubeStart(url: URL): string {
  const start = url.searchParams.get('start') ?? url.searchParams.get('t');
  const seconds = start?.match(/^(\d+)s?$/)?.[1];
  return seconds && seconds !== '0' ? `&t=${seconds}s` : '';
}

function youtubePage(url: URL): string | null {
  const [first = '', second = ''] = url.pathname.split('/').filter(Boolean);
  const list = url.searchParams.get('list');
  if (url.hostname.endsWith('youtu.be')) {
    return YOUTUBE_ID.test(first) ? `https://www.youtube.com/watch?v=${first}${youtubeStart(url)}` : null;
  }
  if (first === 'embed' && (second === 'videoseries' || !second) && list && /^[\w-]+$/.test(list)) {
    return `https://www.youtube.com/playlist?list=${list}`;
  }
  const channel = url.searchParams.get('channel');
  if (first === 'embed' && second === 'live_stream' && channel && /^[\w-]+$/.test(channel)) {
    return `https://www.youtube.com/channel/${channel}/live`;
  }
  const id = ['embed', 'v', 'shorts', 'live'].includes(first)
    ? second
    : first === 'watch'
      ? url.searchParams.get('v')
      : '';
  return id && YOUTUBE_ID.test(id) ? `https://www.youtube.com/watch?v=${id}${youtubeStart(url)}` : null;
}

/** `pattern` matched against the URL's path. */
function pathMatch(url: URL, pattern: RegExp): RegExpMatchArray | null {
  return url.pathname.match(pattern);
}

/** A URL-valued query parameter, when it is http(s) on one of `hosts`. */
function queryUrl(url: URL, name: string, hosts: readonly string[]): string | null {
  const value = url.searchParams.get(name);
  if (!value) return null;
  const inner = parseHttp(value);
  return inner && onHosts(inner.hostname, hosts) ? stripTracking(inner).href : null;
}

/** The frame's own address, without tracking parameters: where the provider has no other page. */
const itself = (url: URL) => stripTracking(url).href;

const PROVIDERS: readonly Provider[] = [
  {
    kind: 'video',
    hosts: ['youtube.com', 'youtube-nocookie.com', 'youtu.be'],
    keep: ['youtube.com/', 'youtube-nocookie.com/', 'youtu.be/'],
    page: youtubePage,
  },
  {
    kind: 'video',
    hosts: ['vimeo.com'],
    keep: ['player.vimeo.com/video/'],
    page: (url) => {
      const m = pathMatch(url, /^\/(?:video\/)?(\d+)(?:\/([\da-f]+))?\/?$/);
      if (!m) return null;
      // Unlisted videos need their hash, as `?h=` on the player.
      const hash = url.searchParams.get('h') ?? m[2];
      return hash && /^[\da-f]+$/.test(hash) ? `https://vimeo.com/${m[1]}/${hash}` : `https://vimeo.com/${m[1]}`;
    },
  },
  {
    kind: 'video',
    hosts: ['dailymotion.com', 'dai.ly'],
    keep: ['dailymotion.com/embed/', 'geo.dailymotion.com/player'],
    page: (url) => {
      const id = pathMatch(url, /^\/embed\/video\/(\w+)/)?.[1] ?? url.searchParams.get('video');
      return id && /^\w+$/.test(id) ? `https://www.dailymotion.com/video/${id}` : null;
    },
  },
  {
    kind: 'video',
    hosts: ['twitch.tv'],
    keep: ['player.twitch.tv/', 'clips.twitch.tv/embed'],
    page: (url) => {
      const video = url.searchParams.get('video')?.match(/^v?(\d+)$/)?.[1];
      if (video) return `https://www.twitch.tv/videos/${video}`;
      const clip = url.searchParams.get('clip');
      if (clip && /^[\w-]+$/.test(clip)) return `https://clips.twitch.tv/${clip}`;
      const channel = url.searchParams.get('channel');
      return channel && /^\w+$/.test(channel) ? `https://www.twitch.tv/${channel}` : null;
    },
  },
  {
    kind: 'video',
    hosts: ['tiktok.com'],
    keep: ['tiktok.com/embed', 'tiktok.com/player/'],
    // The page needs the author's name, which the embed URL lacks; the embed page plays on its own.
    page: (url) => {
      const id = pathMatch(url, /^\/(?:embed(?:\/v\d)?|player\/v\d)\/(\d+)/)?.[1];
      return id ? `https://www.tiktok.com/embed/v2/${id}` : null;
    },
  },
  {
    kind: 'video',
    hosts: ['ted.com'],
    keep: ['embed.ted.com/talks/'],
    page: (url) => {
      const slug = pathMatch(url, /^\/talks\/(?:lang\/[\w-]+\/)?([\w-]+)/)?.[1];
      return slug ? `https://www.ted.com/talks/${slug}` : null;
    },
  },
  {
    kind: 'video',
    hosts: ['loom.com'],
    keep: ['loom.com/embed/'],
    page: (url) => {
      const id = pathMatch(url, /^\/embed\/([\da-f]+)/)?.[1];
      return id ? `https://www.loom.com/share/${id}` : null;
    },
  },
  {
    kind: 'video',
    hosts: ['bilibili.com'],
    keep: ['player.bilibili.com/'],
    page: (url) => {
      const bvid = url.searchParams.get('bvid');
      if (bvid && /^BV\w+$/.test(bvid)) return `https://www.bilibili.com/video/${bvid}`;
      const aid = url.searchParams.get('aid');
      return aid && /^\d+$/.test(aid) ? `https://www.bilibili.com/video/av${aid}` : null;
    },
  },
  {
    kind: 'video',
    hosts: ['v.qq.com'],
    keep: ['v.qq.com/'],
    page: (url) => {
      const vid = url.searchParams.get('vid');
      return vid && /^\w+$/.test(vid) ? `https://v.qq.com/x/page/${vid}.html` : null;
    },
  },
  {
    kind: 'video',
    hosts: ['archive.org'],
    keep: ['archive.org/'],
    page: (url) => {
      const id = pathMatch(url, /^\/embed\/([^/?#]+)/)?.[1];
      return id ? `https://archive.org/details/${id}` : url.pathname.startsWith('/details/') ? itself(url) : null;
    },
  },
  {
    kind: 'video',
    hosts: ['upload.wikimedia.org', 'commons.wikimedia.org'],
    keep: ['upload.wikimedia.org/', 'commons.wikimedia.org/wiki/File:'],
    page: (url) => `${url.origin}${url.pathname}`,
  },
  {
    kind: 'audio',
    hosts: ['open.spotify.com'],
    keep: ['open.spotify.com/embed'],
    page: (url) => {
      const m = pathMatch(url, /^\/embed(?:-podcast)?\/(track|album|playlist|episode|show|artist)\/(\w+)/);
      return m ? `https://open.spotify.com/${m[1]}/${m[2]}` : null;
    },
  },
  {
    kind: 'audio',
    hosts: ['soundcloud.com'],
    keep: ['w.soundcloud.com/player'],
    // The player's `url` is often an API address; the player page itself plays the track.
    page: (url) =>
      url.pathname.startsWith('/player') ? (queryUrl(url, 'url', ['soundcloud.com']) ?? itself(url)) : null,
  },
  {
    kind: 'audio',
    hosts: ['podcasts.apple.com', 'music.apple.com'],
    keep: ['embed.podcasts.apple.com/', 'embed.music.apple.com/'],
    page: (url) => `https://${url.hostname.replace(/^embed\./, '')}${url.pathname}`,
  },
  {
    kind: 'audio',
    hosts: ['bandcamp.com'],
    keep: ['bandcamp.com/EmbeddedPlayer/'],
    page: (url) => (url.pathname.startsWith('/EmbeddedPlayer/') ? itself(url) : null),
  },
  {
    kind: 'post',
    hosts: ['twitter.com', 'x.com'],
    keep: ['platform.twitter.com/embed/', 'platform.x.com/embed/'],
    page: (url) => {
      const id = url.pathname.startsWith('/embed/') ? url.searchParams.get('id') : null;
      return id && /^\d+$/.test(id) ? `https://x.com/i/status/${id}` : null;
    },
  },
  {
    kind: 'post',
    hosts: ['instagram.com'],
    keep: ['instagram.com/p/', 'instagram.com/reel/', 'instagram.com/tv/'],
    page: (url) => {
      const m = pathMatch(url, /^\/(p|reel|tv)\/([\w-]+)/);
      return m ? `https://www.instagram.com/${m[1]}/${m[2]}/` : null;
    },
  },
  {
    kind: 'post',
    hosts: ['facebook.com'],
    keep: ['facebook.com/plugins/post.php', 'facebook.com/plugins/video.php'],
    page: (url) =>
      /^\/plugins\/(?:post|video)\.php$/.test(url.pathname)
        ? queryUrl(url, 'href', ['facebook.com', 'fb.watch'])
        : null,
  },
  {
    kind: 'post',
    hosts: ['embed.bsky.app'],
    keep: ['embed.bsky.app/embed/'],
    page: (url) => {
      const m = pathMatch(url, /^\/embed\/(did:[\w:.%-]+)\/app\.bsky\.feed\.post\/(\w+)/);
      return m ? `https://bsky.app/profile/${m[1]}/post/${m[2]}` : null;
    },
  },
  {
    kind: 'post',
    hosts: ['threads.net', 'threads.com'],
    keep: ['threads.net/@', 'threads.com/@'],
    page: (url) => {
      const m = pathMatch(url, /^\/(@[\w.]+)\/post\/([\w-]+)/);
      return m ? `https://www.${url.hostname.replace(/^www\./, '')}/${m[1]}/post/${m[2]}` : null;
    },
  },
  {
    kind: 'code',
    hosts: ['codepen.io'],
    keep: ['codepen.io/'],
    page: (url) => {
      const m = pathMatch(url, /^\/((?:team\/)?[\w-]+)\/embed\/(?:preview\/)?(\w+)/);
      return m ? `https://codepen.io/${m[1]}/pen/${m[2]}` : null;
    },
  },
  {
    kind: 'code',
    hosts: ['jsfiddle.net'],
    keep: ['jsfiddle.net/'],
    page: (url) => {
      const m = pathMatch(url, /^\/((?:[\w-]+\/)?\w+(?:\/\d+)?)\/embedded\b/);
      return m ? `https://jsfiddle.net/${m[1]}/` : null;
    },
  },
  {
    kind: 'code',
    hosts: ['codesandbox.io'],
    keep: ['codesandbox.io/embed/', 'codesandbox.io/p/'],
    page: (url) => {
      const id = pathMatch(url, /^\/embed\/([\w-]+)/)?.[1];
      return id ? `https://codesandbox.io/s/${id}` : url.pathname.startsWith('/p/') ? itself(url) : null;
    },
  },
  {
    kind: 'chart',
    hosts: ['datawrapper.dwcdn.net'],
    keep: ['datawrapper.dwcdn.net/'],
    page: (url) => {
      const id = pathMatch(url, /^\/(\w+)\//)?.[1];
      return id ? `https://datawrapper.dwcdn.net/${id}/` : null;
    },
  },
  {
    kind: 'chart',
    hosts: ['flo.uri.sh', 'public.flourish.studio'],
    keep: ['flo.uri.sh/visualisation/', 'flo.uri.sh/story/'],
    page: (url) => {
      const m = pathMatch(url, /^\/(visualisation|story)\/(\d+)/);
      return m ? `https://public.flourish.studio/${m[1]}/${m[2]}/` : null;
    },
  },
  {
    kind: 'map',
    hosts: ['google.com'],
    keep: ['google.com/maps/embed'],
    page: (url) => (url.pathname.startsWith('/maps/embed') ? itself(url) : null),
  },
];

/** Readability 0.6's own `REGEXPS.videos`, which the option below replaces: its frames stay kept. */
const READABILITY_VIDEOS =
  /\/\/(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv)/i;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Readability's `allowedVideoRegex`: frames whose attributes match are kept through its cleaning
 * (others are dropped with no trace), so that they reach `replaceEmbeds`. Its own video hosts plus
 * the content embeds of every provider above (not their widgets: a follow button in a sidebar must
 * not make Readability keep the sidebar).
 */
export const EMBED_URL_PATTERN = new RegExp(
  `${READABILITY_VIDEOS.source}|//(?:[\\w-]+\\.)*(?:${PROVIDERS.flatMap((p) => p.keep.map(escapeRegExp)).join('|')})`,
  'i',
);

/** Readability options that keep the embeds `replaceEmbeds` turns into placeholders. */
export const KEEP_EMBEDS = { allowedVideoRegex: EMBED_URL_PATTERN } as const;

/** Ad servers and trackers: a frame from one of these is never content. */
const AD_HOSTS = [
  'doubleclick.net',
  'googlesyndication.com',
  'googleadservices.com',
  'googletagmanager.com',
  'google-analytics.com',
  'adservice.google.com',
  'amazon-adsystem.com',
  'adnxs.com',
  'adsrvr.org',
  'criteo.com',
  'criteo.net',
  'pubmatic.com',
  'rubiconproject.com',
  'openx.net',
  'casalemedia.com',
  'taboola.com',
  'outbrain.com',
  'scorecardresearch.com',
  'quantserve.com',
  'moatads.com',
  'adsafeprotected.com',
  'serving-sys.com',
  'smartadserver.com',
  'teads.tv',
  'yieldmo.com',
  'sharethrough.com',
];

function onHosts(hostname: string, hosts: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

/**
 * What an embed URL stands for: the provider's content page, else (for a host we do not know) the
 * frame's own address. Null for non-http(s) sources, ad and tracking frames, and provider widgets.
 */
export function embedTarget(raw: string, baseUrl: string): EmbedTarget | null {
  const url = parseHttp(raw, baseUrl);
  if (!url || onHosts(url.hostname, AD_HOSTS)) return null;
  const provider = PROVIDERS.find((p) => onHosts(url.hostname, p.hosts));
  if (!provider) return { href: itself(url), kind: 'page' };
  const href = provider.page(url);
  return href ? { href, kind: provider.kind } : null;
}

/** Lazy-loading scripts keep the real address in one of these while `src` is blank. */
const LAZY_SOURCES = [
  'data-src',
  'data-lazy-src',
  'data-litespeed-src',
  'data-rocket-src',
  'data-original',
  'data-url',
];

function isBlankSource(value: string | null): boolean {
  const v = value?.trim().toLowerCase() ?? '';
  return !v || v === '#' || v.startsWith('about:') || v.startsWith('javascript:') || v.startsWith('data:');
}

/** The address an `<iframe>`, `<embed>` or `<object>` would load. */
function sourceOf(el: Element): string | null {
  const tag = el.localName.toLowerCase();
  const own = el.getAttribute(tag === 'object' ? 'data' : 'src');
  if (!isBlankSource(own)) return own;
  for (const name of LAZY_SOURCES) {
    const value = el.getAttribute(name);
    if (!isBlankSource(value)) return value;
  }
  if (tag !== 'object') return null;
  for (const param of Array.from(el.getElementsByTagName('param'))) {
    const value = param.getAttribute('value');
    if (/^(?:movie|src|url)$/i.test(param.getAttribute('name') ?? '') && !isBlankSource(value)) return value;
  }
  const inner = el.getElementsByTagName('embed')[0] ?? el.getElementsByTagName('iframe')[0];
  return inner ? sourceOf(inner) : null;
}

/** 1×1 or hidden: a tracking frame, whatever its host. */
function isInvisible(el: Element): boolean {
  const tiny = (name: string) => /^\s*[0-2](?:px)?\s*$/.test(el.getAttribute(name) ?? '');
  return tiny('width') || tiny('height') || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/**
 * Titles players give every frame ("YouTube video player", "X Post"): they say nothing about this
 * one, so the address is the better link text. Matched, never shown.
 */
const GENERIC_TITLE =
  /^(?:(?:youtube|vimeo|dailymotion|twitch|tiktok|spotify|soundcloud|instagram|facebook|twitter|x|codepen|loom|ted)(?:[\s_-]+(?:video|audio|media))?(?:[\s_-]+(?:player|embed|widget|post|tweet|video))?|embedded[\s_-]+(?:content|video|media|tweet|post)|(?:video|media|audio)(?:[\s_-]+player)?|tweet|embed|iframe|frame|player|untitled)$/i;
/** "Spotify Embed: Song title": the provider's prefix before the real title. */
const TITLE_PREFIX = /^(?:spotify embed|dailymotion video player)\s*[:-]\s*/i;

function titleOf(el: Element): string | null {
  const raw = el.getAttribute('title') ?? el.getAttribute('aria-label') ?? '';
  const title = raw.replace(/\s+/g, ' ').trim().replace(TITLE_PREFIX, '');
  if (!title || GENERIC_TITLE.test(title)) return null;
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}

/** A query this short is an id (`?v=…`, `?list=…`), worth showing; a longer one is player settings. */
const SHOWN_QUERY_CHARS = 48;

/** "youtube.com/watch?v=abc": host without `www.`, path, and the query when it is short. */
export function displayUrl(href: string): string {
  const url = new URL(href);
  const path = url.pathname.replace(/\/+$/, '');
  const query = url.search.length <= SHOWN_QUERY_CHARS ? url.search : '';
  const text = `${url.hostname.replace(/^www\./, '')}${path}${query}`;
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

/** Elements whose content is phrasing: a placeholder inside one is a bare link, not a paragraph. */
const PHRASING_PARENTS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'span',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'small',
  'mark',
  'cite',
  'q',
  'label',
  'font',
  'sub',
  'sup',
  'code',
  'pre',
  'caption',
  'figcaption',
  'dt',
  'summary',
  'legend',
]);

function placeholder(doc: Document, frame: Element, target: EmbedTarget): { node: Element; after: Element | null } {
  const link = doc.createElement('a');
  link.setAttribute('href', target.href);
  link.setAttribute('class', `${EMBED_CLASS} ${EMBED_CLASS}-${target.kind}`);
  link.textContent = titleOf(frame) ?? displayUrl(target.href);
  // Links do not nest: inside one, the placeholder goes right after it.
  const outerLink = frame.closest('a');
  if (outerLink) return { node: link, after: outerLink };
  const parent = frame.parentElement?.localName.toLowerCase() ?? '';
  if (PHRASING_PARENTS.has(parent) || frame.closest('p')) return { node: link, after: null };
  const p = doc.createElement('p');
  p.append(link);
  return { node: p, after: null };
}

/**
 * Replaces every `<iframe>`, `<embed>` and `<object>` in `root` by its placeholder, or removes it
 * when it stands for nothing we can link to. Returns the number of placeholders made.
 */
export function replaceEmbeds(root: Element, baseUrl: string): number {
  const doc = root.ownerDocument;
  let made = 0;
  // Objects first: an <embed> or <iframe> inside one is its fallback, not a second embed.
  for (const tag of ['object', 'embed', 'iframe']) {
    for (const frame of Array.from(root.getElementsByTagName(tag))) {
      if (!root.contains(frame)) continue;
      const source = isInvisible(frame) ? null : sourceOf(frame);
      const target = source ? embedTarget(source, baseUrl) : null;
      if (!target) {
        frame.remove();
        continue;
      }
      const { node, after } = placeholder(doc, frame, target);
      if (after) {
        after.after(node);
        frame.remove();
      } else frame.replaceWith(node);
      made++;
    }
  }
  return made;
}
