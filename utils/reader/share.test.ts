import { describe, expect, it, vi } from 'vitest';
import { copyText, shareLink } from './share';

const link = { title: 'A story', url: 'https://news.example/story' };

describe('shareLink', () => {
  it('uses the Web Share API when there is one', async () => {
    const share = vi.fn(async () => {});
    const writeText = vi.fn(async () => {});
    expect(await shareLink(link, { share, writeText })).toBe('shared');
    expect(share).toHaveBeenCalledWith({ title: 'A story', url: 'https://news.example/story' });
    expect(writeText).not.toHaveBeenCalled();
  });

  it('copies the link when there is no share sheet', async () => {
    const writeText = vi.fn(async () => {});
    expect(await shareLink(link, { writeText })).toBe('copied');
    expect(writeText).toHaveBeenCalledWith('https://news.example/story');
  });

  it('stays quiet when the user cancels the share sheet', async () => {
    const share = vi.fn(async () => {
      throw new DOMException('cancelled', 'AbortError');
    });
    const writeText = vi.fn(async () => {});
    expect(await shareLink(link, { share, writeText })).toBe('cancelled');
    expect(writeText).not.toHaveBeenCalled();
  });

  it('falls back to the clipboard when sharing fails otherwise', async () => {
    const share = vi.fn(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    const writeText = vi.fn(async () => {});
    expect(await shareLink(link, { share, writeText })).toBe('copied');
  });

  it('reports failure when nothing works', async () => {
    expect(await shareLink(link, {})).toBe('failed');
    expect(await copyText('x', { writeText: () => Promise.reject(new Error('no focus')) })).toBe('failed');
  });
});
