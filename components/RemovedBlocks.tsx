import { useId, useState } from 'preact/hooks';
import type { RemovedBlock } from '@/utils/extract/types';
import type { RemoteImages } from '@/utils/settings';
import { ArticleBody } from './ArticleBody';
import { formatNumber, messageKey, pluralKey, translateOr, useLocale, useT } from './i18n';

export interface RemovedBlocksProps {
  blocks: RemovedBlock[];
  baseUrl: string;
  images: RemoteImages;
}

/**
 * A discreet disclosure listing what decluttering took out. "Show" puts one block back, for this
 * view only, in a muted and labelled container; its HTML is sanitised again like the body.
 */
export function RemovedBlocks({ blocks, baseUrl, images }: RemovedBlocksProps) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const [shown, setShown] = useState<ReadonlySet<number>>(new Set());
  if (blocks.length === 0) return null;

  const toggle = (index: number) =>
    setShown((prev) => {
      const next = new Set(prev);
      if (!next.delete(index)) next.add(index);
      return next;
    });

  return (
    <details class="rs-removed">
      <summary>{t(pluralKey('removedSummary', blocks.length, locale), formatNumber(blocks.length, locale))}</summary>
      <p class="rs-removed-note">{t('removedNote')}</p>
      <ul class="rs-removed-list">
        {blocks.map((block, index) => {
          const kind = translateOr(t, messageKey('removedKind_', block.kind), block.kind);
          const labelId = `${id}-label-${index}`;
          const blockId = `${id}-block-${index}`;
          const isShown = shown.has(index);
          const heading = block.heading.trim();
          return (
            <li class="rs-removed-item" key={`${index}-${block.kind}`}>
              <span class="rs-removed-label" id={labelId}>
                <span class="rs-removed-kind">{kind}</span>
                {heading ? <span class="rs-removed-heading">{t('quoted', heading)}</span> : null}
                <span class="rs-removed-size">
                  {t(pluralKey('removedChars', block.textLength, locale), formatNumber(block.textLength, locale))}
                  {', '}
                  {t(pluralKey('removedLinks', block.linkCount, locale), formatNumber(block.linkCount, locale))}
                </span>
              </span>
              <button
                type="button"
                class="rs-button rs-removed-toggle"
                aria-expanded={isShown}
                aria-controls={isShown ? blockId : undefined}
                aria-describedby={labelId}
                onClick={() => toggle(index)}
              >
                {isShown ? t('removedHide') : t('removedShow')}
              </button>
              {isShown ? (
                <section class="rs-removed-block" id={blockId} aria-label={t('removedBlockLabel', kind)}>
                  <p class="rs-removed-block-label" aria-hidden="true">
                    {t('removedBlockLabel', kind)}
                  </p>
                  <ArticleBody className="rs-removed-body" html={block.html} baseUrl={baseUrl} images={images} />
                </section>
              ) : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
