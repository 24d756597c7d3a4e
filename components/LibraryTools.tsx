import { useId, useRef } from 'preact/hooks';
import type { ExportFormat } from '@/utils/reading-list/library-types';
import { Icon } from './Icon';
import { useLocale, useT } from './i18n';
import { EXPORT_FORMAT_KEYS, plural } from './library-messages';

export interface LibraryToolsProps {
  /** Articles the list shows now: what Export exports. */
  shownCount: number;
  /** Export and import are offered only once the list has loaded. */
  ready: boolean;
  importing: boolean;
  onExport(format: ExportFormat): void;
  onImport(file: File): void;
}

const FORMATS: ExportFormat[] = ['json', 'markdown', 'html'];

/** Export of what is shown (three formats) and import of a JSON backup through a file picker. */
export function LibraryTools({ shownCount, ready, importing, onExport, onImport }: LibraryToolsProps) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const canExport = ready && shownCount > 0;
  return (
    <section class="rs-lib-tools" aria-labelledby={`${id}-title`}>
      <h2 class="rs-lib-tools-title" id={`${id}-title`}>
        {t('libraryToolsTitle')}
      </h2>
      <fieldset class="rs-lib-export" aria-describedby={`${id}-export-hint`}>
        <legend class="rs-lib-tools-label">{plural(t, locale, 'libraryExportLabel', shownCount)}</legend>
        <div class="rs-lib-tools-buttons">
          {FORMATS.map((format) => (
            <button type="button" class="rs-button" key={format} disabled={!canExport} onClick={() => onExport(format)}>
              <Icon name="download" />
              <span>{t(EXPORT_FORMAT_KEYS[format])}</span>
            </button>
          ))}
        </div>
        <p class="rs-lib-hint" id={`${id}-export-hint`}>
          {t('libraryExportHint')}
        </p>
      </fieldset>
      <div class="rs-lib-import">
        <button
          type="button"
          class="rs-button"
          disabled={!ready || importing}
          aria-describedby={`${id}-import-hint`}
          onClick={() => fileInput.current?.click()}
        >
          <Icon name="upload" />
          <span>{importing ? t('libraryImporting') : t('libraryImport')}</span>
        </button>
        <input
          ref={fileInput}
          type="file"
          class="rs-lib-file"
          accept=".json,application/json"
          tabIndex={-1}
          aria-hidden="true"
          hidden
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            // Cleared so choosing the same file again fires another change.
            input.value = '';
            if (file) onImport(file);
          }}
        />
        <p class="rs-lib-hint" id={`${id}-import-hint`}>
          {t('libraryImportHint')}
        </p>
      </div>
    </section>
  );
}
