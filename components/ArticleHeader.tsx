import { formatPublished } from '@/utils/reader/article-meta';
import { safeLinkUrl } from '@/utils/reader/safe-attrs';
import type { RemoteImages } from '@/utils/settings';
import { useLocale, useT } from './i18n';
import { RemoteImage } from './RemoteImage';

export interface ArticleHeaderProps {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  readingMinutes: number;
  /** The article's address, linked as its source. */
  url: string;
  /** Lead image to show (already de-duplicated against the body and checked), or null. */
  leadImageUrl: string | null;
  images: RemoteImages;
  titleId?: string;
}

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** Everything here is page-supplied metadata, rendered as text only. */
export function ArticleHeader(props: ArticleHeaderProps) {
  const t = useT();
  const locale = useLocale();
  const published = formatPublished(props.publishedTime, locale);
  const source = safeLinkUrl(props.url);
  const site = props.siteName?.trim() || hostOf(source);
  const title = props.title.trim() || t('untitled');
  return (
    <header class="rs-article-header">
      {site ? (
        <p class="rs-site">
          {source ? (
            <a href={source} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">
              {site}
            </a>
          ) : (
            site
          )}
        </p>
      ) : null}
      <h1 class="rs-title" id={props.titleId}>
        {title}
      </h1>
      <p class="rs-meta">
        {props.byline?.trim() ? <span class="rs-byline">{props.byline.trim()}</span> : null}
        {published ? (
          <time class="rs-date" dateTime={published.datetime}>
            {published.text}
          </time>
        ) : null}
        <span class="rs-reading-time">{t('readingTime', String(Math.max(1, Math.round(props.readingMinutes))))}</span>
      </p>
      {props.leadImageUrl ? (
        <figure class="rs-lead">
          <RemoteImage
            key={props.leadImageUrl}
            className="rs-lead-image"
            src={props.leadImageUrl}
            alt=""
            mode={props.images}
          />
        </figure>
      ) : null}
    </header>
  );
}
