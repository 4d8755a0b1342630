/**
 * Maps offsets of a derived (cleaned) text back to the raw text it came from.
 * Stored as runs: derived[start .. start+length) was copied from raw[rawStart ..).
 * Characters inserted by cleaning (none copied) map to the raw offset of the next copied run.
 */
export interface OffsetRun {
  start: number;
  rawStart: number;
  length: number;
}

export class OffsetMap {
  readonly runs: readonly OffsetRun[];
  readonly rawLength: number;

  constructor(runs: OffsetRun[], rawLength: number) {
    this.runs = runs;
    this.rawLength = rawLength;
  }

  static identity(length: number): OffsetMap {
    return new OffsetMap(length > 0 ? [{ start: 0, rawStart: 0, length }] : [], length);
  }

  /**
   * Raw offset for a derived offset. A character inserted by cleaning maps to the raw offset of
   * the next copied character; an offset past the last run maps to the end of that run.
   */
  toRaw(offset: number): number {
    const runs = this.runs;
    const found = findRun(runs, offset);
    if (found < 0) return runs.length > 0 ? runs[0].rawStart : 0;
    const run = runs[found];
    if (offset < run.start + run.length) return run.rawStart + (offset - run.start);
    const next = runs[found + 1];
    return next ? next.rawStart : run.rawStart + run.length;
  }

  /** Raw span for a derived span. */
  spanToRaw(start: number, end: number): { rawStart: number; rawEnd: number } {
    const rawStart = this.toRaw(start);
    const rawEnd = end > start ? this.toRaw(end - 1) + 1 : rawStart;
    return { rawStart, rawEnd };
  }

  /** Composes this map (derived→mid) with `inner` (mid→raw): derived→raw. */
  compose(inner: OffsetMap): OffsetMap {
    const out: OffsetRun[] = [];
    for (const run of this.runs) {
      let pos = 0;
      while (pos < run.length) {
        const midOffset = run.rawStart + pos;
        const innerRunIndex = findRun(inner.runs, midOffset);
        const innerRun = innerRunIndex >= 0 ? inner.runs[innerRunIndex] : undefined;
        if (!innerRun || midOffset >= innerRun.start + innerRun.length) {
          pos += 1; // an inserted character in the middle text: no raw source
          continue;
        }
        const take = Math.min(run.length - pos, innerRun.start + innerRun.length - midOffset);
        pushRun(out, run.start + pos, innerRun.rawStart + (midOffset - innerRun.start), take);
        pos += take;
      }
    }
    return new OffsetMap(out, inner.rawLength);
  }

  toJSON(): { runs: number[]; rawLength: number } {
    const flat: number[] = [];
    for (const r of this.runs) flat.push(r.start, r.rawStart, r.length);
    return { runs: flat, rawLength: this.rawLength };
  }

  static fromJSON(json: { runs: number[]; rawLength: number }): OffsetMap {
    const runs: OffsetRun[] = [];
    for (let i = 0; i + 2 < json.runs.length; i += 3) {
      runs.push({ start: json.runs[i], rawStart: json.runs[i + 1], length: json.runs[i + 2] });
    }
    return new OffsetMap(runs, json.rawLength);
  }
}

function findRun(runs: readonly OffsetRun[], offset: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Appends a run, merging with the previous one when both sides are contiguous. */
export function pushRun(runs: OffsetRun[], start: number, rawStart: number, length: number): void {
  if (length <= 0) return;
  const last = runs[runs.length - 1];
  if (last && last.start + last.length === start && last.rawStart + last.length === rawStart) {
    last.length += length;
    return;
  }
  runs.push({ start, rawStart, length });
}

/**
 * Builds a derived string piece by piece while recording where each piece came from.
 */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private runs: OffsetRun[] = [];

  /** Appends raw[rawStart, rawStart+text.length) copied verbatim. */
  copy(text: string, rawStart: number): void {
    if (!text) return;
    pushRun(this.runs, this.length, rawStart, text.length);
    this.parts.push(text);
    this.length += text.length;
  }

  /**
   * Appends text that stands for raw[rawStart, rawStart+text.length) with other characters
   * (a no-break space written as a space, a composed character): offsets map one to one.
   */
  replace(text: string, rawStart: number): void {
    this.copy(text, rawStart);
  }

  /** Appends new text with no raw source; it maps to the next copied character. */
  insert(text: string): void {
    if (!text) return;
    this.parts.push(text);
    this.length += text.length;
  }

  get size(): number {
    return this.length;
  }

  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1] : '';
  }

  build(rawLength: number): { text: string; offsets: OffsetMap } {
    return { text: this.parts.join(''), offsets: new OffsetMap(this.runs, rawLength) };
  }
}
