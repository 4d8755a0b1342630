import { existsSync, readFileSync } from 'node:fs';

/** A JSON model file, read once on first use and replaceable in tests. */
export interface ModelFile<T> {
  /** The model, or null when the file is missing or switched off. */
  load(): T | null;
  /** Replaces the loaded model: null switches it off, undefined reads the file again on the next load. */
  set(model: T | null | undefined): void;
}

/**
 * A model file at `path`. With `envVar`, `envVar=off` switches the model off (the rules alone) and
 * `envVar=<path>` loads another file (e.g. one trained without a gold file, for cross-validation).
 */
export function modelFile<T>(path: string, envVar?: string): ModelFile<T> {
  let cached: T | null | undefined;
  return {
    load() {
      if (cached !== undefined) return cached;
      const env = envVar ? process.env[envVar] : undefined;
      const file = env && env !== 'off' ? env : path;
      cached = env !== 'off' && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
      return cached;
    },
    set(model) {
      cached = model;
    },
  };
}
