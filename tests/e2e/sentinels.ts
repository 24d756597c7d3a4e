import type { Page } from '@playwright/test';

/**
 * Sentinels for code that should never run in `page`: dialogs, page errors, and a console mark
 * from `window[sentinel]()`, which payloads call. Also collects CSP violation reports in
 * `window.__rsViolations` (directive and blocked URI). Returns the hits, filled as they happen.
 */
export async function watchForExecution(page: Page, sentinel: string): Promise<string[]> {
  const hits: string[] = [];
  page.on('dialog', (d) => {
    hits.push(`dialog:${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => hits.push(`pageerror:${e.message}`));
  page.on('console', (m) => {
    if (m.text().includes(sentinel)) hits.push(`console:${m.text()}`);
  });
  await page.addInitScript((name) => {
    const w = window as unknown as Record<string, unknown>;
    w[name] = () => console.log(`${name} executed`);
    w.__rsViolations = [] as string[];
    document.addEventListener('securitypolicyviolation', (e) =>
      (w.__rsViolations as string[]).push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  }, sentinel);
  return hits;
}
