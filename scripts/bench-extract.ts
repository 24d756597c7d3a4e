/**
 * Extraction benchmark: `npm run bench:extract [-- --rounds 5 --only <slug-prefix>]`.
 *
 * Over the shared Readability corpus and every fixture, in one run: our extraction time (median,
 * p95) and its ratio to plain `new Readability(clone).parse()` on the same pages, `detectArticle`
 * time, our text recall against Readability's expected output, and clutter leaked across fixtures
 * (mustNotContain hits). Each page is parsed once; runs are warmed up and interleaved (ours, plain,
 * detect, in an order that rotates each round) so machine noise hits both sides alike. It reports and
 * writes bench-results/extract.json; it asserts nothing.
 *
 * No global `window` is set up: extraction uses only the document it is given (and its jsdom window
 * for DOMPurify), exactly as in an extension page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { containsText, htmlToText, tokenRecall } from '../tests/support/text';
import { measureExtraction } from './bench/measure-extraction';
import { median, sum, timingSummary } from './bench/stats';

/** The two jsdom exports used here (jsdom ships no types and @types/jsdom is not installed). */
interface JsdomApi {
  JSDOM: new (
    html: string,
    options: { url: string; virtualConsole: unknown },
  ) => { window: Window & { close(): void } };
  VirtualConsole: new () => unknown;
}
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as JsdomApi;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, process.env.READSIDE_SHARED_DIR ?? '../shared');
const CORPUS = path.join(SHARED, 'corpus/readability-test-pages');
const FIXTURES = path.join(ROOT, 'tests/fixtures');
const CORPUS_URL = 'http://fakehost/test/page.html';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const ROUNDS = Math.max(1, Number(arg('rounds', '3')));
const ONLY = arg('only', '');

interface Page {
  kind: 'corpus' | 'fixture';
  slug: string;
  url: string;
  html: string;
  expectedHtml: string | null;
  mustNotContain: string[];
  mustContain: string[];
  readerable: boolean;
}

function loadPages(): Page[] {
  const pages: Page[] = [];
  if (!existsSync(CORPUS)) throw new Error(`Corpus missing: ${CORPUS} (set READSIDE_SHARED_DIR)`);
  for (const slug of readdirSync(CORPUS).sort()) {
    const dir = path.join(CORPUS, slug);
    if (!existsSync(path.join(dir, 'source.html')) || (ONLY && !slug.startsWith(ONLY))) continue;
    pages.push({
      kind: 'corpus',
      slug,
      url: CORPUS_URL,
      html: readFileSync(path.join(dir, 'source.html'), 'utf8'),
      expectedHtml: readFileSync(path.join(dir, 'expected.html'), 'utf8'),
      mustNotContain: [],
      mustContain: [],
      readerable: true,
    });
  }
  for (const slug of readdirSync(FIXTURES).sort()) {
    const dir = path.join(FIXTURES, slug);
    const metaFile = path.join(dir, 'expected-metadata.json');
    if (!existsSync(metaFile) || !existsSync(path.join(dir, 'source.html')) || (ONLY && !slug.startsWith(ONLY))) {
      continue;
    }
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    pages.push({
      kind: 'fixture',
      slug,
      url: meta.url,
      html: readFileSync(path.join(dir, 'source.html'), 'utf8'),
      expectedHtml: null,
      mustNotContain: meta.mustNotContain ?? [],
      mustContain: meta.mustContain ?? [],
      readerable: meta.readerable !== false,
    });
  }
  return pages;
}

interface Row {
  kind: Page['kind'];
  slug: string;
  oursMs: number;
  plainMs: number;
  sanitizedMs: number;
  bareMs: number;
  detectMs: number;
  recall: number | null;
  leaked: string[];
  missing: string[];
  removed: number;
  /** One profiled run's milliseconds per phase. */
  phases: Record<string, number>;
}

function measure(page: Page): Row {
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const { result, phases, ...samples } = measureExtraction(doc, page.url, ROUNDS);
  const text = result.ok ? result.article.textContent : '';
  const row: Row = {
    kind: page.kind,
    slug: page.slug,
    oursMs: median(samples.ours),
    plainMs: median(samples.plain),
    sanitizedMs: median(samples.sanitized),
    bareMs: median(samples.bare),
    detectMs: median(samples.detect),
    recall: page.expectedHtml === null ? null : tokenRecall(text, htmlToText(page.expectedHtml, doc)),
    leaked: page.readerable ? page.mustNotContain.filter((s) => containsText(text, s)) : [],
    missing: page.readerable ? page.mustContain.filter((s) => !containsText(text, s)) : [],
    removed: result.ok ? result.removed.length : 0,
    phases,
  };
  dom.window.close();
  return row;
}

function pad(value: string | number, width: number): string {
  return String(value).padStart(width);
}

/**
 * jsdom keeps every element with an id of every document of a window (clones included) in the
 * window's named-property tracker, so each clone leaks its tree until the process ends. Measuring
 * all pages in one process runs out of memory; each batch of pages runs in its own process.
 */
const BATCH = 4;

