import { describe, expect, it } from 'vitest';
import { type ChangeInfoLike, createTabFollower, type StaleReason, watchTabEvents } from './tab-follow';

function follower(followActivation = true) {
  const changes: StaleReason[] = [];
  const f = createTabFollower({ windowId: 1, followActivation, onChange: (r) => changes.push(r) });
  return { f, changes };
}

describe('createTabFollower', () => {
  it('flags another active tab in this window and clears when the user comes back', () => {
    const { f, changes } = follower();
    f.setActiveTab(10);
    f.setArticle(10, 'https://a.test/story');
    expect(f.reason).toBeNull();
    f.handleActivated({ tabId: 11, windowId: 1 });
    expect(f.reason).toBe('other-tab');
    f.handleActivated({ tabId: 10, windowId: 1 });
    expect(f.reason).toBeNull();
    expect(changes).toEqual(['other-tab', null]);
  });

  it('ignores activations in other windows', () => {
    const { f } = follower();
    f.setArticle(10);
    f.handleActivated({ tabId: 99, windowId: 2 });
    expect(f.reason).toBeNull();
  });

  it('flags a navigation of the article tab, and keeps it flagged after switching back', () => {
    const { f } = follower();
    f.setActiveTab(10);
    f.setArticle(10, 'https://a.test/story');
    f.handleUpdated(10, { status: 'loading' });
    expect(f.reason).toBe('navigated');
    f.handleActivated({ tabId: 11, windowId: 1 });
    f.handleActivated({ tabId: 10, windowId: 1 });
    expect(f.reason).toBe('navigated');
  });

  it('treats a URL change as navigation, but not an in-page anchor', () => {
    const { f } = follower();
    f.setArticle(10, 'https://a.test/story');
    f.handleUpdated(10, { url: 'https://a.test/story#comments', status: 'loading' } as ChangeInfoLike);
    expect(f.reason).toBeNull();
    f.handleUpdated(10, { url: 'https://a.test/next' });
    expect(f.reason).toBe('navigated');
  });

  it('ignores other tabs and harmless updates', () => {
    const { f } = follower();
    f.setArticle(10, 'https://a.test/story');
    f.handleUpdated(11, { status: 'loading' });
    f.handleUpdated(10, { status: 'complete' });
    expect(f.reason).toBeNull();
  });

  it('is fresh again when a new article is set', () => {
    const { f } = follower();
    f.setArticle(10);
    f.handleUpdated(10, { status: 'loading' });
    f.setActiveTab(12);
    f.setArticle(12);
    expect(f.reason).toBeNull();
  });

  it('clears a flag raised by the load the article was read from, once the tab has finished it', () => {
    const { f } = follower();
    f.setActiveTab(10);
    f.setArticle(10);
    f.handleUpdated(10, { url: 'https://a.test/story', status: 'loading' } as ChangeInfoLike);
    f.setArticleUrl('https://a.test/story');
    expect(f.reason).toBe('navigated');
    f.confirmLoaded(10, { url: 'https://a.test/story', status: 'loading' });
    f.confirmLoaded(11, { url: 'https://a.test/story', status: 'complete' });
    f.confirmLoaded(10, { url: 'https://a.test/other', status: 'complete' });
    f.confirmLoaded(10, { status: 'complete' });
    expect(f.reason).toBe('navigated');
    f.confirmLoaded(10, { url: 'https://a.test/story#top', status: 'complete' });
    expect(f.reason).toBeNull();
  });

  it('keeps the flag for a move after the article arrived, even back to the same URL (a reload)', () => {
    const { f } = follower();
    f.setArticle(10);
    f.setArticleUrl('https://a.test/story');
    f.handleUpdated(10, { status: 'loading' });
    f.confirmLoaded(10, { url: 'https://a.test/story', status: 'complete' });
    expect(f.reason).toBe('navigated');
  });

  it('does not follow activation in the reader tab, only navigation', () => {
    const { f } = follower(false);
    f.setArticle(10);
    f.handleActivated({ tabId: 50, windowId: 1 });
    expect(f.reason).toBeNull();
    f.handleUpdated(10, { status: 'loading' });
    expect(f.reason).toBe('navigated');
  });

  it('has nothing to be stale about without an article tab', () => {
    const { f } = follower();
    f.setArticle(null);
    f.handleActivated({ tabId: 5, windowId: 1 });
    expect(f.reason).toBeNull();
  });
});

describe('watchTabEvents', () => {
  it('feeds browser tab events to the follower until aborted', () => {
    type Cb = (...args: never[]) => void;
    const event = () => {
      const listeners = new Set<Cb>();
      return {
        listeners,
        addListener: (cb: Cb) => listeners.add(cb),
        removeListener: (cb: Cb) => listeners.delete(cb),
        fire: (...args: unknown[]) => {
          for (const cb of listeners) (cb as (...a: unknown[]) => void)(...args);
        },
      };
    };
    const tabs = { onActivated: event(), onUpdated: event() };
    const { f } = follower();
    f.setArticle(10);
    const ctl = new AbortController();
    watchTabEvents(tabs, f, ctl.signal);
    tabs.onActivated.fire({ tabId: 3, windowId: 1 });
    expect(f.reason).toBe('other-tab');
    tabs.onActivated.fire({ tabId: 10, windowId: 1 });
    // The load the article was read from completes: not a navigation away from it.
    tabs.onUpdated.fire(10, { status: 'loading' }, { status: 'loading' });
    f.setArticleUrl('https://a.test/story');
    expect(f.reason).toBe('navigated');
    tabs.onUpdated.fire(10, { status: 'complete' }, { url: 'https://a.test/story', status: 'complete' });
    expect(f.reason).toBeNull();
    ctl.abort();
    expect(tabs.onActivated.listeners.size).toBe(0);
    expect(tabs.onUpdated.listeners.size).toBe(0);
  });
});
