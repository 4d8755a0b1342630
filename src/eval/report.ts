/**
 * Every eval task returns a report: human-readable lines, and one summary object
 * printed last as a single JSON line `{"task", "n", "precision", "recall", "f1", …}`.
 */
export interface EvalSummary {
  task: string;
  n: number;
  precision: number;
  recall: number;
  f1: number;
  [metric: string]: unknown;
}

export interface EvalReport {
  lines: string[];
  summary: EvalSummary;
}

export interface EvalOptions {
  /** Limit the number of documents/sentences read (quick runs). */
  limit?: number;
  [option: string]: unknown;
}

export type EvalTask = (path: string, options: EvalOptions) => Promise<EvalReport> | EvalReport;
