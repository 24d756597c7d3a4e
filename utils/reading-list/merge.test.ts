import { describe, expect, it } from 'vitest';
import { contentOf, mergeImported, mergeRestored } from './merge';
import { savedArticle } from './test-support';

const url = 'https://example.com/same';

describe('mergeImported', () => {
  const local = savedArticle({
    id: 'local',
    url,
    title: 'Local title',
    savedAt: 100,
    updatedAt: 200,
    tags: ['keep'],
    archived: false,
    favorite: true,
  });

  it('a newer copy replaces the content and state, keeping the local id and the earliest savedAt', () => {
    const { id: _id, ...incoming } = savedArticle({
      url,
      title: 'File title',
      contentHtml: '<p>new</p>',
      textContent: 'new',
      savedAt: 50,
      updatedAt: 300,
      tags: ['KEEP', 'more'],
      archived: true,
      favorite: false,
    });
    const { record, outcome } = mergeImported(local, incoming);
    expect(outcome).toBe('updated');
    expect(record).toEqual({
      ...local,
      ...contentOf(incoming),
      savedAt: 50,
      tags: ['keep', 'more'],
      archived: true,
      favorite: false,
    });
    expect(record.id).toBe('local');
    expect(record.title).toBe('File title');
    expect(record.updatedAt).toBe(300);
  });

  it('keeps the further reading position, whichever copy is newer', () => {
    const ahead = { ...local, progress: 0.7 };
    const { id: _a, ...newer } = savedArticle({ url, updatedAt: 300, progress: 0.2 });
    expect(mergeImported(ahead, newer).record.progress).toBe(0.7);
    const { id: _b, ...older } = savedArticle({ url, updatedAt: 150, progress: 0.9 });
    expect(mergeImported(ahead, older)).toMatchObject({ outcome: 'updated', record: { progress: 0.9 } });
    expect(mergeRestored(ahead, { ...older, id: 'gone' }).progress).toBe(0.9);
  });

  it('keeps the local savedAt when it is earlier', () => {
    const { id: _id, ...incoming } = savedArticle({ url, savedAt: 150, updatedAt: 300 });
    expect(mergeImported(local, incoming).record.savedAt).toBe(100);
  });

  it('an equally old or older copy changes nothing', () => {
    for (const updatedAt of [200, 150]) {
      const { id: _id, ...incoming } = savedArticle({ url, title: 'Other', updatedAt, tags: ['Keep'], archived: true });
      const { record, outcome } = mergeImported(local, incoming);
      expect(outcome).toBe('unchanged');
      expect(record).toBe(local);
    }
  });

  it('an older copy that brings new tags only merges the tags', () => {
    const { id: _id, ...incoming } = savedArticle({
      url,
      title: 'Other',
      updatedAt: 150,
      tags: ['fresh'],
      archived: true,
    });
    const { record, outcome } = mergeImported(local, incoming);
    expect(outcome).toBe('updated');
    expect(record).toEqual({ ...local, tags: ['keep', 'fresh'] });
  });
});

describe('mergeRestored', () => {
  const removed = savedArticle({
    id: 'old-id',
    url,
    title: 'Removed copy',
    savedAt: 10,
    updatedAt: 20,
    tags: ['one', 'Two'],
    archived: true,
    favorite: true,
  });

  it('keeps the newer content under the current id, back at its place in the list', () => {
    const current = savedArticle({
      id: 'new-id',
      url,
      title: 'Saved again',
      savedAt: 500,
      updatedAt: 500,
      tags: ['two', 'three'],
      archived: false,
      favorite: false,
    });
    const merged = mergeRestored(current, removed);
    expect(merged).toEqual({
      ...current,
      savedAt: 10,
      tags: ['two', 'three', 'one'],
      favorite: true,
      archived: false,
    });
  });

  it('takes the removed copy content if it is the newer one', () => {
    const current = savedArticle({ id: 'new-id', url, title: 'Stale', savedAt: 5, updatedAt: 5, archived: true });
    const merged = mergeRestored(current, removed);
    expect(merged.id).toBe('new-id');
    expect(merged.title).toBe('Removed copy');
    expect(merged.updatedAt).toBe(20);
    expect(merged.savedAt).toBe(5);
    expect(merged.archived).toBe(true);
  });
});
