import { useId } from 'preact/hooks';
import { CONTENT_WIDTH_RANGE, FONT_SIZE_RANGE, LINE_HEIGHT_RANGE, type ReaderSettings } from '@/utils/settings';
import { formatNumber, useLocale, useT } from './i18n';

export interface SettingsPanelProps {
  id: string;
  settings: ReaderSettings;
  /** Applied live in this view at once; the container persists it (debounced) for every view. */
  onChange(patch: Partial<ReaderSettings>): void;
  /**
   * "Detect articles as I browse". Called synchronously from the change event, so the container
   * can call `permissions.request` inside the user gesture. The checkbox keeps showing the stored
   * value until the setting really changes.
   */
  onDetectChange(enabled: boolean): void;
  onClose(): void;
}

interface Option<T extends string> {
  value: T;
  label: string;
  className?: string;
}

function RadioGroup<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  options: Option<T>[];
  onChange(value: T): void;
}) {
  const id = useId();
  return (
    <fieldset class="rs-field rs-radios">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label class={`rs-radio ${option.className ?? ''}`.trim()} key={option.value} for={`${id}-${option.value}`}>
          <input
            type="radio"
            id={`${id}-${option.value}`}
            name={`${props.name}-${id}`}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Range(props: {
  label: string;
  value: number;
  range: { min: number; max: number; step: number };
  display: string;
  onChange(value: number): void;
}) {
  const id = useId();
  return (
    <div class="rs-field rs-range">
      <label for={id}>{props.label}</label>
      <input
        type="range"
        id={id}
        min={props.range.min}
        max={props.range.max}
        step={props.range.step}
        value={props.value}
        aria-valuetext={props.display}
        onInput={(event) => props.onChange(Number(event.currentTarget.value))}
      />
      <output for={id}>{props.display}</output>
    </div>
  );
}

export function SettingsPanel({ id, settings, onChange, onDetectChange, onClose }: SettingsPanelProps) {
  const t = useT();
  const locale = useLocale();
  const titleId = useId();
  const detectId = useId();
  const num = (n: number, digits = 0) => formatNumber(Number(n.toFixed(digits)), locale);
  return (
    <section
      id={id}
      class="rs-settings"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div class="rs-settings-head">
        <h2 id={titleId}>{t('settingsTitle')}</h2>
        <button type="button" class="rs-button rs-button-quiet" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <RadioGroup
        legend={t('settingFont')}
        name="font"
        value={settings.fontFamily}
        onChange={(fontFamily) => onChange({ fontFamily })}
        options={[
          { value: 'serif', label: t('fontSerif'), className: 'rs-sample-serif' },
          { value: 'sans', label: t('fontSans'), className: 'rs-sample-sans' },
          { value: 'mono', label: t('fontMono'), className: 'rs-sample-mono' },
          { value: 'legible', label: t('fontLegible'), className: 'rs-sample-legible' },
        ]}
      />
      <Range
        label={t('settingFontSize')}
        value={settings.fontSize}
        range={FONT_SIZE_RANGE}
        display={t('pixels', num(settings.fontSize))}
        onChange={(fontSize) => onChange({ fontSize })}
      />
      <Range
        label={t('settingLineHeight')}
        value={settings.lineHeight}
        range={LINE_HEIGHT_RANGE}
        display={num(settings.lineHeight, 1)}
        onChange={(lineHeight) => onChange({ lineHeight: Number(lineHeight.toFixed(1)) })}
      />
      <Range
        label={t('settingWidth')}
        value={settings.contentWidth}
        range={CONTENT_WIDTH_RANGE}
        display={t('characters', num(settings.contentWidth))}
        onChange={(contentWidth) => onChange({ contentWidth })}
      />
      <RadioGroup
        legend={t('settingTheme')}
        name="theme"
        value={settings.theme}
        onChange={(theme) => onChange({ theme })}
        options={[
          { value: 'auto', label: t('themeAuto') },
          { value: 'light', label: t('themeLight') },
          { value: 'sepia', label: t('themeSepia') },
          { value: 'dark', label: t('themeDark') },
        ]}
      />
      <RadioGroup
        legend={t('settingActionTarget')}
        name="action-target"
        value={settings.actionTarget}
        onChange={(actionTarget) => onChange({ actionTarget })}
        options={[
          { value: 'sidepanel', label: t('actionTargetSidePanel') },
          { value: 'popup', label: t('actionTargetPopup') },
        ]}
      />
      <RadioGroup
        legend={t('settingRemoteImages')}
        name="remote-images"
        value={settings.remoteImages}
        onChange={(remoteImages) => onChange({ remoteImages })}
        options={[
          { value: 'always', label: t('remoteImagesAlways') },
          { value: 'on-click', label: t('remoteImagesOnClick') },
          { value: 'never', label: t('remoteImagesNever') },
        ]}
      />
      <div class="rs-field rs-check">
        <input
          type="checkbox"
          id={detectId}
          checked={settings.detectWhileBrowsing}
          aria-describedby={`${detectId}-hint`}
          onChange={(event) => {
            const input = event.currentTarget;
            const wanted = input.checked;
            input.checked = settings.detectWhileBrowsing;
            onDetectChange(wanted);
          }}
        />
        <label for={detectId}>{t('settingDetect')}</label>
        <p class="rs-hint" id={`${detectId}-hint`}>
          {t('settingDetectHint')}
        </p>
      </div>
    </section>
  );
}
