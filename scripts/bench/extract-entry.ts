/**
 * What the Chromium extraction benchmark loads into a page: the shared measuring loop over the
 * same extraction core the extension ships, compiled here so that nothing measured is a function
 * Playwright serialised.
 */
import { measureExtraction } from './measure-extraction';

export interface PageMeasured {
  ours: number[];
  plain: number[];
  sanitized: number[];
  bare: number[];
  detect: number[];
  ok: boolean;
  phases: Record<string, number>;
}

/** One page, parsed with DOMParser: a document without `defaultView`, as in the extension. */
export function measure(args: { html: string; url: string; rounds: number }): PageMeasured {
  const doc = new DOMParser().parseFromString(args.html, 'text/html');
  const { result, ...measured } = measureExtraction(doc, args.url, args.rounds);
  return { ...measured, ok: result.ok };
}
