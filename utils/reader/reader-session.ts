/**
 * One reader view's loading logic, free of `browser.*`: fetch a snapshot, extract, publish a
 * ViewState. The newest request wins, so a slow earlier load never overwrites a later one.
 * "Show anyway" re-extracts the snapshot already in hand with `force`, without asking the page again.
 */
import type { SnapshotResponse } from '../messaging';
import type { PageSnapshot } from '../page-snapshot';
import { type Extract, toLoadResult } from './load-article';
import { errorView, toViewState, type ViewState } from './reader-state';

export interface ReaderSessionDeps {
  fetchSnapshot(tabId: number | undefined): Promise<SnapshotResponse>;
  extract: Extract;
  /** Lets the loading skeleton paint before the synchronous extraction. */
  yieldToPaint?(): Promise<void>;
}

export interface ReaderSession {
  readonly view: ViewState;
  open(tabId: number | undefined, force?: boolean): Promise<void>;
  showAnyway(): Promise<void>;
  /** Shows a state that needs no loading (e.g. nothing to read). */
  show(view: ViewState): void;
}

export function createReaderSession(deps: ReaderSessionDeps, onView: (view: ViewState) => void): ReaderSession {
  let seq = 0;
  let view: ViewState = { state: 'loading', tabId: null };
  let last: { tabId: number; snapshot: PageSnapshot } | null = null;

  const set = (next: ViewState) => {
    view = next;
    onView(next);
  };

  async function settle(id: number, tabId: number | null, work: () => Promise<ViewState>) {
    let next: ViewState;
    try {
      next = await work();
    } catch (err) {
      next = errorView(tabId, null, 'failed', err);
    }
    if (id === seq) set(next);
  }

  async function open(tabId: number | undefined, force = false) {
    const id = ++seq;
    set({ state: 'loading', tabId: tabId ?? null });
    await settle(id, tabId ?? null, async () => {
      const response = await deps.fetchSnapshot(tabId);
      if (response.ok) last = { tabId: response.tabId, snapshot: response.snapshot };
      await deps.yieldToPaint?.();
      if (id !== seq) return view;
      return toViewState(toLoadResult(response, force, deps.extract));
    });
  }

  async function showAnyway() {
    const cached = last && last.tabId === view.tabId ? last : null;
    if (!cached) return open(view.tabId ?? undefined, true);
    const id = ++seq;
    set({ state: 'loading', tabId: cached.tabId });
    await settle(id, cached.tabId, async () => {
      await deps.yieldToPaint?.();
      return toViewState(
        toLoadResult({ ok: true, tabId: cached.tabId, snapshot: cached.snapshot }, true, deps.extract),
      );
    });
  }

  function show(next: ViewState) {
    seq++;
    set(next);
  }

  return {
    get view() {
      return view;
    },
    open,
    showAnyway,
    show,
  };
}
