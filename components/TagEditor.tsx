import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useT } from './i18n';

export interface TagEditorProps {
  /** The article's title, for the field's label. */
  title: string;
  tags: readonly string[];
  /** Tags as typed (split, trimmed, without empties or repeats); the service normalises further. */
  onSave(tags: string[]): void;
  onCancel(): void;
}

/** Commas separate tags: ASCII, fullwidth (，) and Arabic (،) ones. */
export function parseTagInput(value: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of value.split(/[,，、،]/)) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/**
 * Inline tag editor: one text field, comma-separated. Enter saves, Escape cancels; the row puts
 * focus back on its "Edit tags" button when the editor closes.
 */
export function TagEditor({ title, tags, onSave, onCancel }: TagEditorProps) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(() => tags.join(', '));

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const save = () => onSave(parseTagInput(input.current?.value ?? value));

  return (
    <fieldset
      class="rs-lib-tag-editor"
      aria-labelledby={`${id}-label`}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.isComposing) return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
    >
      <label class="rs-lib-tag-editor-label" id={`${id}-label`} for={`${id}-input`}>
        {t('libraryTagsInputLabel', title)}
      </label>
      <input
        id={`${id}-input`}
        ref={input}
        type="text"
        class="rs-lib-input"
        value={value}
        autocomplete="off"
        spellcheck={false}
        aria-describedby={`${id}-hint`}
        onInput={(event) => setValue(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.isComposing) return;
          if (event.key === 'Enter') {
            event.preventDefault();
            save();
          }
        }}
      />
      <p class="rs-lib-hint" id={`${id}-hint`}>
        {t('libraryTagsInputHint')}
      </p>
      <div class="rs-lib-tag-editor-buttons">
        <button type="button" class="rs-button rs-button-primary" onClick={save}>
          {t('libraryTagsSave')}
        </button>
        <button type="button" class="rs-button" onClick={onCancel}>
          {t('libraryTagsCancel')}
        </button>
      </div>
    </fieldset>
  );
}
