/**
 * Words that name page furniture: in class/id/role/aria-label tokens, and in headings of
 * recommendation lists (English, French, German, Spanish, Portuguese). Generic, never per site.
 */
import type { RemovedKind } from '../types';

/** Lower-case tokens of class, id and similar names: "article__shareBar ad-slot" → article share bar ad slot. */
export function nameTokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export type NamedKind = Exclude<RemovedKind, 'repeated' | 'header-duplicate'>;

/**
 * Single tokens that name a furniture kind. A Map, not an object literal: tokens come from the
 * page, and an object would answer `constructor` (page builders' "page-constructor__tags") with
 * Object's own constructor, which named no kind and hid the real one behind it.
 */
const TOKEN_KINDS = new Map<string, NamedKind>(
  Object.entries({
    share: 'share',
    shares: 'share',
    sharing: 'share',
    sharebar: 'share',
    sharedaddy: 'share',
    addthis: 'share',
    sharethis: 'share',
    shariff: 'share',
    sns: 'share',
    social: 'share',
    comment: 'comments',
    comments: 'comments',
    disqus: 'comments',
    discussion: 'comments',
    replies: 'comments',
    respond: 'comments',
    cmt: 'comments',
    newsletter: 'newsletter',
    newsletters: 'newsletter',
    subscribe: 'newsletter',
    subscription: 'newsletter',
    signup: 'newsletter',
    optin: 'newsletter',
    mailchimp: 'newsletter',
    mc4wp: 'newsletter',
    ad: 'ad',
    ads: 'ad',
    advert: 'ad',
    adverts: 'ad',
    advertisement: 'ad',
    advertising: 'ad',
    adslot: 'ad',
    adunit: 'ad',
    adsense: 'ad',
    dfp: 'ad',
    googletag: 'ad',
    sponsor: 'ad',
    sponsored: 'ad',
    breadcrumb: 'breadcrumbs',
    breadcrumbs: 'breadcrumbs',
    crumbs: 'breadcrumbs',
    tags: 'tags',
    tagcloud: 'tags',
    taglist: 'tags',
    keywords: 'tags',
    related: 'recommendations',
    recommended: 'recommendations',
    recommendation: 'recommendations',
    recommendations: 'recommendations',
    popular: 'recommendations',
    trending: 'recommendations',
    mostread: 'recommendations',
    mostpopular: 'recommendations',
    readnext: 'recommendations',
    relatedposts: 'recommendations',
    recommend: 'recommendations',
    recommends: 'recommendations',
    yarpp: 'recommendations',
    outbrain: 'recommendations',
    taboola: 'recommendations',
    nav: 'navigation',
    navigation: 'navigation',
    navbar: 'navigation',
    menu: 'navigation',
    skip: 'navigation',
    pagination: 'navigation',
    cta: 'promo',
    upsell: 'promo',
    paywall: 'promo',
    donate: 'promo',
    donation: 'promo',
    donations: 'promo',
    membership: 'promo',
    support: 'promo',
    patreon: 'promo',
    kofi: 'promo',
    affiliate: 'promo',
    republish: 'promo',
    republication: 'promo',
    promoted: 'ad',
    copyright: 'footer',
    colophon: 'footer',
    controls: 'controls',
    toolbar: 'controls',
    tools: 'controls',
    actions: 'controls',
  } satisfies Record<string, NamedKind>),
);

