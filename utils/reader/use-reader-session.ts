/**
 * Wires one reader surface to the browser: which tab to read, loading it, following tab switches
 * and navigations (side panel), the presence port (side panel) and `readerTargetChanged`
 * broadcasts. Every listener is tied to one AbortSignal, released when the view unmounts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isTrustedSender, onMessage, sendMessage } from '../messaging';
import type { PageSnapshot } from '../page-snapshot';
import { getSavedArticle } from '../reading-list';
import { extractSnapshot, fetchSnapshot } from './load-article';
import { keepPanelPresence, type PanelPresence, panelReading } from './panel-presence';
import { createReaderSession, type ReaderSession } from './reader-session';
import { errorView, savedArticleView, type ViewState } from './reader-state';
import type { ReaderSource } from './reader-url';
import { createSnapshotParser } from './snapshot-parser';
import { createTabFollower, type StaleReason, type TabFollower, watchTabEvents } from './tab-follow';
import { markShown, measured, TIMING } from './timing';

export type Surface = 'sidepanel' | 'popup' | 'tab';

/** Lets the loading skeleton paint before the synchronous extraction (without stalling a hidden page). */
function yieldToPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
}

async function activeTabId(windowId: number | null): Promise<number | undefined> {
  const query = windowId === null ? { active: true, currentWindow: true } : { active: true, windowId };
  const [tab] = await browser.tabs.query(query).catch(() => []);
  return tab?.id;
}

export interface ReaderSessionHandle {
  view: ViewState;
  stale: StaleReason;
  windowId: number | null;
  showAnyway(): void;
  /** The banner's "Read this page": the active tab (side panel, popup) or the article's tab again (reader tab). */
  readActivePage(): void;
  retry(): void;
}

interface Live {
  session: ReaderSession;
  follower: TabFollower;
  windowId: number | null;
  /** Side panel only: the port that tells the background the panel is open and what it reads. */
  presence: PanelPresence | null;
  openTab(tabId: number | undefined): void;
  openSaved(id: string): Promise<void>;
}

export function useReaderSession(surface: Surface, source: ReaderSource): ReaderSessionHandle {
  const [view, setView] = useState<ViewState>({ state: 'loading', tabId: null });
  const [stale, setStale] = useState<StaleReason>(null);
  const [windowId, setWindowId] = useState<number | null>(null);
  const live = useRef<Live | null>(null);

  useEffect(() => {
    const ctl = new AbortController();
    const { signal } = ctl;
    const follower = createTabFollower({
      windowId: null,
      followActivation: surface === 'sidepanel',
      onChange: (reason) => !signal.aborted && setStale(reason),
    });
    const snapshots = createSnapshotParser(document, browser.runtime.getURL('/parser.html'), signal);
    const deps = {
      fetchSnapshot: measured(TIMING.snapshot, async (tabId: number | undefined) => {
        const response = await fetchSnapshot(tabId);
        // A style-heavy page is parsed in the parser frame, which may have to load first (./snapshot-parser).
        if (response.ok) await snapshots.readyFor(response.snapshot.html);
        return response;
      }),
      extract: measured(TIMING.extract, (snapshot: PageSnapshot, force: boolean) =>
        extractSnapshot(snapshot, force, snapshots.parser()),
      ),
      yieldToPaint,
    };
    const session = createReaderSession(deps, (next) => {
      if (signal.aborted) return;
      if ('url' in next) follower.setArticleUrl(next.url);
      setView(next);
      // Read while the tab was still loading: that load is not a navigation away from the article.
      if (next.state !== 'loading' && next.tabId !== null && follower.reason === 'navigated') {
        const { tabId } = next;
        void browser.tabs.get(tabId).then(
          (tab) => !signal.aborted && follower.confirmLoaded(tabId, tab),
          () => {},
        );
      }
    });
    const current: Live = {
      session,
      follower,
      windowId: null,
      presence: null,
      openTab(tabId) {
        follower.setArticle(tabId ?? null);
        void session.open(tabId);
      },
      async openSaved(id) {
        follower.setArticle(null);
        session.show({ state: 'loading', tabId: null });
        const saved = await getSavedArticle(id).catch(() => null);
        if (!signal.aborted) session.show(savedArticleView(saved));
      },
    };
    live.current = current;

    void (async () => {
      const win = await browser.windows.getCurrent().catch(() => null);
      if (signal.aborted) return;
      const ownWindow = win?.id ?? null;
      current.windowId = ownWindow;
      setWindowId(ownWindow);
      follower.setWindow(ownWindow);
      watchTabEvents(browser.tabs, follower, signal);

      if (surface === 'sidepanel' && ownWindow !== null) {
        current.presence = keepPanelPresence({
          connect: (info) => browser.runtime.connect(info),
          windowId: ownWindow,
          onClose: () => window.close(),
          signal,
        });
        current.presence.report(panelReading(session.view, follower.reason));
      }

      if (surface === 'sidepanel') {
        const ownOrigin = browser.runtime.getURL('/');
        const remove = onMessage('readerTargetChanged', async ({ sender, data }) => {
          if (!isTrustedSender(sender, browser.runtime.id, ownOrigin)) return;
          const tab = await browser.tabs.get(data.tabId).catch(() => null);
          if (signal.aborted || (ownWindow !== null && tab?.windowId !== ownWindow)) return;
          // The panel may already be loading this very tab (it was opened by the same trigger).
          if (session.view.state === 'loading' && session.view.tabId === data.tabId) return;
          follower.setActiveTab(data.tabId);
          current.openTab(data.tabId);
        });
        signal.addEventListener('abort', remove, { once: true });
      }

      if (source.kind === 'saved') return current.openSaved(source.id);
      if (source.kind === 'tab') return current.openTab(source.tabId);
      // The reader tab is itself the active tab: without `?tab=` or `?saved=` there is nothing to read.
      if (surface === 'tab') return session.show(errorView(null, null, 'no-tab'));
      const active = await activeTabId(ownWindow);
      if (signal.aborted) return;
      follower.setActiveTab(active ?? null);
      const target = await sendMessage('getReaderTarget', undefined).catch(() => null);
      if (signal.aborted) return;
      current.openTab(target && target.tabId === active ? target.tabId : active);
    })();

    return () => ctl.abort();
  }, [surface, source]);

  useEffect(() => {
    live.current?.presence?.report(panelReading(view, stale));
  }, [view, stale]);

  // Effects run after the frame that rendered the view: "shown" means on screen.
  useEffect(() => {
    if (view.state !== 'loading') markShown(view.state);
  }, [view]);

  return {
    view,
    stale,
    windowId,
    showAnyway: () => void live.current?.session.showAnyway(),
    readActivePage: () => {
      const current = live.current;
      if (!current) return;
      if (surface === 'tab') return current.openTab(current.session.view.tabId ?? undefined);
      const known = current.follower.activeTabId;
      if (known !== null) return current.openTab(known);
      void activeTabId(current.windowId).then((id) => current.openTab(id));
    },
    retry: () => {
      const current = live.current;
      if (!current) return;
      if (source.kind === 'saved') return void current.openSaved(source.id);
      if (surface === 'tab' && source.kind === 'active') return;
      current.openTab(current.session.view.tabId ?? (source.kind === 'tab' ? source.tabId : undefined));
    },
  };
}
