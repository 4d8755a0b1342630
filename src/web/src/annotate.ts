import type { DocumentJSON } from './api.ts';

/** One annotation drawn in the reader. */
export interface Mark {
  kind: 'entity' | 'quote' | 'speaker' | 'cue' | 'time' | 'figure' | 'event';
  id: string;
  start: number;
  end: number;
  /** Sub-class: entity type, quote kind, event modality category … */
  variant: string;
}

/** A run of text covered by the same marks (or a removed raw passage shown in place). */
export type Piece =
  | { kind: 'text'; start: number; end: number; marks: Mark[] }
  | { kind: 'removed'; at: number; text: string; reason: string; duplicateOf: number | null };

function category(m: string): string {
  return m === 'planned' ? 'planned' : m === 'negated' ? 'denied' : m === 'reported' ? 'reported' : m === 'hypothetical' ? 'hypothetical' : 'occurred';
}

function valid(doc: DocumentJSON, s: { start?: unknown; end?: unknown } | null | undefined): s is { start: number; end: number } {
  return !!s && typeof s.start === 'number' && typeof s.end === 'number' && s.start >= 0 && s.end > s.start && s.end <= doc.text.length;
}

/** Every drawable annotation of a document; items with missing or out-of-range offsets are skipped. */
export function collectMarks(doc: DocumentJSON): Mark[] {
  const marks: Mark[] = [];
  for (const e of doc.entities ?? []) for (const m of e.mentions ?? []) if (valid(doc, m)) marks.push({ kind: 'entity', id: e.id, start: m.start, end: m.end, variant: e.type });
  for (const q of doc.quotes ?? []) {
    if (valid(doc, q)) marks.push({ kind: 'quote', id: q.id, start: q.start, end: q.end, variant: q.kind });
    if (valid(doc, q.speakerMention)) marks.push({ kind: 'speaker', id: q.id, start: q.speakerMention.start, end: q.speakerMention.end, variant: 'speaker' });
    if (valid(doc, q.cue)) marks.push({ kind: 'cue', id: q.id, start: q.cue.start, end: q.cue.end, variant: 'cue' });
  }
  for (const t of doc.times ?? []) if (valid(doc, t)) marks.push({ kind: 'time', id: t.id, start: t.start, end: t.end, variant: t.type });
  for (const f of doc.figures ?? []) if (valid(doc, f)) marks.push({ kind: 'figure', id: f.id, start: f.start, end: f.end, variant: f.kind });
  for (const ev of doc.events ?? []) if (valid(doc, ev.trigger)) marks.push({ kind: 'event', id: ev.id, start: ev.trigger.start, end: ev.trigger.end, variant: category(ev.modality) });
  return marks;
}

/**
 * Where removed passages belong in the cleaned text: the cleaned offset of the first character
 * copied from at or after the passage's raw end (runs are [start, rawStart, length, …]).
 */
export function removalPositions(doc: DocumentJSON, reasons = ['repeated-passage', 'boilerplate']): Array<{ at: number; rawStart: number; rawEnd: number; reason: string; duplicateOf: number | null }> {
  const runs = doc.offsets?.runs ?? [];
  const out = [];
  for (const r of doc.removed ?? []) {
    if (!reasons.includes(r.reason)) continue;
    let at = doc.text.length;
    for (let i = 0; i + 2 < runs.length; i += 3) {
      const [start, rawStart, length] = [runs[i], runs[i + 1], runs[i + 2]];
      if (rawStart >= r.rawEnd) {
        at = start;
        break;
      }
      if (rawStart + length > r.rawEnd) {
        at = start + (r.rawEnd - rawStart);
        break;
      }
    }
    out.push({ at, rawStart: r.rawStart, rawEnd: r.rawEnd, reason: r.reason, duplicateOf: r.duplicateOf ?? null });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Splits the text at every mark boundary and at removed passages; each piece lists the marks covering it. */
export function pieces(doc: DocumentJSON, marks = collectMarks(doc), raw: string | null = doc.raw ?? null): Piece[] {
  const n = doc.text.length;
  const removals = raw ? removalPositions(doc) : [];
  const cuts = new Set<number>([0, n]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  for (const r of removals) cuts.add(Math.min(r.at, n));
  const points = [...cuts].filter((c) => c >= 0 && c <= n).sort((a, b) => a - b);
  // Sweep: marks sorted by start; active set per piece.
  const byStart = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Piece[] = [];
  let ri = 0;
  let mi = 0;
  let active: Mark[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    while (ri < removals.length && removals[ri].at <= p) {
      const r = removals[ri++];
      out.push({ kind: 'removed', at: r.at, text: raw!.slice(r.rawStart, r.rawEnd), reason: r.reason, duplicateOf: r.duplicateOf });
    }
    if (i === points.length - 1) break;
    const next = points[i + 1];
    active = active.filter((m) => m.end > p);
    while (mi < byStart.length && byStart[mi].start <= p) {
      if (byStart[mi].end > p) active.push(byStart[mi]);
      mi++;
    }
    out.push({ kind: 'text', start: p, end: next, marks: [...active] });
  }
  return out;
}
