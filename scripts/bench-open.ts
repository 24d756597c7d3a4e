/**
 * bench:open — in real Chromium, the time from the trigger to the article rendered in the reader,
 * next to plain Readability's extraction time on the same pages, and the page's main-thread
 * blocking caused by the extension (long tasks over 50 ms). It reports; it does not assert.
 *
 * Trigger = navigating a reader tab to `reader.html?tab=<id>`, which asks the background for the
 * snapshot (content script serialises), then parses, extracts, sanitises and renders. The time is
 * read inside the reader page (performance.now() from its navigation start), so Playwright's own
 * round trips are not counted. Readability runs in the article's tab on a clone of its document.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, REPO_ROOT } from '../tests/e2e/launch';
import { startStaticServer } from '../tests/e2e/static-server';

const SHARED = path.resolve(REPO_ROOT, process.env.READSIDE_SHARED_DIR ?? '../shared');
const CORPUS = path.join(SHARED, 'corpus/readability-test-pages');
const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures');
const CORPUS_PAGES = Number(process.env.BENCH_OPEN_CORPUS ?? 30);
const READABILITY_JS = path.join(REPO_ROOT, 'node_modules/@mozilla/readability/Readability.js');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : Number.NaN;
};
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

function pages(): { name: string; url: string }[] {
  const fixtures = readdirSync(FIXTURES)
    .filter((slug) => {
      try {
        return (
          JSON.parse(readFileSync(path.join(FIXTURES, slug, 'expected-metadata.json'), 'utf8')).readerable !== false
        );
      } catch {
        return false;
      }
    })
    .map((slug) => ({ name: `fixture/${slug}`, url: `/fixtures/${slug}/source.html` }));
  const corpus = readdirSync(CORPUS)
    .filter((slug) => !slug.includes('.'))
    .slice(0, CORPUS_PAGES)
    .map((slug) => ({ name: `corpus/${slug}`, url: `/corpus/${slug}/source.html` }));
  return [...fixtures, ...corpus];
}

async function main() {
  const server = await startStaticServer({ fixtures: FIXTURES, corpus: CORPUS });
  const { context, extensionId, close } = await launchWithExtension();
  const readability = readFileSync(READABILITY_JS, 'utf8');
  const rows: {
    name: string;
    openMs: number;
    readabilityMs: number;
    longTasks: number;
    blockingMs: number;
    state: string;
  }[] = [];

  for (const { name, url } of pages()) {
    const tab = await context.newPage();
    await tab.addInitScript(() => {
      const w = window as unknown as { __longtasks: { start: number; duration: number }[] };
      w.__longtasks = [];
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      } catch {
        // longtask timing unsupported: nothing recorded
      }
    });
    await tab.goto(`${server.origin}${url}`, { waitUntil: 'load' });
    await tab.waitForTimeout(300); // let the page's own load work settle
    const tabId = await tab
      .evaluate(() => 0)
      .then(async () => {
        const probe = await context.newPage();
        await probe.goto(`chrome-extension://${extensionId}/reader.html?probe=1`);
        const pageUrl = tab.url();
        const id = await probe.evaluate(
          async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
          pageUrl,
        );
        await probe.close();
        return id;
      });
    if (tabId === undefined) throw new Error(`No tab for ${name}`);
    const triggerAt = await tab.evaluate(() => performance.now());
    const reader = await context.newPage();
    await reader.goto(`chrome-extension://${extensionId}/reader.html?tab=${tabId}`);
    await reader.waitForSelector('main[data-state]:not([data-state="loading"])', { timeout: 60_000 });
    const openMs = await reader.evaluate(() => performance.now());
    const state = (await reader.getAttribute('main[data-state]', 'data-state')) ?? '?';
    const tasks = await tab.evaluate(
      (t) =>
        (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks.filter(
          (x) => x.start >= t,
        ),
      triggerAt,
    );
    await tab.addScriptTag({ content: readability });
    const readabilityMs = await tab.evaluate(() => {
      const R = (window as unknown as { Readability: new (d: Document) => { parse(): unknown } }).Readability;
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const clone = document.cloneNode(true) as Document;
        const t0 = performance.now();
        new R(clone).parse();
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b)[1]!;
    });
    rows.push({
      name,
      openMs,
      readabilityMs,
      state,
      longTasks: tasks.length,
      blockingMs: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    });
    await reader.close();
    await tab.close();
  }
  await close();
  await server.close();

  const open = rows.map((r) => r.openMs);
  const plain = rows.map((r) => r.readabilityMs);
  const summary = {
    pages: rows.length,
    renderedArticles: rows.filter((r) => r.state === 'article').length,
    openMedianMs: median(open),
    openP95Ms: p95(open),
    readabilityMedianMs: median(plain),
    ratioOfMedians: median(open) / median(plain),
    medianPerPageRatio: median(rows.map((r) => r.openMs / Math.max(r.readabilityMs, 0.1))),
    pageLongTasksOver50ms: rows.reduce((s, r) => s + r.longTasks, 0),
    pageBlockingMsTotal: rows.reduce((s, r) => s + r.blockingMs, 0),
  };
  console.table(rows.map((r) => ({ ...r, openMs: r.openMs.toFixed(1), readabilityMs: r.readabilityMs.toFixed(1) })));
  console.log('\nbench:open (trigger → article rendered in the reader tab, real Chromium)');
  console.table({
    'open median (ms)': summary.openMedianMs.toFixed(1),
    'open p95 (ms)': summary.openP95Ms.toFixed(1),
    'plain Readability median (ms)': summary.readabilityMedianMs.toFixed(1),
    'open / Readability (ratio of medians)': summary.ratioOfMedians.toFixed(2),
    'page long tasks > 50 ms caused by us': summary.pageLongTasksOver50ms,
    'page blocking time (ms, sum)': summary.pageBlockingMsTotal.toFixed(1),
    'pages rendered as article': `${summary.renderedArticles}/${summary.pages}`,
  });
  mkdirSync(path.join(REPO_ROOT, 'bench-results'), { recursive: true });
  writeFileSync(path.join(REPO_ROOT, 'bench-results/open.json'), JSON.stringify({ summary, rows }, null, 2));
  console.log('wrote bench-results/open.json');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
