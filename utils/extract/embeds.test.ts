// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../sanitize';
import { EMBED_URL_PATTERN, embedTarget, replaceEmbeds } from './embeds';

const BASE = 'https://news.example.com/2026/story.html';

function root(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('embedTarget', () => {
  it.each([
    [
      'https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'video',
    ],
    [
      '//www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=75',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=75s',
      'video',
    ],
    ['https://www.youtube.com/v/dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'video'],
    [
      'https://www.youtube.com/embed/videoseries?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
      'https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
      'video',
    ],
    ['https://player.vimeo.com/video/76979871?h=8272103f6e&title=0', 'https://vimeo.com/76979871/8272103f6e', 'video'],
    ['https://player.vimeo.com/video/76979871', 'https://vimeo.com/76979871', 'video'],
    ['https://www.dailymotion.com/embed/video/x8abcde', 'https://www.dailymotion.com/video/x8abcde', 'video'],
    ['https://geo.dailymotion.com/player.html?video=x8abcde', 'https://www.dailymotion.com/video/x8abcde', 'video'],
    ['https://player.twitch.tv/?video=v123456&parent=example.com', 'https://www.twitch.tv/videos/123456', 'video'],
    [
      'https://www.tiktok.com/embed/v2/7101234567890123456',
      'https://www.tiktok.com/embed/v2/7101234567890123456',
      'video',
    ],
    [
      'https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk?utm_source=generator',
      'https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk',
      'audio',
    ],
    [
      'https://w.soundcloud.com/player/?url=https%3A//soundcloud.com/artist/a-track&color=%23ff5500',
      'https://soundcloud.com/artist/a-track',
      'audio',
    ],
    [
      'https://embed.podcasts.apple.com/us/podcast/a-show/id1234567',
      'https://podcasts.apple.com/us/podcast/a-show/id1234567',
      'audio',
    ],
    [
      'https://platform.twitter.com/embed/Tweet.html?dnt=true&id=1580661436132757506&lang=en',
      'https://x.com/i/status/1580661436132757506',
      'post',
    ],
    [
      'https://www.instagram.com/p/CqJ8nLhN4aB/embed/captioned/?cr=1',
      'https://www.instagram.com/p/CqJ8nLhN4aB/',
      'post',
    ],
    [
      'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fexample%2Fposts%2F123&width=500',
      'https://www.facebook.com/example/posts/123',
      'post',
    ],
    [
      'https://codepen.io/someone/embed/preview/abcXYZ?default-tab=result',
      'https://codepen.io/someone/pen/abcXYZ',
      'code',
    ],
    ['https://datawrapper.dwcdn.net/Ab1Cd/3/', 'https://datawrapper.dwcdn.net/Ab1Cd/', 'chart'],
    [
      'https://flo.uri.sh/visualisation/1234567/embed',
      'https://public.flourish.studio/visualisation/1234567/',
      'chart',
    ],
    ['https://archive.org/embed/some-old-film', 'https://archive.org/details/some-old-film', 'video'],
    ['/media/player.html?id=5&utm_source=x', 'https://news.example.com/media/player.html?id=5', 'page'],
  ])('%s → %s', (src, href, kind) => {
    expect(embedTarget(src, BASE)).toEqual({ href, kind });
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<p>hi</p>'],
    ['about:blank'],
    ['https://googleads.g.doubleclick.net/pagead/ads?client=ca-pub-1'],
    ['https://tpc.googlesyndication.com/safeframe/1-0-40/html/container.html'],
    ['https://www.youtube.com/subscribe_embed?channel=UC123'],
    ['https://platform.twitter.com/widgets/follow_button.html?screen_name=someone'],
    ['https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fnews.example.com'],
    ['https://www.instagram.com/someone/embed'],
  ])('%s stands for nothing we link to', (src) => {
    expect(embedTarget(src, BASE)).toBeNull();
  });
});

describe('EMBED_URL_PATTERN (Readability keeps these frames)', () => {
  it('matches content embeds and Readability’s own video hosts', () => {
    for (const src of [
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
      'https://player.vimeo.com/video/1',
      'https://open.spotify.com/embed/track/abc',
      'https://platform.twitter.com/embed/Tweet.html?id=1',
      'https://www.instagram.com/p/abc/embed',
      'https://codepen.io/a/embed/b',
      'https://archive.org/embed/x',
    ]) {
      expect(EMBED_URL_PATTERN.test(src), src).toBe(true);
    }
  });

  it('does not match widgets and ads', () => {
    for (const src of [
      'https://platform.twitter.com/widgets/follow_button.html',
      'https://www.facebook.com/plugins/like.php?href=x',
      'https://www.facebook.com/plugins/page.php?href=x',
      'https://googleads.g.doubleclick.net/pagead/ads',
      'https://www.google.com/recaptcha/api2/anchor',
    ]) {
      expect(EMBED_URL_PATTERN.test(src), src).toBe(false);
    }
  });
});

describe('replaceEmbeds', () => {
  it('puts a link where the frame was: bare inside a paragraph, in its own paragraph elsewhere', () => {
    const el = root(
      '<p>Watch: <iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="The launch, filmed from the pier"></iframe></p>' +
        '<div><iframe src="https://player.vimeo.com/video/76979871"></iframe></div>',
    );
    expect(replaceEmbeds(el, BASE)).toBe(2);
    expect(el.innerHTML).toBe(
      '<p>Watch: <a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" class="readside-embed readside-embed-video">The launch, filmed from the pier</a></p>' +
        '<div><p><a href="https://vimeo.com/76979871" class="readside-embed readside-embed-video">vimeo.com/76979871</a></p></div>',
    );
  });

  it('keeps the figure and its caption', () => {
    const el = root(
      '<figure><div><iframe src="https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk" title="Spotify Embed: Episode 12"></iframe></div>' +
        '<figcaption>Listen to the full interview.</figcaption></figure>',
    );
    replaceEmbeds(el, BASE);
    expect(el.querySelector('figure > div > p > a.readside-embed-audio')?.textContent).toBe('Episode 12');
    expect(el.querySelector('figure > figcaption')?.textContent).toBe('Listen to the full interview.');
  });

  it('uses the address when the title is the player’s generic one', () => {
    const el = root(
      '<iframe src="https://platform.twitter.com/embed/Tweet.html?id=1580661436132757506" title="X Post"></iframe>',
    );
    replaceEmbeds(el, BASE);
    expect(el.textContent).toBe('x.com/i/status/1580661436132757506');
    const vimeo = root('<iframe src="https://player.vimeo.com/video/5" title="vimeo-player"></iframe>');
    replaceEmbeds(vimeo, BASE);
    expect(vimeo.textContent).toBe('vimeo.com/5');
  });

  it('reads lazy sources, object params and embed elements', () => {
    const el = root(
      '<iframe src="about:blank" data-lazy-src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>' +
        '<object width="425" height="344"><param name="movie" value="https://www.youtube.com/v/bbbbbbbbbbb">' +
        '<embed src="https://www.youtube.com/v/bbbbbbbbbbb" type="application/x-shockwave-flash"></object>' +
        '<embed src="https://player.vimeo.com/video/42">',
    );
    expect(replaceEmbeds(el, BASE)).toBe(3);
    expect(Array.from(el.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual([
      'https://www.youtube.com/watch?v=aaaaaaaaaaa',
      'https://www.youtube.com/watch?v=bbbbbbbbbbb',
      'https://vimeo.com/42',
    ]);
  });

  it('removes ad, tracking, widget and source-less frames without a trace', () => {
    const el = root(
      '<p>Text.</p><iframe src="https://googleads.g.doubleclick.net/pagead/ads"></iframe>' +
        '<iframe src="https://stats.example.net/pixel.html" width="1" height="1"></iframe>' +
        '<iframe src="https://platform.twitter.com/widgets/follow_button.html"></iframe>' +
        '<iframe srcdoc="<p>hi</p>"></iframe><iframe src="javascript:alert(1)"></iframe>',
    );
    expect(replaceEmbeds(el, BASE)).toBe(0);
    expect(el.innerHTML).toBe('<p>Text.</p>');
  });

  it('does not nest links: inside one, the placeholder follows it', () => {
    const el = root('<p><a href="/x">See <iframe src="https://player.vimeo.com/video/7"></iframe></a></p>');
    replaceEmbeds(el, BASE);
    expect(el.innerHTML).toBe(
      '<p><a href="/x">See </a><a href="https://vimeo.com/7" class="readside-embed readside-embed-video">vimeo.com/7</a></p>',
    );
  });

  it('makes markup the sanitiser keeps as it is, and that sanitises to itself again', () => {
    const el = root(
      '<figure><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="A video"></iframe><figcaption>Caption</figcaption></figure>',
    );
    replaceEmbeds(el, BASE);
    const once = sanitizeHtml(el.innerHTML, { baseUrl: BASE });
    expect(once).toBe(
      '<figure><p><a class="readside-embed readside-embed-video" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer" target="_blank">A video</a></p><figcaption>Caption</figcaption></figure>',
    );
    expect(sanitizeHtml(once, { baseUrl: BASE })).toBe(once);
  });
});
