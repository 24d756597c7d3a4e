import { describe, expect, it } from 'vitest';
import { DETECTION_SIGNAL_CODES, DETECTION_SIGNAL_TEMPLATES, describeSignal, signal } from './signals';

describe('detection signals', () => {
  it('lists every code that has a template, each a valid _locales message name', () => {
    expect([...DETECTION_SIGNAL_CODES].sort()).toEqual(Object.keys(DETECTION_SIGNAL_TEMPLATES).sort());
    for (const code of DETECTION_SIGNAL_CODES) expect(`detect_${code}`).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('renders a signal in English with its value as $1', () => {
    expect(describeSignal(signal('link_heavy', -0.2, 64))).toBe('64% of the text is links');
    expect(describeSignal(signal('og_type_article', 0.15))).toBe('Open Graph type is article');
  });
});
