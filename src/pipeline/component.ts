import type { Doc, Layer } from '../doc/index.ts';

/**
 * One pipeline stage. It declares the layers it reads and the layers it fills,
 * so the pipeline can check the order once, at assembly time.
 */
export interface Component {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly Layer[];
  readonly provides: readonly Layer[];
  run(doc: Doc): void;
  /** Loads what the component otherwise loads on first need (long-running processes and the bench call it once). */
  prepare?(): void;
}
