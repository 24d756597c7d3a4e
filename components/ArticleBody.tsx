import { useLayoutEffect, useRef } from 'preact/hooks';
import { enhanceArticleDom } from '@/utils/reader/article-dom';
import { attachImagePlaceholders } from '@/utils/reader/remote-images';
import { sanitizeToFragment } from '@/utils/sanitize';
import type { RemoteImages } from '@/utils/settings';
import { useT } from './i18n';

export interface ArticleBodyProps {
  /** HTML of the article. Sanitised again here: it may come from storage or an import. */
  html: string;
  baseUrl: string;
  /** The "Load remote images" setting, passed to the sanitiser. */
  images?: RemoteImages;
  /** `rs-article-body` for the article itself (an e2e hook); other classes for shown-back blocks. */
  className?: string;
}

/**
 * Inserts the sanitised fragment as DOMPurify returned it: no re-serialising, no innerHTML. Then
 * adds presentation wrappers (table scroll regions, focusable code) and image placeholders.
 */
export function ArticleBody({ html, baseUrl, images = 'always', className = 'rs-article-body' }: ArticleBodyProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ctl = new AbortController();
    el.replaceChildren(sanitizeToFragment(html, { baseUrl, images }));
    enhanceArticleDom(el, { table: t('tableRegion') });
    attachImagePlaceholders(el, {
      mode: images,
      baseUrl,
      signal: ctl.signal,
      labels: {
        load: (alt) => (alt ? t('imageLoadNamed', alt) : t('imageLoad')),
        blocked: (alt) => (alt ? t('imageBlockedNamed', alt) : t('imageBlocked')),
        loadMedia: (kind) => (kind === 'audio' ? t('audioLoad') : t('videoLoad')),
        blockedMedia: (kind) => (kind === 'audio' ? t('audioBlocked') : t('videoBlocked')),
      },
    });
    return () => ctl.abort();
  }, [html, baseUrl, images, t]);
  return <div class={className} ref={ref} />;
}