function measureInWorkers(count: number): Row[] {
  const rows: Row[] = [];
  for (let from = 0; from < count; from += BATCH) {
    const to = Math.min(count, from + BATCH);
    const args = [...process.execArgv, fileURLToPath(import.meta.url), '--worker', `${from}:${to}`];
    args.push('--rounds', String(ROUNDS), ...(ONLY ? ['--only', ONLY] : []));
    const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (child.status !== 0) throw new Error(`worker ${from}:${to} failed: ${child.stderr}`);
    for (const line of child.stdout.split('\n')) if (line.startsWith('{')) rows.push(JSON.parse(line) as Row);
    if (process.stderr.isTTY) process.stderr.write(`\r${to}/${count}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\r');
  return rows;
}

/** Worker mode: measure pages [from, to) and print one JSON row per line. */
function worker(range: string): void {
  const [from, to] = range.split(':').map(Number) as [number, number];
  for (const page of loadPages().slice(from, to)) console.log(JSON.stringify(measure(page)));
}

function main(): void {
  const pages = loadPages();
  const started = performance.now();
  const rows = measureInWorkers(pages.length);

  const plain = rows.map((r) => r.plainMs);
  const recalls = rows.flatMap((r) => (r.recall === null ? [] : [r.recall]));
  const fixtures = rows.filter((r) => r.kind === 'fixture');
  const summary = {
    pages: rows.length,
    corpusPages: recalls.length,
    fixtures: fixtures.length,
    rounds: ROUNDS,
    ...timingSummary(rows),
    meanRecall: recalls.length ? sum(recalls) / recalls.length : null,
    minRecall: recalls.length ? Math.min(...recalls) : null,
    leakedClutter: sum(fixtures.map((r) => r.leaked.length)),
    missingContent: sum(fixtures.map((r) => r.missing.length)),
    wallSeconds: (performance.now() - started) / 1000,
  };

  const phaseTotals: Record<string, number> = {};
  for (const r of rows) for (const [k, v] of Object.entries(r.phases)) phaseTotals[k] = (phaseTotals[k] ?? 0) + v;
  const plainTotal = sum(plain);
  const slow = [...rows].sort((a, b) => b.oursMs / b.plainMs - a.oursMs / a.plainMs).slice(0, 5);
  console.log('Readside extraction benchmark (times are per-page medians, ms)');
  console.log(
    `  pages ${summary.pages} (corpus ${summary.corpusPages}, fixtures ${summary.fixtures}), rounds ${ROUNDS}`,
  );
  console.log('');
  console.log('  metric                         ours   plain Readability');
  console.log(
    `  extraction median          ${pad(summary.oursMedianMs.toFixed(1), 8)} ${pad(summary.plainMedianMs.toFixed(1), 9)}`,
  );
  console.log(
    `  extraction p95             ${pad(summary.oursP95Ms.toFixed(1), 8)} ${pad(summary.plainP95Ms.toFixed(1), 9)}`,
  );
  console.log(`  ratio ours/plain (total)   ${pad(summary.ratioTotal.toFixed(2), 8)}x   target <= 1.30x`);
  console.log(`  ratio ours/plain (median)  ${pad(summary.ratioMedian.toFixed(2), 8)}x`);
  console.log(`  Readability + sanitiser    ${pad(summary.sanitizedRatioTotal.toFixed(2), 8)}x   of plain (total)`);
  console.log(`  ours / that                ${pad(summary.oursOverSanitizedTotal.toFixed(2), 8)}x   (total)`);
  console.log(
    `  Readability + bare DOMPurify ${pad(summary.bareRatioTotal.toFixed(2), 6)}x   of plain (total; the floor)`,
  );
  console.log(`  detectArticle median       ${pad(summary.detectMedianMs.toFixed(2), 8)}`);
  console.log(`  detectArticle p95          ${pad(summary.detectP95Ms.toFixed(2), 8)}`);
  console.log(
    `  mean recall vs expected    ${pad(summary.meanRecall?.toFixed(4) ?? '-', 8)}   (min ${summary.minRecall?.toFixed(4)})`,
  );
  console.log(`  clutter leaked (fixtures)  ${pad(summary.leakedClutter, 8)}   target 0`);
  console.log(`  content missing (fixtures) ${pad(summary.missingContent, 8)}   target 0`);
  console.log('');
  console.log(
    '  phases of ours, as a share of plain Readability time: ' +
      Object.entries(phaseTotals)
        .map(([k, v]) => `${k} ${(v / plainTotal).toFixed(2)}`)
        .join(', '),
  );
  console.log(`  highest ratios: ${slow.map((r) => `${r.slug} ${(r.oursMs / r.plainMs).toFixed(2)}x`).join(', ')}`);
  for (const r of fixtures.filter((f) => f.leaked.length || f.missing.length)) {
    console.log(`  ${r.slug}: leaked ${JSON.stringify(r.leaked)} missing ${JSON.stringify(r.missing)}`);
  }

  const outDir = path.join(ROOT, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'extract.json'), `${JSON.stringify({ summary, phaseTotals, rows }, null, 2)}\n`);
  console.log(
    `\n  wrote ${path.relative(ROOT, path.join(outDir, 'extract.json'))} in ${summary.wallSeconds.toFixed(0)} s`,
  );
}

const workerRange = arg('worker', '');
if (workerRange) worker(workerRange);
else main();
