import { useEffect, useId, useMemo, useRef } from 'preact/hooks';
import { leadImageToShow } from '@/utils/reader/article-meta';
import type { ReaderKeyAction } from '@/utils/reader/reader-keyboard';
import type { ViewState } from '@/utils/reader/reader-state';
import type { StaleReason } from '@/utils/reader/tab-follow';
import type { Surface } from '@/utils/reader/use-reader-session';
import { safeDir, safeLang } from '@/utils/sanitize';
import type { ReaderSettings } from '@/utils/settings';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { HelpDialog } from './HelpDialog';
import { ErrorState, LoadingSkeleton, NoAccessState, NotArticleState, RestrictedState } from './ReaderStates';
import { type ReaderActions, ReaderToolbar } from './ReaderToolbar';
import { RemovedBlocks } from './RemovedBlocks';
import { SettingsPanel } from './SettingsPanel';
import { StaleBanner } from './StaleBanner';

export interface ReaderViewProps {
  surface: Surface;
  view: ViewState;
  settings: ReaderSettings;
  stale: StaleReason;
  /** The browser shortcut that toggles the reader ('' when unassigned). */
  toggleShortcut: string;
  /** The browser shortcut that saves a page without the reader ('' when unassigned). */
  saveShortcut?: string;
  /** Current toast text ('' for none), announced politely. */
  toast: string;
  /** Only offered while an article is shown. */
  actions: ReaderActions;
  settingsOpen: boolean;
  helpOpen: boolean;
  onToggleSettings(): void;
  onCloseSettings(): void;
  onOpenHelp(): void;
  onCloseHelp(): void;
  onSettingsChange(patch: Partial<ReaderSettings>): void;
  onDetectChange(enabled: boolean): void;
  onShowAnyway(): void;
  onReadActivePage(): void;
  onRetry(): void;
}

function ViewBody({ props, titleId }: { props: ReaderViewProps; titleId: string }) {
  const { view, settings } = props;
  switch (view.state) {
    case 'loading':
      return <LoadingSkeleton />;
    case 'not-article':
      return <NotArticleState detection={view.detection} onShowAnyway={props.onShowAnyway} />;
    case 'restricted':
      return <RestrictedState reason={view.reason} />;
    case 'no-access':
      return <NoAccessState shortcut={props.toggleShortcut} onRetry={props.onRetry} />;
    case 'error':
      return <ErrorState reason={view.reason} message={view.message} onRetry={props.onRetry} />;
    case 'article':
      return <ArticleView article={view} titleId={titleId} settings={settings} />;
  }
}

function ArticleView({
  article: { article, removed },
  titleId,
  settings,
}: {
  article: Extract<ViewState, { state: 'article' }>;
  titleId: string;
  settings: ReaderSettings;
}) {
  const lead = useMemo(() => leadImageToShow(article), [article]);
  return (
    <article
      class="rs-article"
      lang={safeLang(article.lang) ?? undefined}
      dir={safeDir(article.dir) ?? undefined}
      aria-labelledby={titleId}
    >
      <ArticleHeader
        title={article.title}
        byline={article.byline}
        siteName={article.siteName}
        publishedTime={article.publishedTime}
        readingMinutes={article.readingMinutes}
        url={article.url}
        leadImageUrl={lead}
        images={settings.remoteImages}
        titleId={titleId}
      />
      <ArticleBody html={article.contentHtml} baseUrl={article.url} images={settings.remoteImages} />
      {removed.length ? (
        <footer class="rs-article-footer">
          <RemovedBlocks blocks={removed} baseUrl={article.url} images={settings.remoteImages} />
        </footer>
      ) : null}
    </article>
  );
}

/** The whole reader, presentational: the container passes the state and handles the callbacks. */
export function ReaderView(props: ReaderViewProps) {
  const { surface, view, stale } = props;
  const settingsId = useId();
  const titleId = useId();
  const settingsButton = useRef<HTMLButtonElement>(null);
  const isArticle = view.state === 'article';
  const actions: ReaderActions = {
    onSave: isArticle ? props.actions.onSave : undefined,
    onShare: isArticle ? props.actions.onShare : undefined,
    onCopyMarkdown: isArticle ? props.actions.onCopyMarkdown : undefined,
    onOpenInTab: isArticle ? props.actions.onOpenInTab : undefined,
    onOpenInSidePanel: props.actions.onOpenInSidePanel,
    // Not tied to the article: the list is there in every state, errors included.
    onOpenReadingList: props.actions.onOpenReadingList,
  };
  const available = new Set<ReaderKeyAction>(['scroll-down', 'scroll-up', 'bigger', 'smaller', 'theme', 'help']);
  if (actions.onSave) available.add('save');
  if (actions.onOpenInTab) available.add('open-tab');
  if (actions.onOpenReadingList) available.add('reading-list');

  // When a new state replaces the control that had focus ("Show anyway", "Read this page"), focus
  // would fall back to the body; put it on <main> instead, so arrows, Space and j/k scroll the text.
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (view.state === 'loading') return;
    const active = document.activeElement;
    if (!active || active === document.body) mainRef.current?.focus({ preventScroll: true });
  }, [view]);

  const closeSettings = () => {
    props.onCloseSettings();
    settingsButton.current?.focus();
  };

  return (
    <>
      <div class={`rs-app rs-surface-${surface}`} inert={props.helpOpen || undefined}>
        <header class="rs-appbar">
          <ReaderToolbar
            {...actions}
            settingsOpen={props.settingsOpen}
            settingsId={settingsId}
            onToggleSettings={props.onToggleSettings}
            onHelp={props.onOpenHelp}
            settingsButtonRef={settingsButton}
          />
          {/* In the sticky bar, so a stale article is flagged wherever the reader has scrolled to. */}
          <div class="rs-live rs-stale-slot" role="status">
            {stale ? <StaleBanner reason={stale} onReadPage={props.onReadActivePage} /> : null}
          </div>
        </header>
        {props.settingsOpen ? (
          <SettingsPanel
            id={settingsId}
            settings={props.settings}
            onChange={props.onSettingsChange}
            onDetectChange={props.onDetectChange}
            onClose={closeSettings}
          />
        ) : null}
        <main
          class="rs-main"
          data-surface={surface}
          data-state={view.state}
          aria-busy={view.state === 'loading' ? 'true' : undefined}
          tabIndex={-1}
          ref={mainRef}
        >
          <ViewBody props={props} titleId={titleId} />
          <div class="rs-live rs-toast-slot" role="status">
            {props.toast ? <p class="rs-toast">{props.toast}</p> : null}
          </div>
        </main>
      </div>
      <HelpDialog
        open={props.helpOpen}
        onClose={props.onCloseHelp}
        available={available}
        toggleShortcut={props.toggleShortcut}
        saveShortcut={props.saveShortcut}
      />
    </>
  );
}
