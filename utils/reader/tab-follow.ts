/**
 * Knows whether the article on screen still belongs to what the user is looking at: the side panel
 * stays open across tab switches and navigations, so the view must say when its article is stale.
 * Pure state plus a binding to `tabs.onActivated` / `tabs.onUpdated` tied to an AbortSignal.
 */
export type StaleReason = 'other-tab' | 'navigated' | null;

export interface TabFollowerOptions {
  /** The window this view lives in (side panel); activations in other windows are ignored. */
  windowId: number | null;
  /** Side panel: yes. Reader tab: no (it is itself the active tab). */
  followActivation: boolean;
  onChange(reason: StaleReason): void;
}

export interface ChangeInfoLike {
  url?: string;
  status?: string;
}

const withoutHash = (url: string) => url.split('#')[0];

export function createTabFollower({ windowId: initialWindow, followActivation, onChange }: TabFollowerOptions) {
  let windowId = initialWindow;
  let articleTabId: number | null = null;
  let articleUrl: string | null = null;
  let activeTabId: number | null = null;
  let navigated = false;
  /** The article tab moved after its article arrived (not merely while it was being read). */
  let movedSinceArrival = false;
  let last: StaleReason = null;

  function reason(): StaleReason {
    if (articleTabId === null) return null;
    if (navigated) return 'navigated';
    if (followActivation && activeTabId !== null && activeTabId !== articleTabId) return 'other-tab';
    return null;
  }

  function publish() {
    const next = reason();
    if (next !== last) {
      last = next;
      onChange(next);
    }
  }

  return {
    get reason() {
      return reason();
    },
    get activeTabId() {
      return activeTabId;
    },
    /** A new article (or state) for `tabId` is being shown: it is fresh again. */
    setArticle(tabId: number | null, url: string | null = null) {
      articleTabId = tabId;
      articleUrl = url;
      navigated = false;
      movedSinceArrival = false;
      publish();
    },
    /** The window, once known (side panels learn it asynchronously). */
    setWindow(id: number | null) {
      windowId = id;
    },
    /** The URL of the article's page, once known (to tell in-page anchors from navigations). */
    setArticleUrl(url: string | null) {
      articleUrl = url;
    },
    setActiveTab(tabId: number | null) {
      activeTabId = tabId;
      publish();
    },
    handleActivated(info: { tabId: number; windowId: number }) {
      if (windowId !== null && info.windowId !== windowId) return;
      activeTabId = info.tabId;
      publish();
    },
    handleUpdated(tabId: number, change: ChangeInfoLike) {
      if (tabId !== articleTabId) return;
      const moved =
        change.url !== undefined
          ? !articleUrl || withoutHash(change.url) !== withoutHash(articleUrl)
          : change.status === 'loading';
      if (moved) {
        navigated = true;
        if (articleUrl) movedSinceArrival = true;
      }
      publish();
    },
    /**
     * The article may be read while its tab is still loading, and that load flags it as navigated.
     * Once the tab (as the browser reports it, on arrival of the article or when the load completes)
     * has finished loading the article's URL, with no move since the article arrived, the article is
     * that page: fresh after all.
     */
    confirmLoaded(tabId: number, tab: { url?: string; status?: string }) {
      if (tabId !== articleTabId || !navigated || movedSinceArrival) return;
      if (!articleUrl || !tab.url || tab.status !== 'complete') return;
      if (withoutHash(tab.url) !== withoutHash(articleUrl)) return;
      navigated = false;
      publish();
    },
  };
}

export type TabFollower = ReturnType<typeof createTabFollower>;

interface EventLike<F> {
  addListener(cb: F): void;
  removeListener(cb: F): void;
}

export interface TabEventsApi {
  onActivated: EventLike<(info: { tabId: number; windowId: number }) => void>;
  onUpdated: EventLike<(tabId: number, change: ChangeInfoLike, tab: { url?: string; status?: string }) => void>;
}

export function watchTabEvents(tabs: TabEventsApi, follower: TabFollower, signal: AbortSignal): void {
  const activated = (info: { tabId: number; windowId: number }) => follower.handleActivated(info);
  const updated = (tabId: number, change: ChangeInfoLike, tab: { url?: string; status?: string }) => {
    follower.handleUpdated(tabId, change);
    if (change.status === 'complete') follower.confirmLoaded(tabId, tab);
  };
  tabs.onActivated.addListener(activated);
  tabs.onUpdated.addListener(updated);
  signal.addEventListener(
    'abort',
    () => {
      tabs.onActivated.removeListener(activated);
      tabs.onUpdated.removeListener(updated);
    },
    { once: true },
  );
}
