export { readInputs, readBytes, listFiles, detectFormat, type ReadOptions } from './read.ts';
export { decodeBytes, looksBinary, DEFAULT_MAX_BYTES } from './decode.ts';
export { extractHtml, fragmentText } from './html.ts';
export { readFeed } from './feed.ts';
export { readJsonl } from './jsonl.ts';
export { normalizeDate, publishedDay } from './dates.ts';
export { InputError } from './errors.ts';
export type { ArticleInput, InputFailure, InputFormat, ReadResult } from './types.ts';
export { ingestAll, ingestArticle, type IngestItem, type IngestSummary, type IngestOptions } from './batch.ts';
