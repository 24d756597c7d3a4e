/**
 * Extraction benchmark in real Chromium: `npm run bench:extract` runs it after the jsdom one.
 *
 * The extension extracts in an extension page of Chromium, where parsing, cloning and serialising
 * are native and only the JavaScript (Readability, decluttering, DOMPurify's walk) costs what it
 * costs in jsdom. So the ratio that matters to a reader is measured here, on the same pages: our
 * `extractArticle` against plain `new Readability(clone).parse()`, both on a DOMParser document
 * (no `defaultView`, as in the extension), interleaved per page. It reports and writes
 * bench-results/extract-chromium.json; it asserts nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM, OFFLINE_ARGS, REPO_ROOT } from '../tests/e2e/launch';
import type { measure } from './bench/extract-entry';
import { median, sum, type TimedRow, timingSummary } from './bench/stats';

const SHARED = path.resolve(REPO_ROOT, process.env.READSIDE_SHARED_DIR ?? '../shared');
const CORPUS = path.join(SHARED, 'corpus/readability-test-pages');
const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures');
const CORPUS_URL = 'http://fakehost/test/page.html';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface PageInput {
  kind: 'corpus' | 'fixture';
  slug: string;
  url: string;
  html: string;
}

function loadPages(): PageInput[] {
  if (!existsSync(CORPUS)) throw new Error(`Corpus missing: ${CORPUS} (set READSIDE_SHARED_DIR)`);
  const pages: PageInput[] = [];
  for (const slug of readdirSync(CORPUS).sort()) {
    const file = path.join(CORPUS, slug, 'source.html');
    if (existsSync(file)) pages.push({ kind: 'corpus', slug, url: CORPUS_URL, html: readFileSync(file, 'utf8') });
  }
  for (const slug of readdirSync(FIXTURES).sort()) {
    const meta = path.join(FIXTURES, slug, 'expected-metadata.json');
    if (!existsSync(meta)) continue;
    const url = (JSON.parse(readFileSync(meta, 'utf8')) as { url: string }).url;
    pages.push({ kind: 'fixture', slug, url, html: readFileSync(path.join(FIXTURES, slug, 'source.html'), 'utf8') });
  }
  return pages;
}

/** The extraction core and Readability as one script (vite's library build, nothing written to disk). */
async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: { entry: path.join(REPO_ROOT, 'scripts/bench/extract-entry.ts'), formats: ['iife'], name: 'ReadsideBench' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Array<{ output: Array<{ type: string; code?: string }> }>;
  const chunk = outputs[0]?.output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('bench bundle: no output');
  return chunk.code;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
  const code = await bundle();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...OFFLINE_ARGS] });
  const started = performance.now();
  const rows: Array<TimedRow & { kind: string; slug: string; ok: boolean }> = [];
  const phaseTotals: Record<string, number> = {};
  try {
    const pages = loadPages();
    for (const [i, page] of pages.entries()) {
      // A fresh tab per page: no page's garbage or JIT state is billed to the next.
      const tab = await browser.newPage();
      await tab.addScriptTag({ content: code });
      const m = await tab.evaluate(
        (args) => (window as unknown as { ReadsideBench: { measure: typeof measure } }).ReadsideBench.measure(args),
        { html: page.html, url: page.url, rounds: ROUNDS },
      );
      await tab.close();
      rows.push({
        kind: page.kind,
        slug: page.slug,
        oursMs: median(m.ours),
        plainMs: median(m.plain),
        sanitizedMs: median(m.sanitized),
        bareMs: median(m.bare),
        detectMs: median(m.detect),
        ok: m.ok,
      });
      for (const [k, v] of Object.entries(m.phases)) phaseTotals[k] = (phaseTotals[k] ?? 0) + v;
      if (process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${pages.length}`);
    }
  } finally {
    await browser.close();
  }
  if (process.stderr.isTTY) process.stderr.write('\r');

  const plain = rows.map((r) => r.plainMs);
  const summary = {
    browser: CHROMIUM,
    pages: rows.length,
    rounds: ROUNDS,
    ...timingSummary(rows),
    failed: rows.filter((r) => !r.ok).map((r) => `${r.kind}/${r.slug}`),
    wallSeconds: (performance.now() - started) / 1000,
  };
  const plainTotal = sum(plain);
  console.log('Readside extraction benchmark in Chromium (per-page medians, ms)');
  console.log(`  pages ${summary.pages}, rounds ${ROUNDS}, ${CHROMIUM}`);
  console.log(
    `  extraction median   ours ${summary.oursMedianMs.toFixed(1)}   plain ${summary.plainMedianMs.toFixed(1)}`,
  );
  console.log(`  extraction p95      ours ${summary.oursP95Ms.toFixed(1)}   plain ${summary.plainP95Ms.toFixed(1)}`);
  console.log(`  ratio ours/plain (total)   ${summary.ratioTotal.toFixed(2)}x   target <= 1.30x`);
  console.log(`  ratio ours/plain (median)  ${summary.ratioMedian.toFixed(2)}x`);
  console.log(`  Readability + sanitiser / plain (total)   ${summary.sanitizedRatioTotal.toFixed(2)}x`);
  console.log(`  ours / (Readability + sanitiser) (total)  ${summary.oursOverSanitizedTotal.toFixed(2)}x`);
  console.log(`  Readability + bare DOMPurify / plain (total; the floor)  ${summary.bareRatioTotal.toFixed(2)}x`);
  console.log(`  detectArticle median       ${summary.detectMedianMs.toFixed(2)}`);
  console.log(
    '  phases of ours, as a share of plain Readability time: ' +
      Object.entries(phaseTotals)
        .map(([k, v]) => `${k} ${(v / plainTotal).toFixed(2)}`)
        .join(', '),
  );
  if (summary.failed.length) console.log(`  not extracted: ${summary.failed.join(', ')}`);
  mkdirSync(path.join(REPO_ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    path.join(REPO_ROOT, 'bench-results/extract-chromium.json'),
    `${JSON.stringify({ summary, phaseTotals, rows }, null, 2)}\n`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
