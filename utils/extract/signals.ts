/**
 * Detection signal codes and their English templates. A UI localises a signal with the
 * `_locales` message `detect_<code>`, passing `value` as $1; `reasons` carry the English rendering.
 * Codes are part of the contract with the locale files: add new ones, do not rename.
 */
import type { DetectionSignal } from './types';

export const DETECTION_SIGNAL_TEMPLATES = {
  readability_check_passed: "Readability's quick check finds enough article text",
  readability_check_failed: "Readability's quick check finds too little article text",
  structured_data_article: 'Structured data describes the page as $1',
  structured_data_listing: 'Structured data describes the page as $1, not an article',
  og_type_article: 'Open Graph type is article',
  og_type_other: 'Open Graph type is $1',
  published_time: 'A publication time is given ($1)',
  article_element: 'The page marks up one article element',
  many_article_elements: 'The page lists $1 separate article elements',
  running_text: '$1 paragraphs of running text',
  little_running_text: 'Only $1 characters of running text',
  link_heavy: '$1% of the text is links',
  form_fields: '$1 form fields',
  home_page_url: 'The address looks like a home page',
  search_page_url: 'The address looks like search results',
  web_app: 'The page looks like a web app ($1)',
  no_body: 'The page has no body',
  frameset: 'The page is made of frames',
  not_html: 'The document is not an HTML page',
  empty_page: 'The page has no text',
  too_many_elements: 'The page has more than $1 elements',
  too_deep: 'The page nests elements more than $1 levels deep',
} as const;

export type DetectionSignalCode = keyof typeof DETECTION_SIGNAL_TEMPLATES;

/** Every code `detectArticle` can emit (a meta-test checks each has a `detect_<code>` message). */
export const DETECTION_SIGNAL_CODES: readonly DetectionSignalCode[] = Object.keys(
  DETECTION_SIGNAL_TEMPLATES,
) as DetectionSignalCode[];

export function signal(code: DetectionSignalCode, weight: number, value?: string | number): DetectionSignal {
  return value === undefined ? { code, weight } : { code, weight, value: String(value) };
}

/** English rendering of a signal, as in `Detection.reasons`. */
export function describeSignal(s: DetectionSignal): string {
  const template: string = DETECTION_SIGNAL_TEMPLATES[s.code as DetectionSignalCode] ?? s.code;
  return template.replace('$1', s.value ?? '');
}
