import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocMeta } from '../doc/index.ts';
import { normalizeDate } from './dates.ts';
import { InputError } from './errors.ts';

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE',
  'PRE', 'TABLE', 'TR', 'HEADER', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'ASIDE', 'MAIN',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM subtree with block elements as paragraphs (a blank line between them). */
export function domText(root: DomNode): string {
  const out: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      out.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(name);
    if (block) out.push('\n\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) out.push('\n\n');
  };
  walk(root);
  return out
    .join('')
    .replace(/[ \t\u00A0]*\n[ \t\u00A0\n]*/g, (m) => (m.split('\n').length > 2 ? '\n\n' : '\n'))
    .trim();
}

/** Plain text of an HTML fragment (feed item content, JSONL html field without a page around it). */
export function fragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return domText(document.body as unknown as DomNode);
}

function metaContent(document: Document, selectors: string[]): string | null {
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    const value = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href');
    if (value && value.trim()) return value.trim();
  }
  return null;
}

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  author?: { name?: string } | Array<{ name?: string }> | string;
  publisher?: { name?: string };
  url?: string;
}

function jsonLd(document: Document): JsonLdArticle | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      const items = (Array.isArray(data) ? data : [data]).flatMap((d: unknown) =>
        d && typeof d === 'object' && '@graph' in d && Array.isArray((d as { '@graph': unknown[] })['@graph'])
          ? (d as { '@graph': unknown[] })['@graph']
          : [d],
      );
      for (const item of items) {
        if (!item || typeof item !== 'object') continue;
        const type = (item as { '@type'?: unknown })['@type'];
        const types = Array.isArray(type) ? type : [type];
        if (types.some((t) => typeof t === 'string' && /Article|Posting|Report/.test(t))) return item as JsonLdArticle;
      }
    } catch {
      // broken JSON-LD is common; the meta tags still count
    }
  }
  return null;
}

function authorName(author: JsonLdArticle['author']): string | null {
  if (!author) return null;
  if (typeof author === 'string') return author;
  const list = Array.isArray(author) ? author : [author];
  const names = list.map((a) => a?.name).filter((n): n is string => !!n);
  return names.length ? names.join(', ') : null;
}

/** Extracts the main text and metadata of an HTML page. */
export function extractHtml(name: string, html: string): { text: string; meta: Partial<DocMeta> } {
  let document: Document;
  // linkedom needs a document around a bare fragment, or it has no body
  const page = /<(?:html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  try {
    ({ document } = parseHTML(page) as unknown as { document: Document });
  } catch (e) {
    throw new InputError(name, `unreadable HTML (${(e as Error).message})`);
  }
  const ld = jsonLd(document);
  const meta: Partial<DocMeta> = {
    title:
      metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
      ld?.headline ??
      document.querySelector('title')?.textContent?.trim() ??
      null,
    published: normalizeDate(
      metaContent(document, [
        'meta[property="article:published_time"]',
        'meta[name="date"]',
        'meta[name="pubdate"]',
        'meta[name="publishdate"]',
        'meta[itemprop="datePublished"]',
        'meta[name="DC.date.issued"]',
      ]) ??
        ld?.datePublished ??
        metaContent(document, ['time[datetime]']),
    ),
    byline: metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]']) ?? authorName(ld?.author),
    url: metaContent(document, ['link[rel="canonical"]', 'meta[property="og:url"]']) ?? ld?.url ?? null,
    source: metaContent(document, ['meta[property="og:site_name"]']) ?? ld?.publisher?.name ?? null,
  };
  let text = '';
  try {
    const article = new Readability(document.cloneNode(true) as Document, { charThreshold: 100 }).parse();
    if (article?.content) text = fragmentText(article.content);
    if (!meta.byline && article?.byline) meta.byline = article.byline.trim();
    if (!meta.title && article?.title) meta.title = article.title.trim();
  } catch {
    // Readability gives up on some broken pages: fall back to the body text below.
  }
  if (!text && document.body) text = domText(document.body as unknown as DomNode);
  if (!text.trim()) throw new InputError(name, 'no article text found in HTML');
  return { text, meta };
}
