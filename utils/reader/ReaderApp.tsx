/**
 * Container for every reader surface: wires the background, extraction, settings and browser
 * actions to the presentational `ReaderView`. Entrypoints only mount it (see mount.tsx).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18nProvider, LocaleProvider, type Translate } from '@/components/i18n';
import { ReaderView } from '@/components/ReaderView';
import { translate, uiLocale } from '../i18n';
import { OPTIONAL_DETECTION_ORIGINS, SAVE_PAGE_COMMAND, TOGGLE_READER_COMMAND } from '../manifest-policy';
import { sendMessage } from '../messaging';
import { saveArticle } from '../reading-list';
import type { Theme } from '../settings';
import { articleToMarkdown } from './markdown';
import { bindReaderKeys, type ReaderKeyAction, scrollByLines } from './reader-keyboard';
import { readerSourceFromSearch, readerTabPath } from './reader-url';
import { trackReadingProgress } from './saved-progress';
import { nextTheme, stepFontSize } from './settings-style';
import { browserShareEnv, copyText, shareLink } from './share';
import { changeDetection, openSidePanelNow, type SidePanelApi } from './surface-actions';
import { type Surface, useReaderSession } from './use-reader-session';
import { useReaderSettings } from './use-reader-settings';

export type { Surface } from './use-reader-session';

const THEME_LABEL_KEYS: Record<Theme, string> = {
  auto: 'themeAuto',
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
};

function useToast(duration = 4000) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const show = (text: string) => {
    clearTimeout(timer.current);
    // Clearing first makes a repeated message announce again.
    setMessage('');
    requestAnimationFrame(() => setMessage(text));
    timer.current = setTimeout(() => setMessage(''), duration);
  };
  return { message, show };
}

/** The browser shortcuts as the user has them now ('' for one they removed). */
function useBrowserShortcuts(): { toggle: string; save: string } {
  const [shortcuts, setShortcuts] = useState({ toggle: '', save: '' });
  useEffect(() => {
    let alive = true;
    browser.commands
      ?.getAll()
      .then((commands) => {
        const of = (name: string) => commands.find((c) => c.name === name)?.shortcut ?? '';
        if (alive) setShortcuts({ toggle: of(TOGGLE_READER_COMMAND), save: of(SAVE_PAGE_COMMAND) });
      })
      .catch(() => {});
    return () => {
      alive = false;
    };
  }, []);
  return shortcuts;
}

