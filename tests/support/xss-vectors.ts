/**
 * XSS test material and the independent checker the sanitiser tests assert with.
 *
 * The checker deliberately shares no code with utils/sanitize: it judges the output DOM with its own,
 * simpler rules, so a bug in the URL policy cannot hide itself.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { Readability } from '@mozilla/readability';
import { requireShared } from './shared-dir';

export interface XssVector {
  source: 'dompurify' | 'h5sc';
  id: string;
  title: string;
  payload: string;
}

/** The article URL every test page pretends to come from. */
export const ARTICLE_URL = 'https://news.example/2026/11/the-story.html';

/**
 * Evaluates a vector file in a bare `node:vm` context: no `require`, no `process`, only a `module`
 * object created inside the context (an object passed in from here would lead back to our realm).
 * The files are data; this keeps them from reaching anything else while they are read.
 */
function evaluateDataFile(code: string, file: string): unknown {
  const context = vm.createContext(Object.create(null));
  vm.runInContext('var module = { exports: undefined }; var exports = {};', context);
  vm.runInContext(code, context, { filename: file, timeout: 5_000 });
  return vm.runInContext('module.exports', context);
}

/** DOMPurify's own test cases (`{ title?, payload, expected }`), from an ES module with a default export. */
export function loadDompurifyVectors(): XssVector[] {
  const file = requireShared('corpus', 'xss', 'dompurify-expect.mjs');
  const source = readFileSync(file, 'utf8');
  const exportCount = source.match(/^\s*export\s+default\s+/gm)?.length ?? 0;
  if (exportCount !== 1) throw new Error(`${file}: expected one \`export default\`, found ${exportCount}`);
  const items = evaluateDataFile(source.replace(/^\s*export\s+default\s+/m, 'module.exports = '), file);
  if (!Array.isArray(items)) throw new Error(`${file}: the default export is not an array`);
  return items.map((item, index) => {
    const { title, payload } = item as { title?: unknown; payload?: unknown };
    if (typeof payload !== 'string') throw new Error(`${file}: item ${index} has no string payload`);
    return { source: 'dompurify', id: `dompurify#${index}`, title: typeof title === 'string' ? title : '', payload };
  });
}

/**
 * html5sec.org's items.js uses `%placeholders%` that its harness fills in. We fill them with the
 * equivalent executable payloads (and resource paths with relative URLs), keeping every vector live.
 */
const H5SC_PLACEHOLDER = /%((?:js|html)_[a-z0-9_]+|[a-z_]+_path(?:_\d+)?)%/g;

function h5scPlaceholderValue(name: string): string {
  if (/_path(?:_\d+)?$/.test(name)) return `/h5sc/${name}`;
  if (name.startsWith('js_uri_alert')) return 'javascript:alert(1)';
  if (name.startsWith('js_utf7_alert')) return '+ADw-script+AD4-alert(1)+ADw-/script+AD4-';
  if (name.startsWith('js_write')) return 'document.write(1)';
  switch (name) {
    case 'js_alert_only':
      return 'alert';
    case 'js_alert_entities':
      return '&#x61;&#x6C;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;';
    case 'js_alert_html5ent':
      return 'alert&lpar;1&rpar;';
    case 'js_base64_alert':
      return 'YWxlcnQoMSk=';
    case 'html_alert_encoded':
      return '&lt;img src=x onerror=alert(1)&gt;';
    default:
      return 'alert(1)';
  }
}

export function fillH5scPlaceholders(data: string): string {
  return data.replace(H5SC_PLACEHOLDER, (_match, name: string) => h5scPlaceholderValue(name));
}

/** Placeholders left after filling (should be none). */
export function unfilledH5scPlaceholders(data: string): string[] {
  return [...data.matchAll(H5SC_PLACEHOLDER)].map((match) => match[0]);
}

/** The html5sec items (UMD module exporting an array of `{ id, name: { en }, data }`). */
export function loadH5scVectors(): XssVector[] {
  const file = requireShared('corpus', 'xss', 'h5sc-items.js');
  const items = evaluateDataFile(readFileSync(file, 'utf8'), file);
  if (!Array.isArray(items)) throw new Error(`${file}: module.exports is not an array`);
  return items.map((item, index) => {
    const { id, name, data } = item as { id?: unknown; name?: { en?: unknown }; data?: unknown };
    if (typeof data !== 'string') throw new Error(`${file}: item ${index} has no string data`);
    return {
      source: 'h5sc',
      id: `h5sc#${typeof id === 'number' ? id : index}`,
      title: typeof name?.en === 'string' ? name.en : '',
      payload: fillH5scPlaceholders(data),
    };
  });
}

