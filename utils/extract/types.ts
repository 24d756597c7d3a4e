/** The contract of the pure extraction core. No `browser.*` here or anywhere under utils/extract/. */

export interface Detection {
  /** Our verdict: is this page worth opening in the reader without asking? */
  readerable: boolean;
  /** 0..1, how sure we are it is an article. */
  score: number;
  /** Human-readable reasons, in English, for the verdict (logs, benchmarks, tests). */
  reasons: string[];
  /**
   * The same reasons as codes, for the UI to localise: each `code` has a `_locales` message
   * `detect_<code>` taking `value` as $1. `reasons[i]` is the English rendering of `signals[i]`.
   */
  signals: DetectionSignal[];
}

export interface DetectionSignal {
  code: string;
  /** Positive: evidence for an article; negative: against. */
  weight: number;
  value?: string;
}

export type RemovedKind =
  | 'repeated'
  | 'recommendations'
  | 'share'
  | 'comments'
  | 'newsletter'
  | 'author-box'
  | 'ad'
  | 'breadcrumbs'
  | 'tags'
  | 'navigation'
  | 'header-duplicate'
  /** Subscription, membership, donation and paywall appeals; affiliate disclosures. */
  | 'promo'
  /** Copyright, republishing and site-footer lines inside the article. */
  | 'footer'
  /** Interface controls and labels: slideshow buttons, "toggle caption", "Pinned post", reading time. */
  | 'controls';

export interface RemovedBlock {
  kind: RemovedKind;
  /** The block's heading or a short label, plain text ('' when it had none). */
  heading: string;
  /** Size of the block: characters of text and number of links. */
  textLength: number;
  linkCount: number;
  /** Sanitised HTML of the block, so a view can show it back on request. */
  html: string;
}

export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601, or null when the page does not say. */
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImageUrl: string | null;
  /** Canonical URL with tracking parameters (utm_*, fbclid, gclid, ...) stripped. */
  url: string;
  /** Sanitised with the strict DOMPurify config (utils/sanitize). */
  contentHtml: string;
  /** Plain text; block boundaries are kept as line breaks. */
  textContent: string;
  wordCount: number;
  readingMinutes: number;
}

export type FailureReason = 'not-readerable' | 'too-large' | 'empty' | 'unsupported' | 'error';

export type ExtractResult =
  | { ok: true; article: Article; detection: Detection; removed: RemovedBlock[] }
  | { ok: false; reason: FailureReason; message: string; detection: Detection };

export interface ExtractOptions {
  /** Extract even when detection says the page is not an article. */
  force?: boolean;
  /** Refuse documents with more elements than this (default 50,000 is handled, see index.ts). */
  maxElements?: number;
  /** Refuse documents nested deeper than this (default 1,000; see limits.ts). */
  maxDepth?: number;
  /** For benchmarks: a clock, and a record that gets milliseconds added per phase of the extraction. */
  profile?: { now: () => number; phases: Record<string, number> };
}
