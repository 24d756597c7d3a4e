import type { BrowserContext, CDPSession, Page, Request } from '@playwright/test';

/** One request as an observer saw it, whoever made it. */
export interface SeenRequest {
  url: string;
  /** `service-worker`, a page's URL at the time, or `side-panel` (seen through CDP). */
  from: string;
  /** Playwright's resource type, or the CDP `type`. */
  type: string;
  headers: Record<string, string>;
}

/** A URL a request can be told apart by: a page that has committed a real document. */
const isDocumentUrl = (url: string) => /^(https?|chrome-extension):/.test(url);

/** The URL of the page whose frame made `request`, '' when Playwright cannot tell (yet). */
function pageUrlOf(request: Request): string {
  try {
    return request.frame().page().url();
  } catch {
    return '';
  }
}

/**
 * Who made `request`: the service worker, or its page's URL at the time. A page that has not
 * committed its first document yet (about:blank), or that Playwright does not know yet (a tab the
 * extension opens can start loading before it is announced: `request.frame()` throws then), gets
 * its URL when the log settles: the URL of the document that made the request.
 */
function origin(request: Request): { from: string; later?: () => string } {
  if (request.serviceWorker()) return { from: 'service-worker' };
  const now = pageUrlOf(request);
  if (isDocumentUrl(now)) return { from: now };
  return { from: now || 'unknown', later: () => pageUrlOf(request) };
}

/**
 * Every request of every page and service worker in the context, as Playwright reports them
 * (Playwright 1.65 reports service-worker requests too: `request.serviceWorker()`). Headers are
 * the ones Chromium really sent (`allHeaders`), so a Referer would show.
 */
export function recordRequests(context: BrowserContext): { seen: SeenRequest[]; settled(): Promise<void> } {
  const seen: SeenRequest[] = [];
  const pending: Promise<void>[] = [];
  const unresolved: { entry: SeenRequest; later: () => string }[] = [];
  context.on('request', (request) => {
    const { from, later } = origin(request);
    const entry: SeenRequest = { url: request.url(), from, type: request.resourceType(), headers: {} };
    seen.push(entry);
    if (later) unresolved.push({ entry, later });
    pending.push(
      request
        .allHeaders()
        .then((headers) => {
          entry.headers = headers;
        })
        .catch(() => {}),
    );
  });
  return {
    seen,
    settled: async () => {
      await Promise.all(pending);
      for (const { entry, later } of unresolved.splice(0)) {
        const url = later();
        if (isDocumentUrl(url)) entry.from = url;
      }
    },
  };
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * The real side panel is not a Playwright page, so Playwright does not see its requests. This
 * attaches to it over CDP from one of our pages (a non-flattened session: Playwright's CDPSession
 * cannot address flattened child sessions), turns on Network with the cache off, and reloads the
 * panel so that everything it loads from then on is recorded.
 */
export async function recordSidePanel(probe: Page): Promise<SeenRequest[]> {
  const cdp: CDPSession = await probe.context().newCDPSession(probe);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  // The panel's URL has no query (a sidepanel.html tab opened by a test has `?tab=`). Another client
  // (Playwright) may be attached to it too: CDP allows several.
  const panel = targetInfos.find((t) => t.type === 'page' && /\/sidepanel\.html$/.test(t.url));
  if (!panel) throw new Error(`No side panel target: ${targetInfos.map((t) => `${t.type} ${t.url}`).join(', ')}`);
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: panel.targetId, flatten: false })) as {
    sessionId: string;
  };
  const seen: SeenRequest[] = [];
  const replies = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  let nextId = 0;
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    if (message.id !== undefined) replies.get(message.id)?.(message);
    else if (message.method === 'Network.requestWillBeSent') {
      const { request, type } = message.params;
      seen.push({
        url: request.url,
        from: 'side-panel',
        type: String(type ?? '').toLowerCase(),
        headers: request.headers,
      });
    }
  });
  const send = async (method: string, params: object = {}): Promise<unknown> => {
    const id = ++nextId;
    const reply = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => replies.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const { result, error } = await reply;
    if (error) throw new Error(`${method}: ${error.message}`);
    return result;
  };
  await send('Network.enable');
  await send('Network.setCacheDisabled', { cacheDisabled: true });
  await send('Page.reload');
  return seen;
}