/** A page Readability accepts as an article, with `payload` inside a paragraph of the article body. */
export function articlePage(payload: string, url = ARTICLE_URL): string {
  const paragraph = (n: number) =>
    `<p>Paragraph ${n} of the story. The council met on Tuesday evening to discuss the new budget, ` +
    'and residents filled the hall to hear how the plans for the river crossing would be paid for.</p>';
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><base href="${url}">` +
    '<title>The story | News Example</title></head><body><header><nav><a href="/">Home</a></nav></header>' +
    `<main><article><h1>The story</h1>${paragraph(1)}${paragraph(2)}` +
    // Inside running text, so that Readability's link-density and length cleaning keep it.
    `<p>As the report puts it, ${payload} and the council agreed to publish the full figures next week.</p>` +
    `${paragraph(3)}${paragraph(4)}</article></main><footer>Footer</footer></body></html>`
  );
}

/**
 * What extraction does before sanitising: parse inertly, then `new Readability(clone).parse()`.
 * The `<base>` in `articlePage` makes Readability resolve relative URLs against the article URL.
 */
export function readabilityContent(pageHtml: string): string | null {
  const doc = new DOMParser().parseFromString(pageHtml, 'text/html');
  return new Readability(doc.cloneNode(true) as Document).parse()?.content ?? null;
}

/** Parses sanitised HTML inertly (a template document never runs scripts or loads resources). */
export function parseInert(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

// ---------------------------------------------------------------------------------------------------
// The checker

/** Elements that must never reach the reader, in any namespace. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'base',
  'meta',
  'link',
  'style',
  'svg',
  'math',
  'template',
]);
/** Attributes that must never reach the reader, whatever their value. */
const FORBIDDEN_ATTRIBUTES = new Set(['style', 'srcdoc', 'action', 'formaction', 'background', 'autoplay']);
/** `href`-like: followed on click. */
const LINK_ATTRIBUTES = new Set(['href', 'xlink:href']);
/** `src`-like: fetched. */
const RESOURCE_ATTRIBUTES = new Set([
  'src',
  'poster',
  'data-rs-src',
  'data-rs-poster',
  'lowsrc',
  'dynsrc',
  'data',
  'codebase',
]);
const RESOURCE_LIST_ATTRIBUTES = new Set(['srcset', 'data-rs-srcset']);
const CITE_ATTRIBUTES = new Set(['cite', 'ping', 'longdesc', 'manifest']);

/** The URL parser ignores ASCII whitespace and controls around (and tabs/newlines inside) a URL; so do we. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const squash = (value: string) => value.replace(/[\u0000-\u0020]/g, '').toLowerCase();

const ALLOWED_LINK = /^(?:https?:\/\/|mailto:|#)/;
const ALLOWED_RESOURCE = /^(?:https?:\/\/|data:image\/(?:png|gif|jpeg|webp|avif)[;,])/;
const ALLOWED_CITE = /^https?:\/\//;
const SRCSET_DESCRIPTOR = /^\d*\.?\d+[wxh]$/;

function attributeHazard(element: Element, attr: Attr): string | null {
  const name = attr.name.toLowerCase();
  const where = `<${element.localName} ${attr.name}="${attr.value.slice(0, 80)}">`;
  if (name.startsWith('on')) return `event handler ${where}`;
  if (FORBIDDEN_ATTRIBUTES.has(name)) return `forbidden attribute ${where}`;
  const value = squash(attr.value);
  if (LINK_ATTRIBUTES.has(name) && !ALLOWED_LINK.test(value)) return `link scheme ${where}`;
  if (RESOURCE_ATTRIBUTES.has(name) && !ALLOWED_RESOURCE.test(value)) return `resource scheme ${where}`;
  if (CITE_ATTRIBUTES.has(name) && !ALLOWED_CITE.test(value)) return `URL scheme ${where}`;
  if (RESOURCE_LIST_ATTRIBUTES.has(name)) {
    const urls = attr.value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
      .split(/[\u0000-\u0020]+/)
      .map((token) => token.replace(/^,+|,+$/g, ''))
      .filter((token) => token && !SRCSET_DESCRIPTOR.test(token));
    if (urls.some((url) => !ALLOWED_RESOURCE.test(url.toLowerCase()))) return `srcset scheme ${where}`;
  }
  return null;
}

/** Every XSS hazard in a DOM subtree (template contents included), described for a failure message. */
export function findHazards(root: ParentNode): string[] {
  const hazards: string[] = [];
  const elements: Element[] = [];
  if (root instanceof Element) elements.push(root);
  elements.push(...Array.from(root.querySelectorAll('*')));
  for (const element of elements) {
    if (FORBIDDEN_ELEMENTS.has(element.localName.toLowerCase())) hazards.push(`element <${element.localName}>`);
    for (const attr of Array.from(element.attributes)) {
      const hazard = attributeHazard(element, attr);
      if (hazard) hazards.push(hazard);
    }
    if (element instanceof HTMLTemplateElement) hazards.push(...findHazards(element.content));
  }
  return hazards;
}

/** Hazards in an HTML string, parsed inertly. */
export function findHazardsInHtml(html: string): string[] {
  return findHazards(parseInert(html));
}

/**
 * The disguised-URL cases of the security issue, named: used by the unit test (sanitiser, render
 * path, extraction path) and rendered in real Chromium by the reader XSS e2e.
 */
export const DISGUISED_URL_CASES: ReadonlyArray<readonly [string, string]> = [
  ['leading space and mixed case', '<a href=" JavaScript:alert(1)">leading space</a>'],
  ['upper case', '<a href="JAVASCRIPT:alert(1)">upper case</a>'],
  ['tab entity', '<a href="java&#x09;script:alert(1)">tab</a>'],
  ['newline entity', '<a href="jav&#x0A;ascript:alert(1)">newline</a>'],
  ['carriage return entity', '<a href="jav&#13;ascript:alert(1)">cr</a>'],
  ['named tab entity', '<a href="java&Tab;script:alert(1)">named tab</a>'],
  ['decimal entities', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">decimal</a>'],
  ['colon entity', '<a href="javascript&colon;alert(1)">colon</a>'],
  ['leading control character', '<a href="&#x01;javascript:alert(1)">control</a>'],
  ['vbscript', '<a href="vbscript:msgbox(1)">vbscript</a>'],
  ['data:text/html link', '<a href="data:text/html,<script>alert(1)</script>">data html</a>'],
  ['base64 data:text/html link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">b64</a>'],
  ['SVG xlink:href', '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="20">svg link</text></a></svg>'],
  ['SVG image xlink:href', '<svg><image xlink:href="javascript:alert(1)"></image></svg>'],
  ['MathML href', '<math><mi href="javascript:alert(1)">math link</mi></math>'],
  ['srcdoc', '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe><p srcdoc="x">p</p>'],
  ['formaction', '<form id="f"></form><button form="f" formaction="javascript:alert(1)">go</button>'],
  ['formaction on input', '<input type="image" src="x.png" formaction="javascript:alert(1)">'],
  ['form action', '<form action="javascript:alert(1)"><input type="submit"></form>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['base href', '<base href="javascript:alert(1)//"><a href="relative">relative</a>'],
  ['onload on an allowed video iframe', '<iframe src="https://www.youtube.com/embed/xyz" onload="alert(1)"></iframe>'],
  ['onload on a video', '<video src="clip.mp4" onload="alert(1)" onloadstart="alert(2)"></video>'],
  ['onerror on an image', '<img src="x" onerror="alert(1)">'],
  ['image javascript: src', '<img src="javascript:alert(1)">'],
  [
    'SVG data image',
    '<img src="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 onload=%22alert(1)%22/>">',
  ],
  ['srcset candidate', '<img srcset="ok.png 1x, javascript:alert(1) 2x">'],
  ['video poster', '<video poster="javascript:alert(1)"></video>'],
  ['object data', '<object data="javascript:alert(1)"></object>'],
  ['embed src', '<embed src="javascript:alert(1)">'],
  ['area href', '<map name="m"><area href="javascript:alert(1)" shape="rect" coords="0,0,1,1"></map>'],
  ['blockquote cite', '<blockquote cite="javascript:alert(1)">quote</blockquote>'],
  ['blob and file', '<a href="blob:https://news.example/1">blob</a><img src="file:///etc/passwd">'],
  ['table background', '<table background="javascript:alert(1)"><tr><td>cell</td></tr></table>'],
];
