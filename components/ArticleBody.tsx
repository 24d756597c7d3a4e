import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeToFragment } from '@/utils/sanitize';

export interface ArticleBodyProps {
  /** HTML of the article. Sanitised again here: it may come from storage or an import. */
  html: string;
  baseUrl: string;
  lang?: string | null;
  dir?: 'ltr' | 'rtl' | null;
}

/** Inserts the sanitised fragment as DOMPurify returned it: no re-serialising, no innerHTML. */
export function ArticleBody({ html, baseUrl, lang, dir }: ArticleBodyProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.replaceChildren(sanitizeToFragment(html, { baseUrl }));
  }, [html, baseUrl]);
  return <div class="rs-article-body" ref={ref} lang={lang ?? undefined} dir={dir ?? undefined} />;
}