/** Token pairs that name a kind only together ("author box", "most read", "tag list"). */
export const PAIR_KINDS: Array<[string, string[], NamedKind]> = [
  ['author', ['box', 'bio', 'info', 'card', 'profile', 'about', 'email', 'mail', 'contact', 'footer'], 'author-box'],
  ['about', ['author'], 'author-box'],
  ['reporter', ['box', 'info', 'email', 'mail', 'profile'], 'author-box'],
  ['writer', ['box', 'info', 'email', 'mail', 'profile'], 'author-box'],
  ['most', ['read', 'viewed', 'popular', 'shared', 'commented'], 'recommendations'],
  ['read', ['next', 'more', 'also'], 'recommendations'],
  ['more', ['stories', 'articles', 'news', 'from'], 'recommendations'],
  ['post', ['tags', 'navigation', 'nav'], 'tags'],
  ['entry', ['tags'], 'tags'],
  ['article', ['tags'], 'tags'],
  ['tag', ['list', 'cloud', 'links'], 'tags'],
  ['sign', ['up'], 'newsletter'],
  ['ad', ['slot', 'unit', 'container', 'wrapper', 'label'], 'ad'],
  ['ob', ['widget', 'smartfeed'], 'recommendations'],
  ['relation', ['news', 'article', 'articles'], 'recommendations'],
  ['hide', ['caption'], 'controls'],
  ['toggle', ['caption'], 'controls'],
  ['reading', ['time'], 'controls'],
  ['tip', ['box', 'line'], 'promo'],
];

/** PAIR_KINDS by first token (each first token is listed once; the vocabulary test checks it). */
const PAIRS_BY_FIRST = new Map(PAIR_KINDS.map(([first, seconds, kind]) => [first, [seconds, kind] as const]));

/**
 * The furniture kind a class/id/role/aria-label names, or null. `post-navigation` is a kind of
 * navigation, but "post nav" also names previous/next links, which are navigation too.
 */
export function kindFromNames(names: string): NamedKind | null {
  let kind = kindCache.get(names);
  if (kind === undefined) {
    kind = kindOfTokens(nameTokens(names));
    if (kindCache.size > 5000) kindCache.clear();
    kindCache.set(names, kind);
  }
  return kind;
}

/** Pages repeat the same class strings many times ("menu-item", "card__title"). */
const kindCache = new Map<string, NamedKind | null>();

function kindOfTokens(tokens: string[]): NamedKind | null {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const pair = PAIRS_BY_FIRST.get(token);
    if (pair && i + 1 < tokens.length && pair[0].includes(tokens[i + 1]!)) {
      return pair[1] === 'tags' && tokens[i + 1]!.startsWith('nav') ? 'navigation' : pair[1];
    }
  }
  for (const token of tokens) {
    const kind = TOKEN_KINDS.get(token);
    if (kind) return kind;
  }
  return null;
}

