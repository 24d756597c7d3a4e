import { describe, expect, it } from 'vitest';
import {
  isAdLabel,
  isCommentLabel,
  isControlLabel,
  isFooterLine,
  isPromoLine,
  isRecommendationHeading,
  isSharePrompt,
  kindFromNames,
  nameTokens,
  PAIR_KINDS,
  startsWithRecommendationPhrase,
} from './vocabulary';

describe('kindFromNames', () => {
  it('lists each first word of a two-word name once (they are looked up by it)', () => {
    const firsts = PAIR_KINDS.map(([first]) => first);
    expect(new Set(firsts).size).toBe(firsts.length);
  });

  it('splits class names into tokens, camelCase included', () => {
    expect(nameTokens('article__shareBar c-ad-slot')).toEqual(['article', 'share', 'bar', 'c', 'ad', 'slot']);
  });

  it.each([
    ['social-share sharedaddy', 'share'],
    ['comments-area', 'comments'],
    ['newsletter-signup', 'newsletter'],
    ['header-ad', 'ad'],
    ['author-bio', 'author-box'],
    ['tag-cloud widget_tag_cloud', 'tags'],
    ['breadcrumbs', 'breadcrumbs'],
    ['jp-relatedposts', 'recommendations'],
    ['most-read', 'recommendations'],
    ['post-navigation', 'navigation'],
    ['kg-cta-card', 'promo'],
    ['gallery-slideshow__controls', 'controls'],
    ['copyright', 'footer'],
  ])('%s names %s', (names, kind) => {
    expect(kindFromNames(names)).toBe(kind);
  });

  it('reads class names that are Object.prototype keys as plain words', () => {
    for (const names of ['constructor', 'page-constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty']) {
      expect(kindFromNames(names)).toBeNull();
    }
    expect(kindFromNames('page-constructor__tags')).toBe('tags');
    expect(kindFromNames('constructor-block__ad')).toBe('ad');
  });

  it('does not see furniture in look-alike words', () => {
    for (const names of ['commentary', 'header', 'download', 'shadow', 'readability', 'article-body', 'tagline']) {
      expect(kindFromNames(names)).toBeNull();
    }
  });
});

describe('recommendation headings', () => {
  it.each([
    'Popular Now',
    '[LATEST] Latest Stories',
    'Weekly Best Articles',
    'Must-Reads',
    'You May Also Like',
    'Read next',
    'More from Lifestyle',
    'Les plus lus',
    'À lire aussi',
    'Meistgelesen',
    'Das könnte Sie auch interessieren',
    'Lo más leído',
    'Te puede interesar',
    'Leia também',
    'Mais lidas',
    'あわせて読みたい',
    '관련기사',
    '相关阅读',
    'اقرأ أيضاً',
  ])('%s', (heading) => {
    expect(isRecommendationHeading(heading)).toBe(true);
  });

  it('rejects ordinary subheadings and long sentences', () => {
    for (const heading of ['How the forecast works', 'Sources', 'Conclusion', `Related ${'word '.repeat(20)}`]) {
      expect(isRecommendationHeading(heading)).toBe(false);
    }
  });

  it('recognises a line that starts like one', () => {
    expect(startsWithRecommendationPhrase('Read also: Volunteers race to finish repairs')).toBe(true);
    expect(startsWithRecommendationPhrase('Readers also wrote in')).toBe(false);
  });
});

describe('labels', () => {
  it('ad labels', () => {
    expect(isAdLabel('ADVERTISEMENT')).toBe(true);
    expect(isAdLabel('Anzeige')).toBe(true);
    expect(isAdLabel('Publicité')).toBe(true);
    expect(isAdLabel('Advertisements are everywhere')).toBe(false);
  });

  it('comment labels and counters', () => {
    for (const text of [
      'Comments0',
      '12 comments',
      'Kommentare (3)',
      'Comments (5 posted)',
      'Leave a comment',
      'Log in to post comments',
    ]) {
      expect(isCommentLabel(text)).toBe(true);
    }
    expect(isCommentLabel('Comments from the minister surprised everyone')).toBe(false);
    expect(isCommentLabel('Comments posted by readers were read aloud')).toBe(false);
  });

  it('share prompts, controls, footers and promos', () => {
    expect(isSharePrompt('Share it on...')).toBe(true);
    expect(isSharePrompt('Shareholders met on Monday')).toBe(false);
    expect(isControlLabel('toggle caption')).toBe(true);
    expect(isControlLabel('Temps de lecture : 4 min.')).toBe(true);
    expect(isFooterLine('© 2026 Maple Daily News, a division of Northern Broadcasting Inc.')).toBe(true);
    expect(isFooterLine('저작권자 © 바다일보 무단전재 및 재배포 금지')).toBe(true);
    expect(isFooterLine('© Provided by Business Insider')).toBe(false);
    expect(isPromoLine('Subscribe to continue reading')).toBe(true);
    expect(isPromoLine('If you buy from one of our links, we may earn a commission.')).toBe(true);
    expect(isPromoLine('Subscribers to the theory argue otherwise.')).toBe(false);
  });
});
