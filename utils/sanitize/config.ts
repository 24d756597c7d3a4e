/**
 * The strict DOMPurify configuration. The HTML profile already leaves out `script`, SVG, MathML, every
 * `on*` attribute and `srcdoc`; the lists below name them anyway so that the intent survives a change
 * of profile, and they remove what the profile would otherwise keep.
 */
import type { Config } from 'dompurify';

export const FORBIDDEN_TAGS: readonly string[] = [
  // active content and anything that fetches or navigates by itself
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'noscript',
  // forms: no submissions, no credential or input phishing inside a privileged page
  'form',
  'input',
  'button',
  'select',
  'textarea',
  // foreign content: not in the HTML profile; listed so a profile change cannot bring it back
  'svg',
  'math',
  // UI, not article markup: a `<dialog open>` overlays the reader, `<template>` is invisible
  'dialog',
  'template',
];

export const FORBIDDEN_ATTRIBUTES: readonly string[] = [
  'style',
  'action',
  'formaction',
  'srcdoc',
  'xlink:href',
  // media never starts by itself, nor fetches anything before play: a `default` text track loads at once
  'autoplay',
  'default',
  // legacy image URL on tables and body: would load outside the image policy and the URL hook
  'background',
  // a CORS image request sends `Origin: chrome-extension://<id>`, which identifies the user's extension
  'crossorigin',
  // a link that saves a file from inside the reader
  'download',
  'ping',
  // invokers: article markup does not drive UI
  'popover',
  'popovertarget',
  'popovertargetaction',
  'command',
  'commandfor',
];

/**
 * DOMPurify's default URI check minus `tel:`, `callto:`, `sms:`, `cid:`, `xmpp:` and `matrix:`. It only
 * still applies to attributes that are not URLs (the hook owns every URL attribute), as defence in depth.
 */
export const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

export const PURIFY_CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [...FORBIDDEN_TAGS],
  FORBID_ATTR: [...FORBIDDEN_ATTRIBUTES],
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOWED_URI_REGEXP,
  SANITIZE_NAMED_PROPS: true,
  SAFE_FOR_XML: true,
  KEEP_CONTENT: true,
} satisfies Config;

export const PURIFY_FRAGMENT_CONFIG = { ...PURIFY_CONFIG, RETURN_DOM_FRAGMENT: true as const } satisfies Config;
