/**
 * The measuring loop both extraction benchmarks share (jsdom in Node, and the page bundle in
 * Chromium): ours, plain Readability, Readability plus our sanitiser, and detection on one
 * document, warmed up once, then `rounds` rounds in an order that rotates each round so machine
 * noise hits every side alike, then one profiled run of ours for the phase split.
 *
 * "Readability plus our sanitiser" is what an extraction meeting the contract does without
 * decluttering, detection or post-processing: clone, Readability, then `sanitizeHtml` (DOMPurify
 * with our config, the hooks that resolve URLs and apply the link and image policy, and the check
 * that the output is a fixed point). "Readability plus bare DOMPurify" drops the hooks and the
 * check too: the same config, one `sanitize` call, so it is a floor no sanitised extraction gets
 * under. Their ratios to plain show how much of the target sanitising alone takes.
 */
import { Readability } from '@mozilla/readability';
import createDOMPurify, { type WindowLike } from 'dompurify';
import { detectArticle, type ExtractResult, extractArticle } from '../../utils/extract';
import { sanitizeHtml } from '../../utils/sanitize';
import { PURIFY_CONFIG } from '../../utils/sanitize/config';

export interface Measured {
  ours: number[];
  plain: number[];
  sanitized: number[];
  bare: number[];
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

/** A DOMPurify of its own (no hooks) with our config, for the "bare" floor. */
function barePurifier(win: Window) {
  const purify = createDOMPurify(win as unknown as WindowLike);
  purify.setConfig(PURIFY_CONFIG);
  return purify;
}

export function measureExtraction(doc: Document, url: string, rounds: number): Measured {
  const win = doc.defaultView ?? globalThis.window;
  const bare = barePurifier(win);
  const readabilityContent = () =>
    new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (el) => el as Element }).parse()?.content;
  const fns = {
    ours: () => extractArticle(doc, url, { force: true }),
    plain: () => new Readability(doc.cloneNode(true) as Document).parse(),
    sanitized: () => {
      const content = readabilityContent();
      return content && sanitizeHtml(content.innerHTML, { baseUrl: url, window: doc.defaultView ?? undefined });
    },
    bare: () => {
      const content = readabilityContent();
      return content && bare.sanitize(content.innerHTML);
    },
    detect: () => detectArticle(doc, url),
  };
  // Warm-up: JIT and the DOM's lazy caches, once each.
  const result = fns.ours();
  fns.plain();
  fns.sanitized();
  fns.bare();
  fns.detect();
  const samples: Record<keyof typeof fns, number[]> = { ours: [], plain: [], sanitized: [], bare: [], detect: [] };
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
