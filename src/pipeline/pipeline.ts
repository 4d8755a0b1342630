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

  run(doc: Doc): Doc {
    for (const c of this.components) {
      c.run(doc);
      doc.pipeline[c.name] = c.version;
    }
    return doc;
  }

  /** Stage timings in ms, for the bench harness. */
  runTimed(doc: Doc, timings: Map<string, number>): Doc {
    for (const c of this.components) {
      const t0 = performance.now();
      c.run(doc);
      timings.set(c.name, (timings.get(c.name) ?? 0) + performance.now() - t0);
      doc.pipeline[c.name] = c.version;
    }
    return doc;
  }

  versions(): Record<string, string> {
    return Object.fromEntries(this.components.map((c) => [c.name, c.version]));
  }
}
