import type { Doc, Layer } from '../doc/index.ts';
import type { Component } from './component.ts';

export class PipelineError extends Error {}

/** An ordered list of components, checked so that every requirement is provided earlier. */
export class Pipeline {
  readonly components: readonly Component[];

  constructor(components: Component[]) {
    const available = new Set<Layer>(['text']);
    for (const c of components) {
      for (const need of c.requires) {
        if (!available.has(need)) {
          throw new PipelineError(`component "${c.name}" requires layer "${need}", which no earlier component provides`);
        }
      }
      for (const p of c.provides) available.add(p);
    }
    this.components = components;
  }

  /** Loads every lazily loaded resource now, so that no document pays for it later. */
  prepare(): this {
    for (const c of this.components) c.prepare?.();
    return this;
  }

  run(doc: Doc): Doc {
    for (const c of this.components) {
      c.run(doc);
      doc.pipeline[c.name] = c.version;
    }
    return doc;
  }

  /**
   * Runs the pipeline over several documents stage by stage, as spaCy's `nlp.pipe` does: each stage
   * works through the whole batch while its code, lexicons and model tables are in the CPU caches, which
   * makes the pipeline about a third faster than one document at a time (`docs/EVALUATION.md`). The
   * results are the same as `run()` on each document. A document whose stage throws gets that error in
   * its place and skips the later stages; the others go on.
   */
  runBatch(docs: readonly Doc[], timings?: Map<string, number>): Array<Doc | Error> {
    // `timings` (the bench): milliseconds per stage, added up over calls
    const out: Array<Doc | Error> = [...docs];
    for (const c of this.components) {
      const t0 = timings ? performance.now() : 0;
      for (let i = 0; i < out.length; i++) {
        const doc = out[i];
        if (doc instanceof Error) continue;
        try {
          c.run(doc);
          doc.pipeline[c.name] = c.version;
        } catch (e) {
          out[i] = e instanceof Error ? e : new Error(String(e));
        }
      }
      if (timings) timings.set(c.name, (timings.get(c.name) ?? 0) + performance.now() - t0);
    }
    return out;
  }

  versions(): Record<string, string> {
    return Object.fromEntries(this.components.map((c) => [c.name, c.version]));
  }
}
