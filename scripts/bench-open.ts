/**
 * bench:open — in real Chromium, the time from the trigger to the article rendered in the real side
 * panel, next to plain Readability's extraction time on the same pages in the same browser, and the
 * page's main-thread blocking caused by the extension (long tasks over 50 ms). It reports and writes
 * bench-results/open.json; it asserts nothing.
 *
 * Trigger = a click (a user gesture) in an extension page that calls `sidePanel.open` for the
 * article's tab, as the toolbar handler does. The panel, a fresh document each time, then asks the
 * background for the snapshot (the content script serialises the page), parses, extracts, sanitises
 * and renders; "rendered" is the reader's `readside:shown` mark (see utils/reader/timing.ts), taken
 * after the frame that drew the view. Both instants are read inside the browser on the shared
 * epoch clock (`performance.timeOrigin + t`), so Playwright's round trips are not counted.
 *
 * Plain Readability runs in the article's page on a clone of its document, after the panel has been
 * measured: its first (cold, as the panel's code always is) and median-of-3 (warm) times.
 *
 * Main-thread blocking in the page, two probes installed before the page's scripts:
 * - `PerformanceObserver('longtask')`, as asked. Chromium does not report tasks of an extension's
 *   isolated world to the page, so it cannot see our content script (the calibration below shows it);
 *   its count is kept for what else runs in the page during the open.
 * - a heartbeat (a 5 ms timer chain in the page, run only while a page is measured): a gap over 50 ms
 *   means the main thread was busy that long, whoever ran. This sees the content script.
 * Both are calibrated with a deliberate 120 ms task injected the way the content script is, so a
 * probe that reports 0 is known to be able to see such a task.
 *
 * Pages: every readerable fixture plus the first BENCH_OPEN_CORPUS (default 30) pages of the shared
 * corpus (READSIDE_SHARED_DIR, default ../shared). `npm run bench:open` builds the e2e build first.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, REPO_ROOT } from '../tests/e2e/launch';
import { openProbeWindow } from '../tests/e2e/side-panel-probe';
import { startStaticServer } from '../tests/e2e/static-server';
import { tabIdOf } from '../tests/e2e/tabs';
import { corpusDir, corpusSlugs, FIXTURES_DIR, fixtureSlugs, loadFixture } from '../tests/support/fixtures';
import { TIMING } from '../utils/reader/timing';
import { median, percentile } from './bench/stats';

const CORPUS_PAGES = Number(process.env.BENCH_OPEN_CORPUS ?? 30);
const READABILITY_JS = path.join(REPO_ROOT, 'node_modules/@mozilla/readability/Readability.js');
const SHOWN_TIMEOUT_MS = 30_000;

interface Row {
  name: string;
  state: string;
  /** Trigger → view rendered in the panel. */
  openMs: number;
  /** Trigger → the panel's document exists; → its DOMContentLoaded; → it asks for the snapshot. */
  documentMs: number;
  loadedMs: number;
  requestMs: number;
  /** The snapshot round trip and our extraction, as the panel measured them. */
  snapshotMs: number;
  extractMs: number;
  readabilityColdMs: number;
  readabilityMs: number;
  /** PerformanceObserver('longtask') entries during the open. */
  longTasks: number;
  /** Heartbeat gaps over 50 ms during the open: count, sum of (gap - 50), longest gap. */
  stalls: number;
  blockingMs: number;
  longestStallMs: number;
  /** The same, only for gaps overlapping the snapshot round trip: when our content script runs in the page. */
  snapshotStalls: number;
  snapshotBlockingMs: number;
}

type Span = { start: number; duration: number };
type BenchWindow = Window & {
  __longtasks: Span[];
  __stalls: Span[];
  __beat(on: boolean): void;
  __trigger?: number;
  __opening?: Promise<string>;
};

function benchPages(): { name: string; url: string }[] {
  const fixtures = fixtureSlugs()
    .filter((slug) => loadFixture(slug).meta.readerable)
    .map((slug) => ({ name: `fixture/${slug}`, url: `/fixtures/${slug}/source.html` }));
  const corpus = corpusSlugs()
    .slice(0, CORPUS_PAGES)
    .map((slug) => ({ name: `corpus/${slug}`, url: `/corpus/${slug}/source.html` }));
  return [...fixtures, ...corpus];
}

