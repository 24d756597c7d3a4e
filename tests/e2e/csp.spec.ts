import { expect, test } from './extension-fixture';
import { STYLED_ARTICLE } from './pages/styled-article';
import { openArticleTab, openSurface } from './tabs';

/**
 * The extension-page CSP (utils/manifest-policy.ts) must really be enforced by Chromium: no inline
 * or remote script, no inline event handlers, no inline styles, no frames, no form submission, no <base>.
 * Media may come from http(s) (article video and audio, played on request), never from `data:`.
 */
test('Chromium enforces the strict CSP on extension pages', async ({ context, extensionUrl, server }) => {
  const page = await context.newPage();
  const seenBefore = server.requests.length;
  await page.goto(extensionUrl('reader.html?probe=1'));
  const result = await page.evaluate(async (origin) => {
    const w = window as unknown as Record<string, unknown>;
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));

    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true';
    document.body.append(inline);

    const remote = document.createElement('script');
    remote.src = `${origin}/site/remote.js`;
    document.body.append(remote);

    // eval cannot be probed from here: code sent over DevTools bypasses CSP. MV3 itself refuses
    // 'unsafe-eval' in extension_pages. An inline event handler is the realistic injection.
    const handler = document.createElement('img');
    handler.setAttribute('onerror', 'window.__handlerRan = true');
    handler.src = 'data:image/png;base64,broken';
    document.body.append(handler);

    const styled = document.createElement('p');
    styled.setAttribute('style', 'color: rgb(255, 0, 0)');
    document.body.append(styled);

    const style = document.createElement('style');
    style.textContent = '.probe-inline-style { color: rgb(0, 255, 0); }';
    document.head.append(style);
    const probe = document.createElement('p');
    probe.className = 'probe-inline-style';
    document.body.append(probe);

    const frame = document.createElement('iframe');
    frame.src = `${origin}/site/article.html`;
    document.body.append(frame);

    // preload="auto" on purpose: the sanitiser never sets it; here it makes the CSP decide at once.
    const video = document.createElement('video');
    video.preload = 'auto';
    video.src = `${origin}/site/csp-probe.webm`;
    document.body.append(video);
    const inlineAudio = document.createElement('audio');
    inlineAudio.preload = 'auto';
    inlineAudio.src = 'data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA=';
    document.body.append(inlineAudio);

    await new Promise((r) => setTimeout(r, 500));
    return {
      inlineRan: w.__inlineRan === true,
      handlerRan: w.__handlerRan === true,
      inlineStyleApplied: getComputedStyle(styled).color === 'rgb(255, 0, 0)',
      styleElementApplied: getComputedStyle(probe).color === 'rgb(0, 255, 0)',
      violations: [...new Set(violations)].sort(),
    };
  }, server.origin);

  expect(result.inlineRan).toBe(false);
  expect(result.handlerRan).toBe(false);
  expect(result.inlineStyleApplied).toBe(false);
  expect(result.styleElementApplied).toBe(false);
  expect(result.violations).toEqual(
    expect.arrayContaining([
      'script-src-attr',
      'script-src-elem',
      'style-src-attr',
      'style-src-elem',
      'frame-src',
      'media-src',
    ]),
  );
  // What reached the server is the truth (Playwright reports CSP-blocked loads as requests too):
  // only the http media, and without a referrer (the pages' <meta name="referrer">).
  await expect.poll(() => server.requests.length).toBeGreaterThan(seenBefore);
  const reached = server.requests.slice(seenBefore);
  expect([...new Set(reached.map((r) => r.url))]).toEqual(['/site/csp-probe.webm']);
  expect(reached.map((r) => r.headers.referer ?? null)).toEqual(reached.map(() => null));
});

/**
 * A view parses a snapshot heavy with inline styles in the hidden parser frame
 * (utils/reader/snapshot-parser.ts), whose policy allows them: parsed in the view, each `style="…"`
 * of the page cost a violation report. The view itself still refuses inline styles
 * (RENDERING_PAGES_CSP in its <meta>).
 */
test('a page full of inline styles is parsed without a CSP violation in the view', async ({
  context,
  worker,
  extensionUrl,
  server,
}) => {
  // Every page of the context records the violations reported to it, from before its own scripts.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective), true);
  });
  const { tabId } = await openArticleTab(context, worker, `${server.origin}${STYLED_ARTICLE}`);
  const view = await openSurface(context, extensionUrl, 'sidepanel', tabId);
  await expect(view.locator('main')).toHaveAttribute('data-state', 'article');
  await expect(view.locator('main')).toContainText('Long before radio beacons');
  const violations = () => view.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  expect((await violations()).filter((d) => d === 'style-src-attr')).toHaveLength(0);
  expect(await view.locator('iframe[hidden]').evaluate((f: HTMLIFrameElement) => f.src)).toBe(
    extensionUrl('parser.html'),
  );

  // The view's own policy still refuses an inline style, and the recorder sees that refusal.
  const applied = await view.evaluate(() => {
    const p = document.createElement('p');
    p.setAttribute('style', 'color: rgb(255, 0, 0)');
    document.body.append(p);
    return getComputedStyle(p).color === 'rgb(255, 0, 0)';
  });
  expect(applied).toBe(false);
  await expect.poll(violations).toContain('style-src-attr');
});

/** Framing the parser page costs an open tens of ms, so a page with few inline styles goes without. */
test('a page with few inline styles is parsed in the view, without the parser frame', async ({
  context,
  worker,
  extensionUrl,
  server,
}) => {
  const { tabId } = await openArticleTab(context, worker, `${server.origin}/site/article.html`);
  const view = await openSurface(context, extensionUrl, 'sidepanel', tabId);
  await expect(view.locator('main')).toHaveAttribute('data-state', 'article');
  await expect(view.locator('main')).toContainText('Long before radio beacons');
  await expect(view.locator('iframe')).toHaveCount(0);
});
