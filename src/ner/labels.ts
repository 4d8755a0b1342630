/** The 12 GermEval 2014 outer types and the 25 BIO labels built from them. */
export const TYPES = [
  'PER', 'ORG', 'LOC', 'OTH',
  'PERderiv', 'ORGderiv', 'LOCderiv', 'OTHderiv',
  'PERpart', 'ORGpart', 'LOCpart', 'OTHpart',
] as const;
export type NerType = (typeof TYPES)[number];

export const LABELS: string[] = ['O'];
for (const t of TYPES) LABELS.push(`B-${t}`, `I-${t}`);
export const L = LABELS.length;
export const LABEL_INDEX = new Map(LABELS.map((l, i) => [l, i]));

export function labelIndex(tag: string): number {
  return LABEL_INDEX.get(tag) ?? 0;
}

/** Label index of B-/I- of type index t. */
export const B = (t: number) => 1 + 2 * t;
export const I = (t: number) => 2 + 2 * t;
export const isInside = (l: number) => l > 0 && l % 2 === 0;
export const typeOf = (l: number) => (l - 1) >> 1;

/** May label `cur` follow label `prev` (-1 = sentence start)? I-X only continues B-X/I-X. */
export function allowed(prev: number, cur: number): boolean {
  if (!isInside(cur)) return true;
  return prev > 0 && typeOf(prev) === typeOf(cur);
}

export interface SpanLabel {
  start: number;
  end: number;
  type: string;
}

/** Spans (token indices, end exclusive) of a BIO label sequence; stray I- opens a span (conlleval). */
export function spansOf(tags: string[]): SpanLabel[] {
  const spans: SpanLabel[] = [];
  let cur: SpanLabel | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const bio = tag[0];
    const type = tag.length > 2 ? tag.slice(2) : '';
    if (cur && (bio !== 'I' || type !== cur.type)) {
      cur.end = i;
      spans.push(cur);
      cur = null;
    }
    if (bio === 'B' || (bio === 'I' && !cur)) cur = { start: i, end: i + 1, type };
  }
  if (cur) {
    cur.end = tags.length;
    spans.push(cur);
  }
  return spans;
}

/** spansOf() over label indices (LABELS order), for the first `n` of `labels`: the same spans, without a tag string per token. */
export function spansOfIndices(labels: Int32Array, n: number): SpanLabel[] {
  const spans: SpanLabel[] = [];
  let cur: SpanLabel | null = null;
  for (let i = 0; i < n; i++) {
    const l = labels[i];
    const inside = isInside(l);
    if (cur && (!inside || TYPES[typeOf(l)] !== cur.type)) {
      cur.end = i;
      spans.push(cur);
      cur = null;
    }
    if (l > 0 && (!inside || !cur)) cur = { start: i, end: i + 1, type: TYPES[typeOf(l)] };
  }
  if (cur) {
    cur.end = n;
    spans.push(cur);
  }
  return spans;
}