export function ReaderApp({ surface, t = translate }: { surface: Surface; t?: Translate }) {
  const source = useMemo(
    // Every surface honours `?tab=`/`?saved=`; without them the panel and popup read the active tab.
    () => readerSourceFromSearch(location.search),
    [surface],
  );
  const { view, stale, windowId, showAnyway, readActivePage, retry } = useReaderSession(surface, source);
  const { settings, change } = useReaderSettings(document.documentElement);
  const toast = useToast();
  const shortcuts = useBrowserShortcuts();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);

  const article = view.state === 'article' ? view.article : null;
  const tabId = view.tabId;

  // A saved article opens where the user left it, and remembers how far they have read. The view
  // carries the stored position: the record was read once, to show it.
  const saved = view.state === 'article' ? view.saved : undefined;
  const savedId = saved?.id ?? null;
  const startAt = saved?.progress ?? 0;
  useEffect(() => {
    if (!savedId) return;
    const ctl = new AbortController();
    // After the article's first layout, so the scrollable height is the article's.
    const frame = requestAnimationFrame(() =>
      trackReadingProgress({
        box: document.scrollingElement ?? document.documentElement,
        scrollEvents: window,
        lifecycle: window,
        isHidden: () => document.visibilityState === 'hidden',
        initial: startAt,
        // Through the background: a write started by this page could die with it on leaving.
        save: (fraction) =>
          void sendMessage('saveReadingProgress', { id: savedId, progress: fraction }).catch(() => {}),
        signal: ctl.signal,
      }),
    );
    return () => {
      cancelAnimationFrame(frame);
      ctl.abort();
    };
  }, [savedId]);

  useEffect(() => {
    if (surface !== 'tab') return;
    document.title = article?.title.trim() ? t('readerTabTitle', article.title.trim()) : t('surfaceReaderTab');
  }, [surface, article, t]);

  const copied = (outcome: string, ok: string) => {
    if (outcome === 'copied') toast.show(t(ok));
    else if (outcome === 'failed') toast.show(t('toastCopyFailed'));
  };

  const actions = {
    onSave: article
      ? () =>
          void saveArticle(article).then((result) =>
            toast.show(
              result.ok
                ? t(result.updated ? 'toastSaveUpdated' : 'toastSaved')
                : t(result.reason === 'quota' ? 'toastSaveQuota' : 'toastSaveFailed'),
            ),
          )
      : undefined,
    onShare: article
      ? () =>
          void shareLink({ title: article.title, url: article.url }, browserShareEnv()).then((o) =>
            copied(o, 'toastLinkCopied'),
          )
      : undefined,
    onCopyMarkdown: article
      ? () => void copyText(articleToMarkdown(article), browserShareEnv()).then((o) => copied(o, 'toastMarkdownCopied'))
      : undefined,
    onOpenInTab:
      surface !== 'tab' && tabId !== null
        ? () =>
            void browser.tabs
              .create({ url: browser.runtime.getURL(readerTabPath(tabId) as '/reader.html') })
              .catch(() => toast.show(t('toastOpenFailed')))
        : undefined,
    onOpenInSidePanel:
      surface === 'popup'
        ? () => {
            // Synchronous: the click is the user gesture sidePanel.open needs.
            const opening = openSidePanelNow(browser as unknown as SidePanelApi, { windowId, tabId });
            if (!opening) return toast.show(t('toastOpenFailed'));
            opening.then(
              // A panel that was already open shows another page: the background tells it to read this one.
              async () => {
                if (tabId !== null) await sendMessage('readerOpenedFor', { tabId, trigger: 'popup' }).catch(() => {});
                window.close();
              },
              () => toast.show(t('toastOpenFailed')),
            );
          }
        : undefined,
    onOpenReadingList: () =>
      void browser.tabs
        .create({ url: browser.runtime.getURL('/library.html' as '/reader.html') })
        .then(() => {
          // The popup would otherwise stay open over the new tab.
          if (surface === 'popup') window.close();
        })
        .catch(() => toast.show(t('toastOpenFailed'))),
  };

  const onDetectChange = (enabled: boolean) =>
    void changeDetection(enabled, {
      permissions: browser.permissions,
      origins: OPTIONAL_DETECTION_ORIGINS,
      save: (value) => change({ detectWhileBrowsing: value }, { immediate: true }),
      onDenied: () => toast.show(t('toastDetectDenied')),
    });

  // The key handler reads the latest state through a ref, so it is bound once per view.
  const onKey = useRef<(action: ReaderKeyAction) => boolean>(() => false);
  onKey.current = (action) => {
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const scroller = document.scrollingElement ?? document.documentElement;
    switch (action) {
      case 'scroll-down':
      case 'scroll-up':
        scrollByLines(
          scroller,
          action === 'scroll-down' ? 1 : -1,
          settings.fontSize * settings.lineHeight,
          reduceMotion,
        );
        return true;
      case 'bigger':
      case 'smaller': {
        const fontSize = stepFontSize(settings.fontSize, action === 'bigger' ? 1 : -1);
        change({ fontSize });
        toast.show(t('toastFontSize', String(fontSize)));
        return true;
      }
      case 'theme': {
        const theme = nextTheme(settings.theme);
        change({ theme });
        toast.show(t('toastTheme', t(THEME_LABEL_KEYS[theme])));
        return true;
      }
      case 'save':
        if (view.state !== 'article') return false;
        actions.onSave?.();
        return Boolean(actions.onSave);
      case 'open-tab':
        if (view.state !== 'article' || !actions.onOpenInTab) return false;
        actions.onOpenInTab();
        return true;
      case 'reading-list':
        actions.onOpenReadingList();
        return true;
      case 'help':
        setHelpOpen(true);
        return true;
    }
  };
  useEffect(() => {
    const ctl = new AbortController();
    bindReaderKeys(document, (action) => onKey.current(action), ctl.signal);
    return () => ctl.abort();
  }, []);

  return (
    <I18nProvider value={t}>
      <LocaleProvider value={uiLocale()}>
        <ReaderView
          surface={surface}
          view={view}
          settings={settings}
          stale={stale}
          toggleShortcut={shortcuts.toggle}
          saveShortcut={shortcuts.save}
          toast={toast.message}
          actions={actions}
          settingsOpen={settingsOpen}
          helpOpen={helpOpen}
          onToggleSettings={() => setSettingsOpen((open) => !open)}
          onCloseSettings={() => setSettingsOpen(false)}
          onOpenHelp={() => setHelpOpen(true)}
          onCloseHelp={() => setHelpOpen(false)}
          onSettingsChange={(patch) => change(patch)}
          onDetectChange={onDetectChange}
          onShowAnyway={showAnyway}
          onReadActivePage={readActivePage}
          onRetry={retry}
        />
      </LocaleProvider>
    </I18nProvider>
  );
}
