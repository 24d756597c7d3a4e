// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseSnapshot, snapshotDocument } from './page-snapshot';

describe('page snapshot', () => {
  it('round-trips a document through serialise and parse', () => {
    document.documentElement.innerHTML =
      '<head><title>T</title></head><body><article><p>Hello <b>world</b></p></article></body>';
    const snap = snapshotDocument(document, 'sel');
    expect(snap.title).toBe('T');
    expect(snap.selection).toBe('sel');
    expect(snap.elementCount).toBe(document.getElementsByTagName('*').length);
    const copy = parseSnapshot(snap);
    expect(copy.querySelector('article b')?.textContent).toBe('world');
    expect(copy).not.toBe(document);
  });

  it('does not run scripts of the serialised page when parsing', () => {
    const w = window as unknown as { __ran?: boolean };
    const copy = parseSnapshot({
      url: 'http://x/',
      title: '',
      html: '<script>window.__ran = true</script>',
      elementCount: 1,
      selection: '',
    });
    expect(copy.querySelector('script')).not.toBeNull();
    expect(w.__ran).toBeUndefined();
  });
});