/** Normalised heading text: lower case, bracketed labels ("[LATEST]") and punctuation dropped. */
export function normaliseHeading(text: string): string {
  return text
    .replace(/\[[^\]]*\]|\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

const RECOMMENDATION_PHRASES = [
  // English
  'popular',
  'most popular',
  'most read',
  'most viewed',
  'most shared',
  'most commented',
  'trending',
  'latest',
  'related',
  'recommended',
  'recommendations',
  'must reads',
  'must read',
  'you may also like',
  'you might also like',
  'you may like',
  'you might like',
  'you may have missed',
  'you might be interested',
  'read next',
  'read more',
  'up next',
  'what to read next',
  'more from',
  'more stories',
  'more news',
  'more articles',
  'more on',
  'more in',
  'more like this',
  'also read',
  'read also',
  'more information',
  'top stories',
  "editor's picks",
  "editors' picks",
  'editors picks',
  'weekly best',
  'best of the week',
  "don't miss",
  'in case you missed it',
  'around the web',
  'from our partners',
  'from around the web',
  'promoted stories',
  'sponsored stories',
  'similar posts',
  'similar articles',
  'recent posts',
  'recent stories',
  'other stories',
  // French
  'populaires',
  'les plus lus',
  'les plus lues',
  'plus lus',
  'les plus populaires',
  'tendances',
  'à la une',
  'dernières nouvelles',
  'derniers articles',
  'dernières actualités',
  'à lire aussi',
  'lire aussi',
  'à lire également',
  'sur le même sujet',
  'articles similaires',
  'articles liés',
  'recommandé',
  'recommandés',
  'nos recommandations',
  'vous aimerez aussi',
  'vous aimerez peut être',
  'vous pourriez aussi aimer',
  'à voir aussi',
  'les incontournables',
  'plus de',
  // German
  'beliebt',
  'am beliebtesten',
  'meistgelesen',
  'meistgelesene',
  'meist gelesen',
  'am meisten gelesen',
  'meistgeklickt',
  'im trend',
  'neueste',
  'aktuelle nachrichten',
  'verwandte artikel',
  'ähnliche artikel',
  'ähnliche beiträge',
  'empfohlen',
  'empfehlungen',
  'unsere empfehlungen',
  'das könnte sie auch interessieren',
  'das könnte dich auch interessieren',
  'auch interessant',
  'weiterlesen',
  'mehr zum thema',
  'mehr aus',
  'mehr von',
  'lesen sie auch',
  'top artikel',
  // Spanish
  'populares',
  'lo más popular',
  'más leídos',
  'más leídas',
  'lo más leído',
  'más vistos',
  'tendencias',
  'lo último',
  'últimas noticias',
  'últimos artículos',
  'relacionados',
  'relacionadas',
  'artículos relacionados',
  'noticias relacionadas',
  'recomendados',
  'recomendadas',
  'te puede interesar',
  'también te puede interesar',
  'te podría interesar',
  'quizás te interese',
  'puede que te guste',
  'lee también',
  'lea también',
  'seguir leyendo',
  'más de',
  'más noticias',
  'imprescindibles',
  'no te pierdas',
  // Portuguese
  'mais populares',
  'mais lidas',
  'mais lidos',
  'mais vistos',
  'em alta',
  'tendências',
  'últimas',
  'últimas notícias',
  'mais recentes',
  'artigos relacionados',
  'notícias relacionadas',
  'recomendado para você',
  'recomendados para você',
  'você também pode gostar',
  'você pode gostar',
  'veja também',
  'leia também',
  'leia mais',
  'mais de',
  'mais sobre',
  'imperdíveis',
  'não perca',
  'más información',
  // Arabic, Hebrew
  'اقرأ أيضا',
  'الأكثر قراءة',
  'مقالات ذات صلة',
  'أخبار ذات صلة',
  'كتابات نوספות',
  'כתבות נוספות',
  'כתבות קשורות',
  'הכי נקראים',
  'עוד באתר',
];

/** Chinese, Japanese and Korean phrases: no word boundary after them. */
const CJK_RECOMMENDATION_PHRASES = [
  '相关阅读',
  '相关新闻',
  '相关文章',
  '热门文章',
  '热门新闻',
  '热门',
  '推荐阅读',
  '猜你喜欢',
  '延伸阅读',
  '最新文章',
  '排行',
  '関連記事',
  '関連ニュース',
  'あわせて読みたい',
  '人気記事',
  'アクセスランキング',
  'ランキング',
  'おすすめ',
  '最新記事',
  '관련기사',
  '관련 기사',
  '많이 본',
  '인기기사',
  '추천기사',
  '최신기사',
  '주요뉴스',
];

const escapeRegExp = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const RECOMMENDATION_START = new RegExp(
  `^(?:(?:${RECOMMENDATION_PHRASES.map(escapeRegExp).join('|')})(?:\\s|$)|${CJK_RECOMMENDATION_PHRASES.map(escapeRegExp).join('|')})`,
  'u',
);

/** A heading that introduces a list of other stories ("Popular Now", "Les plus lus", "Leia também"). */
export function isRecommendationHeading(text: string): boolean {
  const heading = normaliseHeading(text);
  return heading.length > 0 && heading.length <= 60 && RECOMMENDATION_START.test(heading);
}

/** A line that starts like one ("Read also: <a>Another story</a>"). */
export function startsWithRecommendationPhrase(text: string): boolean {
  return RECOMMENDATION_START.test(normaliseHeading(text.slice(0, 80)));
}

/*
 * The label predicates below take a line: text whose whitespace is already collapsed to single
 * spaces and trimmed (the block walk collapses each small text once and asks every predicate).
 */

const AD_LABEL =
  /^(?:advertisement|advertising|advert|ad|ads|sponsored|sponsored content|anzeige|werbung|publicité|publicite|annonce|publicidad|publicidade|patrocinado|reklame|广告|広告|광고)$/iu;

export function isAdLabel(text: string): boolean {
  return AD_LABEL.test(text.replace(/[\s\-–—:·•|]+/g, ' ').trim());
}

const COMMENT_LABEL =
  /^(?:(?:\d+\s*)?(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|reacties|댓글|评论|コメント)\s*[(:]?\s*\d*(?:\s*posted)?\s*\)?|(?:leave|post|add|write|view|show|read|see|load)(?: all| the)? (?:a |\d+ )?(?:comments?|reply|replies)|join the (?:discussion|conversation)|comments are closed\.?|(?:log ?in|sign ?in|register) to (?:post|leave|add|write) (?:a )?comments?|this discussion is (?:now )?closed(?: for comments)?\.?|inicie sessão para comentar|connectez-vous pour commenter|laisser un commentaire|kommentar schreiben|deja un comentario|deixe (?:um|o seu) comentário)$/iu;

/** "Comments0", "12 comments", "Comments (5 posted)", "Leave a comment", "Kommentare (3)". */
export function isCommentLabel(line: string): boolean {
  return COMMENT_LABEL.test(line);
}

const SHARE_PROMPT =
  /^(?:(?:share(?: (?:it|this|this article|this story|this update|this image|on|via))*|teilen|diesen artikel teilen|artikel teilen|partager|partagez|compartir|compartilhar|compartilhe|شارك|שתפו|分享到?|シェア|공유하기)(?:\s|\W|$).{0,30}|copy link|copier le lien|link kopieren|copiar (?:el )?(?:enlace|link))$/iu;

/** "Share it on...", "Teilen", "Partager". */
export function isSharePrompt(line: string): boolean {
  return SHARE_PROMPT.test(line);
}

const CONTROL_LABEL =
  /^(?:(?:hide|show|toggle) caption|enlarge(?: this)?(?: image)?|(?:view )?full ?screen|pinned(?: post)?|back to top|print(?: this)?(?: article| page)?|(?:close|skip) ad|ad feedback|(?:previous|next) (?:image|slide|photo)|(?:temps de lecture|reading time|lesezeit|tiempo de lectura|tempo de leitura)\b.{0,20}|\d+\s*min(?:ute)?s?\.?\s*(?:read|de lecture|lesezeit|de lectura|de leitura))$/iu;

/** Interface labels: "toggle caption", "Pinned post", "Reading time: 4 min". */
export function isControlLabel(line: string): boolean {
  return CONTROL_LABEL.test(line);
}

const FOOTER_LINE =
  /^(?:©|copyright\b|\(c\))\s*(?:©\s*)?(?:\d{4}|[^,.]{0,60}\.\s*unauthori[sz]ed)|all rights reserved|unauthori[sz]ed reproduction|reproduction prohibited|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|todos os direitos reservados|무단전재|재배포 금지|版权所有|無断転載|may be republished|republish this (?:story|article)/iu;

/** "© 2026 Daily News", "All rights reserved", "This story may be republished…". */
export function isFooterLine(line: string): boolean {
  return FOOTER_LINE.test(line);
}

const PROMO_LINE =
  /^(?:subscribe(?: now| today)?|subscribe to (?:continue|keep) reading|become a (?:member|subscriber|supporter|patron)|support (?:us|our journalism|independent journalism)|donate(?: now)?|buy me a coffee|start your (?:free )?(?:trial|subscription)|already a subscriber\??|abonnez-vous|jetzt abonnieren|suscríbete|assine(?: já)?)\b|(?:earn|receive|get) (?:a )?(?:small )?(?:commission|share of sales)|affiliate links?\b/iu;

/** "Subscribe to continue reading", "Become a member", "we may earn a commission". */
export function isPromoLine(line: string): boolean {
  return PROMO_LINE.test(line);
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

export function hasEmailAddress(text: string): boolean {
  return EMAIL.test(text);
}
