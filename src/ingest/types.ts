import type { DocMeta } from '../doc/index.ts';

export type InputFormat = 'text' | 'html' | 'jsonl' | 'feed';

/** One article read from an input, before analysis. */
export interface ArticleInput {
  /** Where it came from: a path, "path#line 3", "path#item 2", "stdin". */
  name: string;
  format: InputFormat;
  /** Decoded input as received (HTML source for HTML, text for text). */
  input: string;
  /** Text the pipeline analyses (for HTML: the extracted article text). */
  text: string;
  meta: Partial<DocMeta>;
  /** Notes such as an encoding conversion. */
  warnings: string[];
}

/** An input, or part of one, that could not be read. */
export interface InputFailure {
  name: string;
  error: string;
}

export type ReadResult = { ok: true; article: ArticleInput } | { ok: false; failure: InputFailure };
