import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserDownloadEnv, type DownloadEnv, downloadFile, REVOKE_DELAY_MS, safeFilename } from './download';

afterEach(() => vi.useRealTimers());

function fakeEnv() {
  const blobs: Blob[] = [];
  const clicked: { href: string; download: string; connected: boolean }[] = [];
  const revoked: string[] = [];
  const timers: (() => void)[] = [];
  const env: DownloadEnv = {
    document,
    createObjectURL: (blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    },
    revokeObjectURL: (url) => revoked.push(url),
    setTimeout: (fn) => timers.push(fn),
  };
  const onClick = (event: Event) => {
    const a = event.target as HTMLAnchorElement;
    event.preventDefault();
    clicked.push({ href: a.getAttribute('href') ?? '', download: a.download, connected: a.isConnected });
  };
  document.addEventListener('click', onClick);
  return { env, blobs, clicked, revoked, timers, done: () => document.removeEventListener('click', onClick) };
}

describe('downloadFile', () => {
  it('clicks a temporary download link to a blob of the text, then revokes the URL', async () => {
    const f = fakeEnv();
    downloadFile({ filename: 'readside-2024-03-05.json', mime: 'application/json', text: '{"a":"é"}' }, f.env);
    f.done();
    expect(f.clicked).toEqual([{ href: 'blob:test/1', download: 'readside-2024-03-05.json', connected: true }]);
    expect(f.blobs[0]?.type).toBe('application/json');
    expect(await f.blobs[0]?.text()).toBe('{"a":"é"}');
    expect(document.querySelector('a[download]')).toBeNull();
    expect(f.revoked).toEqual([]);
    for (const run of f.timers) run();
    expect(f.revoked).toEqual(['blob:test/1']);
  });

  it('revokes with the real timers after a delay', () => {
    vi.useFakeTimers();
    const env = browserDownloadEnv();
    const revoke = vi.fn();
    const create = vi.fn(() => 'blob:x');
    const f = fakeEnv();
    downloadFile(
      { filename: 'a.md', mime: 'text/markdown', text: '# A' },
      { ...env, createObjectURL: create, revokeObjectURL: revoke },
    );
    f.done();
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_DELAY_MS);
    expect(revoke).toHaveBeenCalledWith('blob:x');
  });

  it('makes file names safe', () => {
    expect(safeFilename('../../etc/passwd')).toBe('-..-etc-passwd');
    expect(safeFilename('a<b>:c?.html')).toBe('a-b--c-.html');
    expect(safeFilename('   ')).toBe('readside-export.txt');
    expect(safeFilename('...')).toBe('readside-export.txt');
  });
});
