/**
 * The measuring loop both extraction benchmarks share (jsdom in Node, and the page bundle in
 * Chromium): ours, plain Readability, Readability plus our sanitiser, and detection on one
 * document, warmed up once, then `rounds` rounds in an order that rotates each round so machine
 * noise hits every side alike, then one profiled run of ours for the phase split.
 *
 * "Readability plus our sanitiser" is the least any extraction meeting the contract does (it must
 * clone, run Readability and hand back DOMPurify-sanitised HTML), without decluttering, detection or
 * post-processing. Its ratio to plain shows how much of the target the sanitiser alone takes.
 */
import { Readability } from '@mozilla/readability';
import { detectArticle, type ExtractResult, extractArticle } from '../../utils/extract';
import { sanitizeHtml } from '../../utils/sanitize';

export interface Measured {
  ours: number[];
  plain: number[];
  sanitized: number[];
  detect: number[];
  /** The result of the warm-up run of ours. */
  result: ExtractResult;
  phases: Record<string, number>;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export function measureExtraction(doc: Document, url: string, rounds: number): Measured {
  const fns = {
    ours: () => extractArticle(doc, url, { force: true }),
    plain: () => new Readability(doc.cloneNode(true) as Document).parse(),
    sanitized: () => {
      const content = new Readability<Element>(doc.cloneNode(true) as Document, {
        serializer: (el) => el as Element,
      }).parse()?.content;
      return content && sanitizeHtml(content.innerHTML, { baseUrl: url, window: doc.defaultView ?? undefined });
    },
    detect: () => detectArticle(doc, url),
  };
  // Warm-up: JIT and the DOM's lazy caches, once each.
  const result = fns.ours();
  fns.plain();
  fns.sanitized();
  fns.detect();
  const samples: Record<keyof typeof fns, number[]> = { ours: [], plain: [], sanitized: [], detect: [] };
  const order = Object.keys(fns) as Array<keyof typeof fns>;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < order.length; i++) {
      const which = order[(i + round) % order.length]!;
      samples[which].push(time(fns[which]));
    }
  }
  const phases: Record<string, number> = {};
  extractArticle(doc, url, { force: true, profile: { now: () => performance.now(), phases } });
  return { ...samples, result, phases };
}
