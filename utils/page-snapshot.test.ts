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

  it("reads the document's own properties, not the page's named elements that shadow them (Chromium)", () => {
    const doc = document.implementation.createHTMLDocument('Real title');
    doc.body.innerHTML = '<p>Real body</p><img name="documentElement">';
    const img = doc.querySelector('img')!;
    // Chromium's document named properties override built-ins; jsdom has none, so imitate them.
    for (const name of ['documentElement', 'title', 'URL', 'getElementsByTagName']) {
      Object.defineProperty(doc, name, { configurable: true, get: () => img });
    }
    const snap = snapshotDocument(doc);
    expect(snap.html).toContain('<p>Real body</p>');
    expect(snap.html.startsWith('<html')).toBe(true);
    expect(snap.title).toBe('Real title');
    expect(snap.url).toBe('about:blank');
    expect(snap.elementCount).toBe(Document.prototype.getElementsByTagName.call(doc, '*').length);
  });
});
