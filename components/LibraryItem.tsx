import { Fragment, type Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { savedReaderHref } from '@/utils/library/query-url';
import type { LibraryHit, SnippetPart } from '@/utils/reading-list/library-types';
import { safeDir, safeLang } from '@/utils/sanitize';
import { Icon, type IconName } from './Icon';
import { formatNumber, useLocale, useT } from './i18n';
import { TagEditor } from './TagEditor';

export interface LibraryItemActions {
  onFavorite(id: string, favorite: boolean): void;
  onArchive(id: string, archived: boolean): void;
  onSaveTags(id: string, tags: string[]): void;
  onDelete(id: string): void;
}

export interface LibraryItemProps extends LibraryItemActions {
  hit: LibraryHit;
  /** Show the search snippet (when there is one) instead of the excerpt. */
  searching: boolean;
  /** Mark archived articles (in lists that mix them with unread ones). */
  showArchived: boolean;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** "42 %" in the locale's way, or null for a position not worth showing (not started). */
export function formatProgress(progress: number, locale: string): string | null {
  if (!Number.isFinite(progress) || progress < 0.01) return null;
  const value = Math.min(1, progress);
  try {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
  } catch {
    return `${Math.round(value * 100)}%`;
  }
}

export function formatSavedDate(ms: number, locale: string): { text: string; datetime: string } | null {
  if (!Number.isFinite(ms)) return null;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  let text: string;
  try {
    text = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
  } catch {
    text = date.toISOString().slice(0, 10);
  }
  return { text, datetime: date.toISOString() };
}

/** Page-supplied text as text nodes; matches wrapped in <mark>. Never parsed as HTML. */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}

function ActionButton(props: {
  icon: IconName;
  text: string;
  label: string;
  onClick(): void;
  pressed?: boolean;
  expanded?: boolean;
  className?: string;
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <button
      type="button"
      class={`rs-lib-action ${props.className ?? ''}`.trim()}
      aria-label={props.label}
      aria-pressed={props.pressed}
      aria-expanded={props.expanded}
      title={props.label}
      onClick={props.onClick}
      ref={props.buttonRef}
    >
      <Icon name={props.icon} />
      <span class="rs-lib-action-text">{props.text}</span>
    </button>
  );
}

/** One saved article: everything in it is page-supplied and rendered as text. */
export function LibraryItem({ hit, searching, showArchived, ...actions }: LibraryItemProps) {
  const t = useT();
  const locale = useLocale();
  const { article, snippet } = hit;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);

  const closeEditor = () => {
    returnFocus.current = true;
    setEditing(false);
  };

  const title = article.title.trim() || t('untitled');
  const lang = safeLang(article.lang) ?? undefined;
  const dir = safeDir(article.dir) ?? undefined;
  const site = article.siteName?.trim() || hostOf(article.url);
  const byline = article.byline?.trim();
  const minutes = Math.max(1, Math.round(article.readingMinutes || 0));
  const saved = formatSavedDate(article.savedAt, locale);
  const progress = formatProgress(article.progress, locale);
  const excerpt = article.excerpt?.trim();
  const parts = searching && snippet?.length ? snippet : null;
  const tags = article.tags ?? [];

  return (
    <li class="rs-lib-item" data-id={article.id} data-archived={article.archived ? 'true' : undefined}>
      <h2 class="rs-lib-title" lang={lang} dir={dir}>
        <a class="rs-lib-link" href={savedReaderHref(article.id)} data-id={article.id}>
          {title}
        </a>
      </h2>
      <p class="rs-lib-meta">
        {site ? <span class="rs-lib-site">{site}</span> : null}
        {byline ? <span class="rs-lib-byline">{byline}</span> : null}
        <span class="rs-lib-minutes">{t('libraryReadingTime', formatNumber(minutes, locale))}</span>
        {saved ? (
          <time class="rs-lib-saved" dateTime={saved.datetime}>
            {t('librarySavedOn', saved.text)}
          </time>
        ) : null}
        {progress ? <span class="rs-lib-progress">{t('libraryProgress', progress)}</span> : null}
        {showArchived && article.archived ? <span class="rs-lib-badge">{t('libraryArchivedBadge')}</span> : null}
      </p>
      {parts || excerpt ? (
        <p class="rs-lib-excerpt" lang={lang} dir={dir}>
          {parts ? <Snippet parts={parts} /> : excerpt}
        </p>
      ) : null}
      {tags.length ? (
        <ul class="rs-lib-tags" aria-label={t('libraryTagsLabel')}>
          {tags.map((tag) => (
            <li class="rs-lib-tag" key={tag}>
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
      <div class="rs-lib-actions">
        <ActionButton
          icon="star"
          className="rs-lib-favorite"
          text={t('libraryFavorite')}
          label={t('libraryFavoriteNamed', title)}
          pressed={article.favorite}
          onClick={() => actions.onFavorite(article.id, !article.favorite)}
        />
        <ActionButton
          icon={article.archived ? 'unarchive' : 'archive'}
          text={t(article.archived ? 'libraryUnarchive' : 'libraryArchive')}
          label={t(article.archived ? 'libraryUnarchiveNamed' : 'libraryArchiveNamed', title)}
          onClick={() => actions.onArchive(article.id, !article.archived)}
        />
        <ActionButton
          icon="tag"
          text={t('libraryEditTags')}
          label={t('libraryEditTagsNamed', title)}
          expanded={editing}
          buttonRef={editButton}
          onClick={() => (editing ? closeEditor() : setEditing(true))}
        />
        <ActionButton
          icon="trash"
          className="rs-lib-delete"
          text={t('libraryDelete')}
          label={t('libraryDeleteNamed', title)}
          onClick={() => actions.onDelete(article.id)}
        />
      </div>
      {editing ? (
        <TagEditor
          title={title}
          tags={tags}
          onCancel={closeEditor}
          onSave={(next) => {
            actions.onSaveTags(article.id, next);
            closeEditor();
          }}
        />
      ) : null}
    </li>
  );
}
