import { describe, expect, it } from 'vitest';
import { firstImageUrl, formatPublished, leadImageToShow, sameImage } from './article-meta';

describe('formatPublished', () => {
  it('localises a timestamp and gives a machine-readable datetime', () => {
    const en = formatPublished('2024-03-05T23:30:00Z', 'en-US', 'UTC');
    expect(en).toEqual({ datetime: '2024-03-05T23:30:00.000Z', text: 'March 5, 2024' });
    expect(formatPublished('2024-03-05T23:30:00Z', 'fr-FR', 'UTC')?.text).toBe('5 mars 2024');
  });
  it('follows the time zone for timestamps', () => {
    expect(formatPublished('2024-03-05T23:30:00Z', 'en-US', 'Asia/Tokyo')?.text).toBe('March 6, 2024');
  });
  it('never shifts a calendar date', () => {
    expect(formatPublished('2024-03-05', 'en-US', 'America/Los_Angeles')).toEqual({
      datetime: '2024-03-05',
      text: 'March 5, 2024',
    });
  });
  it('returns null for missing or unparseable dates', () => {
    expect(formatPublished(null, 'en')).toBeNull();
    expect(formatPublished('<b>yesterday</b>', 'en')).toBeNull();
  });
  it('survives a malformed locale', () => {
    expect(formatPublished('2024-03-05', 'not a locale!!', 'UTC')?.datetime).toBe('2024-03-05');
  });
});

describe('lead image', () => {
  const url = 'https://news.example/a/story';
  it('finds the first body image, resolved', () => {
    expect(firstImageUrl('<p>x</p><img src="/i/1.jpg"><img src="/i/2.jpg">', url)).toBe('https://news.example/i/1.jpg');
    expect(firstImageUrl('<img data-rs-src="https://cdn.example/p.jpg">', url)).toBe('https://cdn.example/p.jpg');
    expect(firstImageUrl('<p>no image</p>', url)).toBeNull();
  });
  it('treats size variants of one file as the same image', () => {
    expect(sameImage('https://cdn.ex/p.jpg?w=400', 'https://cdn.ex/p.jpg?w=1200#x')).toBe(true);
    expect(sameImage('https://cdn.ex/p.jpg', 'https://cdn.ex/q.jpg')).toBe(false);
  });
  it('hides the lead image when the body opens with it', () => {
    const contentHtml = '<figure><img src="https://cdn.ex/lead.jpg?w=800"></figure><p>Text</p>';
    expect(leadImageToShow({ leadImageUrl: 'https://cdn.ex/lead.jpg', contentHtml, url })).toBeNull();
  });
  it('shows it when the body has another first image or none', () => {
    const contentHtml = '<p>Text</p><img src="/other.jpg">';
    expect(leadImageToShow({ leadImageUrl: '/lead.jpg', contentHtml, url })).toBe('https://news.example/lead.jpg');
    expect(leadImageToShow({ leadImageUrl: '/lead.jpg', contentHtml: '<p>x</p>', url })).toBe(
      'https://news.example/lead.jpg',
    );
  });
  it('never shows an unsafe lead image URL', () => {
    expect(leadImageToShow({ leadImageUrl: 'javascript:alert(1)', contentHtml: '', url })).toBeNull();
  });
});
