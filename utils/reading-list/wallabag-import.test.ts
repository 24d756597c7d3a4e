import { describe, expect, it } from 'vitest';
import { validateImportedRecord } from './validate-import';
import { fromWallabagEntry, isWallabagExport, wallabagTime } from './wallabag-import';

/** An entry shaped like wallabag 2's JSON export. */
const entry = {
  id: 4668,
  title: 'Lighthouse keepers of the north',
  url: 'https://news.example/lighthouses',
  is_archived: true,
  is_starred: 1,
  created_at: '2016-09-08T11:55:58+0200',
  updated_at: '2016-09-08T11:57:16+0200',
  content: '<p>The keeper climbs the tower.</p>',
  mimetype: 'text/html',
  language: 'en',
  reading_time: 4,
  domain_name: 'news.example',
  preview_picture: 'https://news.example/tower.jpg',
  published_at: '2016-09-01T08:00:00+0000',
  published_by: ['Ada Writer', 'B. Other'],
  tags: ['sea', { id: 3, label: 'History', slug: 'history' }, 7],
};

describe('wallabag import', () => {
  it('recognises a wallabag export and nothing else', () => {
    expect(isWallabagExport([entry])).toBe(true);
    expect(isWallabagExport([])).toBe(false);
    expect(isWallabagExport([{ url: 'https://a.example' }])).toBe(false);
    expect(isWallabagExport({ format: 'readside-reading-list', articles: [entry] })).toBe(false);
    expect(isWallabagExport('[]')).toBe(false);
  });

  it('reads wallabag times, whose offsets have no colon', () => {
    expect(wallabagTime('2016-09-08T11:55:58+0200')).toBe(Date.UTC(2016, 8, 8, 9, 55, 58));
    expect(wallabagTime('2016-09-08T11:55:58+02:00')).toBe(Date.UTC(2016, 8, 8, 9, 55, 58));
    expect(wallabagTime('yesterday')).toBeUndefined();
    expect(wallabagTime(12)).toBeUndefined();
  });

  it('maps an entry onto a record that validates, with its flags, tags and times', () => {
    const record = validateImportedRecord(fromWallabagEntry(entry), 0);
    expect(record).toMatchObject({
      url: 'https://news.example/lighthouses',
      title: 'Lighthouse keepers of the north',
      contentHtml: '<p>The keeper climbs the tower.</p>',
      byline: 'Ada Writer, B. Other',
      siteName: 'news.example',
      publishedTime: '2016-09-01T08:00:00.000Z',
      lang: 'en',
      leadImageUrl: 'https://news.example/tower.jpg',
      readingMinutes: 4,
      savedAt: Date.UTC(2016, 8, 8, 9, 55, 58),
      updatedAt: Date.UTC(2016, 8, 8, 9, 57, 16),
      tags: ['sea', 'History'],
      archived: true,
      favorite: true,
      progress: 0,
    });
  });

  it('leaves bad entries for validation to refuse, and bad fields to default', () => {
    expect(validateImportedRecord(fromWallabagEntry('nope'), 0)).toBeNull();
    expect(validateImportedRecord(fromWallabagEntry({ ...entry, url: 'javascript:alert(1)' }), 0)).toBeNull();
    expect(validateImportedRecord(fromWallabagEntry({ ...entry, content: undefined }), 0)).toBeNull();
    const odd = validateImportedRecord(
      fromWallabagEntry({ ...entry, is_archived: 'yes', is_starred: 0, created_at: 'soon', published_by: 'x' }),
      42,
    );
    expect(odd).toMatchObject({ archived: false, favorite: false, savedAt: 42, byline: null });
  });
});
