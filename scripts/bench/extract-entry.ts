/**
 * What the Chromium extraction benchmark loads into a page: the same extraction core the extension
 * ships (utils/extract, with utils/sanitize), plain Readability to compare against, and the
 * measuring loop, compiled here so that nothing measured is a function Playwright serialised.
 */
import { Readability } from '@mozilla/readability';
import { detectArticle, extractArticle } from '../../utils/extract';

export interface Measured {
  ours: number[];
  plain: number[];
  detect: number[];
  ok: boolean;
  phases: Record<string, number>;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * One page: parsed once with DOMParser (a document without `defaultView`, as in the extension),
 * warmed up once, then `rounds` rounds of ours, plain and detect in an order that rotates each
 * round, and one profiled run of ours for the phase split.
 */
export function measure(args: { html: string; url: string; rounds: number }): Measured {
  const doc = new DOMParser().parseFromString(args.html, 'text/html');
  const fns = {
    ours: () => extractArticle(doc, args.url, { force: true }),
    plain: () => new Readability(doc.cloneNode(true) as Document).parse(),
    detect: () => detectArticle(doc, args.url),
  };
  const ok = fns.ours().ok;
  fns.plain();
  fns.detect();
  const samples: Record<keyof typeof fns, number[]> = { ours: [], plain: [], detect: [] };
  const order = Object.keys(fns) as Array<keyof typeof fns>;
  for (let round = 0; round < args.rounds; round++) {
    for (let i = 0; i < order.length; i++) {
      const which = order[(i + round) % order.length]!;
      samples[which].push(time(fns[which]));
    }
  }
  const phases: Record<string, number> = {};
  extractArticle(doc, args.url, { force: true, profile: { now: () => performance.now(), phases } });
  return { ...samples, ok, phases };
}
