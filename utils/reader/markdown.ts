/**
 * "Copy as Markdown": a small converter for the sanitised article HTML (headings, paragraphs,
 * emphasis, links, images, lists, quotes, code, tables). Parsing uses DOMParser, which is inert:
 * nothing in the article loads or runs. Links and images keep only safe URLs.
 */
import { safeExternalLink, safeImageUrl, safeLinkUrl } from './safe-attrs';

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'UL',
]);

const escapeText = (text: string) =>
  text.replace(/([\\`*_[\]<>])/g, '\\$1').replace(/^(\s*)([#>+-]|\d+\.)(?=\s)/, '$1\\$2');

function fenceFor(code: string, min: number): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(min, longest + 1));
}

class Converter {
  constructor(private readonly base: string) {}

  inline(node: Node): string {
    if (node.nodeType === 3) return escapeText((node.textContent ?? '').replace(/\s+/g, ' '));
    if (node.nodeType !== 1) return '';
    const el = node as Element;
    const inner = () => [...el.childNodes].map((child) => this.inline(child)).join('');
    const wrap = (mark: string) => {
      const text = inner().trim();
      return text ? `${mark}${text}${mark}` : '';
    };
    switch (el.tagName) {
      case 'BR':
        return '  \n';
      case 'STRONG':
      case 'B':
        return wrap('**');
      case 'EM':
      case 'I':
        return wrap('_');
      case 'CODE': {
        const code = el.textContent ?? '';
        const fence = fenceFor(code, 1);
        return code ? `${fence}${fence.length > 1 ? ' ' : ''}${code}${fence.length > 1 ? ' ' : ''}${fence}` : '';
      }
      case 'A': {
        const text = inner().trim();
        const href = safeExternalLink(el.getAttribute('href'), this.base);
        return href && text ? `[${text}](${href})` : text;
      }
      case 'IMG': {
        const src = safeImageUrl(el.getAttribute('src') ?? el.getAttribute('data-rs-src'), this.base);
        return src && !src.startsWith('data:') ? `![${escapeText(el.getAttribute('alt') ?? '')}](${src})` : '';
      }
      default:
        return inner();
    }
  }

  /** The blocks inside `el`, with runs of inline content grouped into paragraphs. */
  blocks(el: Element): string[] {
    const out: string[] = [];
    let run: Node[] = [];
    const flush = () => {
      const text = run
        .map((n) => this.inline(n))
        .join('')
        .replace(/[ \t]+\n/g, (m) => (m.startsWith('  ') ? '  \n' : '\n'))
        .trim();
      if (text) out.push(text);
      run = [];
    };
    for (const child of el.childNodes) {
      if (child.nodeType === 1 && BLOCK_TAGS.has((child as Element).tagName)) {
        flush();
        out.push(...this.block(child as Element));
      } else {
        run.push(child);
      }
    }
    flush();
    return out;
  }

  block(el: Element): string[] {
    const tag = el.tagName;
    if (/^H[1-6]$/.test(tag)) {
      const text = this.inlineText(el);
      return text ? [`${'#'.repeat(Number(tag[1]))} ${text}`] : [];
    }
    switch (tag) {
      case 'P':
      case 'DT':
      case 'SUMMARY': {
        const text = this.inlineText(el);
        return text ? [text] : [];
      }
      case 'HR':
        return ['---'];
      case 'FIGCAPTION': {
        const text = this.inlineText(el);
        return text ? [`_${text}_`] : [];
      }
      case 'BLOCKQUOTE':
        return [prefixLines(this.blocks(el).join('\n\n'), '> ', '>')];
      case 'PRE': {
        const code = (el.textContent ?? '').replace(/\n$/, '');
        const lang = /(?:^|\s)(?:language|lang)-([\w+-]+)/.exec(
          `${el.className} ${el.querySelector('code')?.className ?? ''}`,
        )?.[1];
        const fence = fenceFor(code, 3);
        return [`${fence}${lang ?? ''}\n${code}\n${fence}`];
      }
      case 'UL':
      case 'OL':
        return [this.list(el)];
      case 'TABLE':
        return [this.table(el)];
      default:
        return this.blocks(el);
    }
  }

  inlineText(el: Element): string {
    return [...el.childNodes]
      .map((n) => this.inline(n))
      .join('')
      .trim();
  }

  list(el: Element): string {
    const ordered = el.tagName === 'OL';
    const start = Number(el.getAttribute('start')) || 1;
    const items = [...el.children].filter((c) => c.tagName === 'LI');
    return items
      .map((li, i) => {
        const marker = ordered ? `${start + i}. ` : '- ';
        const body = this.blocks(li).join('\n');
        return marker + prefixLines(body, ' '.repeat(marker.length), '').slice(marker.length);
      })
      .join('\n');
  }

  table(el: Element): string {
    const rows = [...el.querySelectorAll('tr')].filter((tr) => tr.closest('table') === el);
    const cells = rows.map((tr) =>
      [...tr.children]
        .filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
        .map((c) =>
          this.inlineText(c)
            .replace(/\s*\n\s*/g, ' ')
            .replace(/\|/g, '\\|'),
        ),
    );
    const width = Math.max(0, ...cells.map((r) => r.length));
    if (width === 0) return '';
    const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
    const [head = [], ...body] = cells;
    return [line(head), line(Array(width).fill('---')), ...body.map(line)].join('\n');
  }
}

function prefixLines(text: string, prefix: string, emptyPrefix: string): string {
  return text
    .split('\n')
    .map((line) => (line ? prefix + line : emptyPrefix))
    .join('\n');
}

export function htmlToMarkdown(html: string, baseUrl: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return new Converter(baseUrl).blocks(doc.body).join('\n\n');
}

export function articleToMarkdown(article: {
  title: string;
  byline: string | null;
  url: string;
  contentHtml: string;
}): string {
  const head = [`# ${escapeText(article.title.trim())}`];
  if (article.byline) head.push(`_${escapeText(article.byline.trim())}_`);
  const source = safeLinkUrl(article.url);
  if (source) head.push(`<${source}>`);
  return `${[...head, htmlToMarkdown(article.contentHtml, article.url)].filter(Boolean).join('\n\n')}\n`;
}
