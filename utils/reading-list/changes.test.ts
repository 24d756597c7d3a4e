import { afterEach, describe, expect, it, vi } from 'vitest';
import { announceChange, CHANGES_CHANNEL_NAME, onChange } from './changes';

const others: BroadcastChannel[] = [];
/** Another page of the extension, as far as the channel can tell. */
function otherPage(): BroadcastChannel {
  const page = new BroadcastChannel(CHANGES_CHANNEL_NAME);
  others.push(page);
  return page;
}

afterEach(() => {
  for (const page of others.splice(0)) page.close();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('reading-list change signal', () => {
  it('tells other pages when this one changes the list', async () => {
    const heard = vi.fn();
    otherPage().onmessage = (event) => heard(event.data);
    announceChange();
    await settle();
    expect(heard).toHaveBeenCalledWith('changed');
  });

  it('hears other pages until its signal aborts, and ignores anything else on the channel', async () => {
    const listener = vi.fn();
    const ctl = new AbortController();
    onChange(listener, ctl.signal);
    const page = otherPage();
    page.postMessage('changed');
    page.postMessage({ evil: true });
    await settle();
    expect(listener).toHaveBeenCalledTimes(1);
    ctl.abort();
    page.postMessage('changed');
    await settle();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('does not hear its own announcements', async () => {
    const listener = vi.fn();
    const ctl = new AbortController();
    onChange(listener, ctl.signal);
    announceChange();
    await settle();
    expect(listener).not.toHaveBeenCalled();
    ctl.abort();
  });
});
