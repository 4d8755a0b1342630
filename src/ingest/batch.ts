import { analyze } from '../pipeline/index.ts';
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

/** Analyses and stores one article; throws only on store failure. */
export function ingestArticle(store: Store, article: ArticleInput, options: IngestOptions = {}): IngestItem {
  const meta = { ...article.meta };
  if (options.published) meta.published = options.published;
  const doc = analyze(article.text, meta);
  if (!doc.text.trim()) return { name: article.name, status: 'failed', error: `${article.name}: no text left after cleaning` };
  const saved: SaveResult = store.save(doc, { name: article.name, format: article.format, input: article.input });
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
 * Stores every readable article (one transaction each), and lists the failures with reasons.
 * A bad article never stops the batch.
 */
export async function ingestAll(
  store: Store,
  results: AsyncIterable<ReadResult> | Iterable<ReadResult>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { stored: 0, duplicates: 0, nearDuplicates: 0, failed: 0, items: [] };
  let index = 0;
  for await (const r of results) {
    let item: IngestItem;
    if (!r.ok) item = failure(r.failure);
    else {
      try {
        item = ingestArticle(store, r.article, options);
      } catch (e) {
        item = { name: r.article.name, status: 'failed', error: `${r.article.name}: ${(e as Error).message}` };
      }
    }
    if (item.status === 'stored') {
      summary.stored++;
      if (item.nearDuplicateOf) summary.nearDuplicates++;
    } else if (item.status === 'duplicate') summary.duplicates++;
    else summary.failed++;
    summary.items.push(item);
    options.onItem?.(item, index++);
  }
  return summary;
}

function failure(f: InputFailure): IngestItem {
  return { name: f.name, status: 'failed', error: f.error };
}
