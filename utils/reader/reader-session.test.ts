import { describe, expect, it, vi } from 'vitest';
import { makeDetection, makeSnapshot, okResult } from '@/components/test-support/fixtures';
import type { ExtractResult } from '../extract/types';
import type { SnapshotResponse } from '../messaging';
import { createReaderSession } from './reader-session';
import type { ViewState } from './reader-state';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const notArticle: ExtractResult = { ok: false, reason: 'not-readerable', message: 'no', detection: makeDetection() };
const snapshotFor = (tabId: number, url = `https://x.test/${tabId}`): SnapshotResponse => ({
  ok: true,
  tabId,
  snapshot: makeSnapshot({ url }),
});

describe('createReaderSession', () => {
  it('shows loading, then the article', async () => {
    const seen: ViewState['state'][] = [];
    const session = createReaderSession(
      { fetchSnapshot: async (id) => snapshotFor(id ?? 0), extract: () => okResult() },
      (v) => seen.push(v.state),
    );
    await session.open(4);
    expect(seen).toEqual(['loading', 'article']);
    expect(session.view.tabId).toBe(4);
  });

  it('lets the newest request win over a slower earlier one', async () => {
    const slow = deferred<SnapshotResponse>();
    const fetchSnapshot = vi.fn((id?: number) => (id === 1 ? slow.promise : Promise.resolve(snapshotFor(2))));
    const session = createReaderSession({ fetchSnapshot, extract: () => okResult() }, () => {});
    const first = session.open(1);
    await session.open(2);
    slow.resolve(snapshotFor(1));
    await first;
    expect(session.view).toMatchObject({ state: 'article', tabId: 2 });
  });

  it('turns a thrown error into an error state', async () => {
    const session = createReaderSession(
      {
        fetchSnapshot: () => Promise.reject(new Error('Could not establish connection')),
        extract: () => okResult(),
      },
      () => {},
    );
    await session.open(7);
    expect(session.view).toMatchObject({ state: 'error', reason: 'failed', message: 'Could not establish connection' });
  });

  it('shows anyway by re-extracting the same snapshot with force, without asking the page again', async () => {
    const fetchSnapshot = vi.fn(async (id?: number) => snapshotFor(id ?? 0));
    const extract = vi.fn((_s, force: boolean) => (force ? okResult() : notArticle));
    const session = createReaderSession({ fetchSnapshot, extract }, () => {});
    await session.open(5);
    expect(session.view.state).toBe('not-article');
    await session.showAnyway();
    expect(session.view).toMatchObject({ state: 'article', tabId: 5 });
    expect(fetchSnapshot).toHaveBeenCalledTimes(1);
    expect(extract).toHaveBeenLastCalledWith(expect.objectContaining({ url: 'https://x.test/5' }), true);
  });

  it('refetches with force when no snapshot of that tab is in hand', async () => {
    const fetchSnapshot = vi.fn(
      async (): Promise<SnapshotResponse> => ({
        ok: false,
        tabId: 9,
        error: 'no-access',
        url: null,
      }),
    );
    const session = createReaderSession({ fetchSnapshot, extract: () => okResult() }, () => {});
    await session.open(9);
    await session.showAnyway();
    expect(fetchSnapshot).toHaveBeenCalledTimes(2);
  });

  it('show() cancels a pending load', async () => {
    const slow = deferred<SnapshotResponse>();
    const session = createReaderSession({ fetchSnapshot: () => slow.promise, extract: () => okResult() }, () => {});
    const pending = session.open(1);
    session.show({ state: 'no-access', tabId: 1, url: null });
    slow.resolve(snapshotFor(1));
    await pending;
    expect(session.view.state).toBe('no-access');
  });
});
