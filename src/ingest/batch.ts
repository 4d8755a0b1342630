import type { Doc } from '../doc/index.ts';
import { analyze, analyzeBatch, BATCH_SIZE, type AnalyzeMeta } from '../pipeline/index.ts';
import type { SaveResult, Store } from '../store/index.ts';
import type { ArticleInput, InputFailure, ReadResult } from './types.ts';

export interface IngestItem {
  name: string;
  status: 'stored' | 'duplicate' | 'failed';
  id?: string;
  storyId?: string;
  nearDuplicateOf?: string | null;
  error?: string;
  warnings?: string[];
}

export interface IngestSummary {
  stored: number;
  duplicates: number;
  nearDuplicates: number;
  failed: number;
  items: IngestItem[];
}

export interface IngestOptions {
  /** Overrides every article's published date (YYYY-MM-DD). */
  published?: string | null;
  onItem?: (item: IngestItem, index: number) => void;
}

function metaOf(article: ArticleInput, options: IngestOptions): AnalyzeMeta {
  const meta = { ...article.meta };
  if (options.published) meta.published = options.published;
  return meta;
}

/** Analyses and stores one article; throws only on store failure. */
export function ingestArticle(store: Store, article: ArticleInput, options: IngestOptions = {}): IngestItem {
  return storeAnalysed(store, article, analyze(article.text, metaOf(article, options)));
}

function storeAnalysed(store: Store, article: ArticleInput, doc: Doc): IngestItem {
  if (!doc.text.trim()) return emptyText(article);
  return itemOf(article, store.save(doc, inputOf(article)));
}

const inputOf = (article: ArticleInput) => ({ name: article.name, format: article.format, input: article.input });

function emptyText(article: ArticleInput): IngestItem {
  return { name: article.name, status: 'failed', error: `${article.name}: no text left after cleaning` };
}

function itemOf(article: ArticleInput, saved: SaveResult | Error): IngestItem {
  if (saved instanceof Error) return { name: article.name, status: 'failed', error: `${article.name}: ${saved.message}` };
  return {
    name: article.name,
    status: saved.status,
    id: saved.id,
    storyId: saved.storyId,
    nearDuplicateOf: saved.nearDuplicateOf,
    warnings: article.warnings.length ? article.warnings : undefined,
  };
}

/**
 * Stores every readable article, and lists the failures with reasons, in input
 * order. A bad article never stops the batch. Articles are analysed BATCH_SIZE at a time, stage by
 * stage (faster; same results), and stored in one transaction per batch with a savepoint per article.
 */
export async function ingestAll(
  store: Store,
  results: AsyncIterable<ReadResult> | Iterable<ReadResult>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { stored: 0, duplicates: 0, nearDuplicates: 0, failed: 0, items: [] };
  let index = 0;
  const record = (item: IngestItem) => {
    if (item.status === 'stored') {
      summary.stored++;
      if (item.nearDuplicateOf) summary.nearDuplicates++;
    } else if (item.status === 'duplicate') summary.duplicates++;
    else summary.failed++;
    summary.items.push(item);
    options.onItem?.(item, index++);
  };
  let pending: ReadResult[] = [];
  let readable = 0;
  const flush = () => {
    const articles = pending.flatMap((r) => (r.ok ? [r.article] : []));
    const analysed = analyzeBatch(articles.map((a) => ({ raw: a.text, meta: metaOf(a, options) })));
    // failed analyses and empty texts are settled here; the rest is saved in one transaction for the
    // batch, a savepoint per article, so that a failing save loses only its own article
    const items = articles.map((a, k): IngestItem | null => {
      const doc = analysed[k];
      if (doc instanceof Error) return itemOf(a, doc);
      return doc.text.trim() ? null : emptyText(a);
    });
    const toSave = articles.flatMap((a, k) => (items[k] ? [] : [{ doc: analysed[k] as Doc, input: inputOf(a), k }]));
    let saved: Array<SaveResult | Error>;
    try {
      saved = store.saveMany(toSave);
    } catch (e) {
      saved = toSave.map(() => (e instanceof Error ? e : new Error(String(e))));
    }
    toSave.forEach((t, i) => (items[t.k] = itemOf(articles[t.k], saved[i])));
    let k = 0;
    for (const r of pending) record(r.ok ? items[k++]! : failure(r.failure));
    pending = [];
    readable = 0;
  };
  for await (const r of results) {
    pending.push(r);
    if (r.ok && ++readable >= BATCH_SIZE) flush();
  }
  flush();
  return summary;
}

function failure(f: InputFailure): IngestItem {
  return { name: f.name, status: 'failed', error: f.error };
}
