/**
 * Container for every reader surface: wires the background, extraction and settings to the
 * presentational components. Foundation version; the full view arrives with issue 4.
 */
import { useEffect, useState } from 'preact/hooks';
import { ArticleBody } from '@/components/ArticleBody';
import { I18nProvider } from '@/components/i18n';
import { StatusMessage } from '@/components/StatusMessage';
import { translate as t } from '../i18n';
import { type LoadResult, loadArticle } from './load-article';

export type Surface = 'sidepanel' | 'popup' | 'tab';

export function ReaderApp({ surface }: { surface: Surface }) {
  const [state, setState] = useState<LoadResult | null>(null);
  useEffect(() => {
    let alive = true;
    loadArticle(undefined).then((r) => alive && setState(r));
    return () => {
      alive = false;
    };
  }, []);

  return (
    <I18nProvider value={t}>
      <main class={`rs-app rs-surface-${surface}`} data-surface={surface} data-state={state?.kind ?? 'loading'}>
        {!state ? (
          <StatusMessage title={t('appLoading')} />
        ) : state.kind === 'unavailable' ? (
          <StatusMessage role="alert" title={state.error} />
        ) : state.result.ok ? (
          <article>
            <h1 class="rs-title">{state.result.article.title}</h1>
            <ArticleBody html={state.result.article.contentHtml} baseUrl={state.url} />
          </article>
        ) : (
          <StatusMessage title={state.result.message} />
        )}
      </main>
    </I18nProvider>
  );
}