/** Installs both blocking probes in the page (epoch ms), before its own scripts run. */
function installProbes() {
  const w = window as unknown as BenchWindow;
  w.__longtasks = [];
  w.__stalls = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__longtasks.push({ start: performance.timeOrigin + e.startTime, duration: e.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Unsupported: the calibration reports it.
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  const beat = [
    () => {
      const now = performance.now();
      if (now - last > 50) w.__stalls.push({ start: performance.timeOrigin + last, duration: now - last });
      last = now;
      timer = setTimeout(beat[0]!, 5);
    },
  ];
  w.__beat = (on) => {
    clearTimeout(timer);
    if (!on) return;
    last = performance.now();
    timer = setTimeout(beat[0]!, 5);
  };
}

/** A button in our extension page whose click (a user gesture) opens the side panel for a tab. */
async function installTrigger(control: Page): Promise<void> {
  await control.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'bench-open';
    button.textContent = 'Open the side panel';
    button.addEventListener('click', () => {
      const w = window as unknown as BenchWindow;
      const tabId = Number(button.dataset.tab);
      w.__trigger = performance.timeOrigin + performance.now();
      w.__opening = chrome.sidePanel.open({ tabId }).then(
        () => 'ok',
        (err: unknown) => String(err),
      );
    });
    document.body.prepend(button);
  });
}

