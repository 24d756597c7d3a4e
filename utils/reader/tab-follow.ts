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
      if (change.url !== undefined) {
        if (!articleUrl || withoutHash(change.url) !== withoutHash(articleUrl)) navigated = true;
      } else if (change.status === 'loading') {
        navigated = true;
      }
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
  onUpdated: EventLike<(tabId: number, change: ChangeInfoLike) => void>;
}

export function watchTabEvents(tabs: TabEventsApi, follower: TabFollower, signal: AbortSignal): void {
  const activated = (info: { tabId: number; windowId: number }) => follower.handleActivated(info);
  const updated = (tabId: number, change: ChangeInfoLike) => follower.handleUpdated(tabId, change);
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