/** Waits (inside the browser) for the panel's `readside:shown` mark and reads its timings. */
async function panelTimings(control: Page) {
  return control.evaluate(
    async ({ shown, snapshot, extract, timeout }) => {
      const w = window as unknown as BenchWindow;
      const opened = await w.__opening;
      if (opened !== 'ok') throw new Error(`sidePanel.open failed: ${opened}`);
      const until = performance.now() + timeout;
      while (performance.now() < until) {
        const views = (chrome as unknown as { extension: { getViews(): Window[] } }).extension.getViews();
        const panel = views.find((v) => v.location.pathname === '/sidepanel.html');
        const mark = panel?.performance.getEntriesByName(shown)[0] as PerformanceMark | undefined;
        if (panel && mark) {
          const [snapshotMs, extractMs] = [snapshot, extract].map((name) =>
            panel.performance.getEntriesByName(name).reduce((sum, e) => sum + e.duration, 0),
          );
          const request = panel.performance.getEntriesByName(snapshot)[0];
          const nav = panel.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          return {
            trigger: w.__trigger ?? Number.NaN,
            documentAt: panel.performance.timeOrigin,
            loadedAt: panel.performance.timeOrigin + (nav?.domContentLoadedEventEnd ?? Number.NaN),
            requestAt: panel.performance.timeOrigin + (request?.startTime ?? Number.NaN),
            shownAt: panel.performance.timeOrigin + mark.startTime,
            state: String(mark.detail),
            snapshotMs: snapshotMs ?? Number.NaN,
            extractMs: extractMs ?? Number.NaN,
          };
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return null;
    },
    { shown: TIMING.shown, snapshot: TIMING.snapshot, extract: TIMING.extract, timeout: SHOWN_TIMEOUT_MS },
  );
}

async function closePanel(control: Page, windowId: number): Promise<void> {
  await control.evaluate(async (id) => {
    // Functions passed to the browser hold no named inner functions: tsx would wrap them in a helper
    // that does not exist there.
    await (chrome.sidePanel as unknown as { close(o: { windowId: number }): Promise<void> }).close({ windowId: id });
    const { extension } = chrome as unknown as { extension: { getViews(): Window[] } };
    while (extension.getViews().some((v) => v.location.pathname === '/sidepanel.html')) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }, windowId);
}

/** Plain Readability in the page: first run (cold) and median of 3. */
async function plainReadability(article: Page, source: string): Promise<{ cold: number; median: number }> {
  await article.addScriptTag({ content: source });
  return article.evaluate(() => {
    const R = (window as unknown as { Readability: new (d: Document) => { parse(): unknown } }).Readability;
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const clone = document.cloneNode(true) as Document;
      const t0 = performance.now();
      new R(clone).parse();
      times.push(performance.now() - t0);
    }
    return { cold: times[0]!, median: [...times].sort((a, b) => a - b)[1]! };
  });
}

const spans = (article: Page, kind: '__longtasks' | '__stalls', from: number, to: number) =>
  article.evaluate(
    ({ kind, from, to }) => (window as unknown as BenchWindow)[kind].filter((t) => t.start >= from && t.start <= to),
    { kind, from, to },
  );

/**
 * A deliberate 120 ms task, injected the way our content script is (`scripting.executeScript` from an
 * extension page, isolated world): which probes see it?
 */
async function calibrate(control: Page, article: Page, tabId: number) {
  await article.evaluate(() => (window as unknown as BenchWindow).__beat(true));
  const from = await article.evaluate(() => performance.timeOrigin + performance.now());
  await control.evaluate(async (id) => {
    // Not `func: () => …`: tsx would name that function with a helper the page does not have.
    const [busy] = [
      () => {
        const end = performance.now() + 120;
        while (performance.now() < end) {
          // busy on purpose
        }
      },
    ];
    await chrome.scripting.executeScript({ target: { tabId: id }, func: busy! });
  }, tabId);
  await article.waitForTimeout(200);
  await article.evaluate(() => (window as unknown as BenchWindow).__beat(false));
  const sees = (found: Span[]) => found.some((t) => t.duration >= 100 && t.duration < 1000);
  return {
    longtaskSeesContentScript: sees(await spans(article, '__longtasks', from, Number.POSITIVE_INFINITY)),
    heartbeatSeesContentScript: sees(await spans(article, '__stalls', from, Number.POSITIVE_INFINITY)),
  };
}

async function main() {
  const started = performance.now();
  const pages = benchPages();
  const server = await startStaticServer({ fixtures: FIXTURES_DIR, corpus: corpusDir() });
  const { context, worker, extensionId, close } = await launchWithExtension();
  const readability = readFileSync(READABILITY_JS, 'utf8');
  const rows: Row[] = [];
  let calibration = { longtaskSeesContentScript: false, heartbeatSeesContentScript: false };
  try {
    // The article tab is the first window's only tab; the trigger page lives in a window of its own.
    const article = context.pages()[0] ?? (await context.newPage());
    await article.addInitScript(installProbes);
    const control = await openProbeWindow(context, worker, `chrome-extension://${extensionId}/reader.html?probe=1`);
    await installTrigger(control);

    // The first page twice: once to warm up (worker start, code caches), not recorded.
    for (const [i, { name, url }] of [pages[0]!, ...pages].entries()) {
      await article.goto(`${server.origin}${url}`, { waitUntil: 'load' });
      await article.waitForTimeout(300); // let the page's own load work settle
      const tabId = await tabIdOf(worker, article.url());
      if (i === 1) calibration = await calibrate(control, article, tabId);
      const windowId = await worker.evaluate(async (id) => (await chrome.tabs.get(id)).windowId, tabId);
      await control.locator('#bench-open').evaluate((b, id) => {
        (b as HTMLElement).dataset.tab = String(id);
      }, tabId);
      await article.evaluate(() => (window as unknown as BenchWindow).__beat(true));
      await control.click('#bench-open');
      const timings = await panelTimings(control);
      await article.waitForTimeout(100); // let the probes deliver the last entries
      await article.evaluate(() => (window as unknown as BenchWindow).__beat(false));
      const from = timings?.trigger ?? 0;
      const to = (timings?.shownAt ?? Number.POSITIVE_INFINITY) + 100;
      const tasks = await spans(article, '__longtasks', from, to);
      const stalls = await spans(article, '__stalls', from, to);
      const snapshotFrom = timings?.requestAt ?? Number.NaN;
      const snapshotTo = snapshotFrom + (timings?.snapshotMs ?? Number.NaN);
      const inSnapshot = stalls.filter((t) => t.start < snapshotTo && t.start + t.duration > snapshotFrom);
      await closePanel(control, windowId);
      const plain = await plainReadability(article, readability);
      if (i === 0) continue;
      rows.push({
        name,
        state: timings?.state ?? 'timeout',
        openMs: timings ? timings.shownAt - timings.trigger : Number.NaN,
        documentMs: timings ? timings.documentAt - timings.trigger : Number.NaN,
        loadedMs: timings ? timings.loadedAt - timings.trigger : Number.NaN,
        requestMs: timings ? timings.requestAt - timings.trigger : Number.NaN,
        snapshotMs: timings?.snapshotMs ?? Number.NaN,
        extractMs: timings?.extractMs ?? Number.NaN,
        readabilityColdMs: plain.cold,
        readabilityMs: plain.median,
        longTasks: tasks.length,
        stalls: stalls.length,
        blockingMs: stalls.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
        longestStallMs: Math.max(0, ...stalls.map((t) => t.duration)),
        snapshotStalls: inSnapshot.length,
        snapshotBlockingMs: inSnapshot.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      });
      process.stdout.write(`\r${rows.length}/${pages.length} ${name}`.padEnd(80));
    }
  } finally {
    await close();
    await server.close();
  }
  process.stdout.write('\n');

  const shown = rows.filter((r) => r.state === 'article');
  const col = (key: keyof Row) => shown.map((r) => r[key] as number);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const heartbeat = calibration.heartbeatSeesContentScript;
  const summary = {
    pages: rows.length,
    fixtures: rows.filter((r) => r.name.startsWith('fixture/')).length,
    corpusPages: rows.filter((r) => r.name.startsWith('corpus/')).length,
    renderedAsArticle: shown.length,
    notRenderedAsArticle: rows.filter((r) => r.state !== 'article').map((r) => `${r.name}: ${r.state}`),
    openMedianMs: median(col('openMs')),
    openP95Ms: percentile(col('openMs'), 95),
    documentMedianMs: median(col('documentMs')),
    loadedMedianMs: median(col('loadedMs')),
    requestMedianMs: median(col('requestMs')),
    snapshotMedianMs: median(col('snapshotMs')),
    extractMedianMs: median(col('extractMs')),
    extractP95Ms: percentile(col('extractMs'), 95),
    readabilityColdMedianMs: median(col('readabilityColdMs')),
    readabilityWarmMedianMs: median(col('readabilityMs')),
    readabilityColdP95Ms: percentile(col('readabilityColdMs'), 95),
    openToReadabilityColdRatioOfMedians: median(col('openMs')) / median(col('readabilityColdMs')),
    extractToReadabilityColdRatioOfTotals: sum(col('extractMs')) / sum(col('readabilityColdMs')),
    extractToReadabilityColdMedianRatio: median(shown.map((r) => r.extractMs / Math.max(r.readabilityColdMs, 0.1))),
    calibration,
    longtaskEntriesDuringOpen: sum(rows.map((r) => r.longTasks)),
    stallsOver50ms: heartbeat ? sum(rows.map((r) => r.stalls)) : null,
    pagesWithStalls: heartbeat ? rows.filter((r) => r.stalls > 0).length : null,
    blockingMsTotal: heartbeat ? sum(rows.map((r) => r.blockingMs)) : null,
    longestStallMs: heartbeat ? Math.max(0, ...rows.map((r) => r.longestStallMs)) : null,
    snapshotStalls: heartbeat ? sum(rows.map((r) => r.snapshotStalls)) : null,
    snapshotBlockingMsTotal: heartbeat ? sum(rows.map((r) => r.snapshotBlockingMs)) : null,
    snapshotBlockingMsMax: heartbeat ? Math.max(0, ...rows.map((r) => r.snapshotBlockingMs)) : null,
    wallSeconds: (performance.now() - started) / 1000,
  };

  const ms = (x: number | null) => (x === null ? 'n/a' : x.toFixed(1));
  console.table(
    rows.map((r) => ({
      page: r.name,
      state: r.state,
      open: ms(r.openMs),
      request: ms(r.requestMs),
      snapshot: ms(r.snapshotMs),
      extract: ms(r.extractMs),
      'readability cold': ms(r.readabilityColdMs),
      longtask: r.longTasks,
      stalls: r.stalls,
      'longest stall': ms(r.longestStallMs),
      'snapshot stalls': r.snapshotStalls,
    })),
  );
  console.log('\nbench:open — trigger → article rendered in the real side panel, Chromium, ms');
  console.table({
    'pages (fixtures + corpus)': `${summary.pages} (${summary.fixtures} + ${summary.corpusPages})`,
    'rendered as article': summary.renderedAsArticle,
    'open median': ms(summary.openMedianMs),
    'open p95': ms(summary.openP95Ms),
    '  panel document created (median)': ms(summary.documentMedianMs),
    '  panel DOMContentLoaded (median)': ms(summary.loadedMedianMs),
    '  panel asks for the snapshot (median)': ms(summary.requestMedianMs),
    '  snapshot round trip (median)': ms(summary.snapshotMedianMs),
    '  our extraction, cold (median)': ms(summary.extractMedianMs),
    'plain Readability in the page, cold (median)': ms(summary.readabilityColdMedianMs),
    'plain Readability in the page, warm (median)': ms(summary.readabilityWarmMedianMs),
    'open / Readability cold (ratio of medians)': summary.openToReadabilityColdRatioOfMedians.toFixed(1),
    'our extraction / Readability cold (ratio of totals)': summary.extractToReadabilityColdRatioOfTotals.toFixed(2),
    'longtask observer sees a content-script task': calibration.longtaskSeesContentScript,
    'heartbeat sees a content-script task': calibration.heartbeatSeesContentScript,
    'longtask entries during open (page, all)': summary.longtaskEntriesDuringOpen,
    'page stalls > 50 ms while the content script runs': summary.snapshotStalls ?? 'n/a',
    '  their blocking time, sum (max per page)': `${ms(summary.snapshotBlockingMsTotal)} (${ms(summary.snapshotBlockingMsMax)})`,
    'page stalls > 50 ms during the whole open (any cause)': summary.stallsOver50ms ?? 'n/a',
    '  pages with one; blocking sum; longest': `${summary.pagesWithStalls ?? 'n/a'}; ${ms(summary.blockingMsTotal)}; ${ms(summary.longestStallMs)}`,
    'wall time (s)': summary.wallSeconds.toFixed(0),
  });
  if (summary.notRenderedAsArticle.length) console.log('not rendered as article:', summary.notRenderedAsArticle);
  mkdirSync(path.join(REPO_ROOT, 'bench-results'), { recursive: true });
  writeFileSync(path.join(REPO_ROOT, 'bench-results/open.json'), JSON.stringify({ summary, rows }, null, 2));
  console.log('wrote bench-results/open.json');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
