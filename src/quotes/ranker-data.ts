/**
 * Training data for the speaker ranker: the gold 10kGNAD quote files (eval/gold/quotes), each article run
 * through the default pipeline, the rule system's attributions matched to the gold quotes as the scorer
 * matches them (largest overlap), and each candidate labelled right when its name or mention text names
 * the gold speaker (the scorer's test).
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../pipeline/index.ts';
import { readGnad } from '../eval/gnad.ts';
import { restoreMarks, speakerMatches, type NewsGoldQuote } from '../eval/quotes.ts';
import { extractWithContext } from './extract.ts';
import { learnedCues } from './index.ts';
import { candidateMentionText, candidateSets, type RankInstance } from './ranker.ts';
import type { SequenceExample } from './sequence.ts';

export interface GoldInstance extends RankInstance {
  file: string;
  row: number;
  direct: boolean;
  /** The rule system's pick is right. */
  ruleRight: boolean;
  /** The predicted quote was inferred without quote marks. */
  unmarked: boolean;
}

export interface FileCounts {
  direct: number;
  indirect: number;
}

/** Minimal views of the pipeline objects `matchGold` reads (old checkouts pass their own). */
interface RawOffsets {
  offsets: { spanToRaw(start: number, end: number): { rawStart: number; rawEnd: number } };
}
interface MatchedAttribution {
  content: [number, number] | null;
  kind: string;
  marks?: boolean;
}

/**
 * Matches each gold quote of one article to the predicted quote it overlaps most (as the scorer does) and
 * adds a ranker instance for it; counts every gold quote per class in `c`. `matches` is the scorer's
 * speaker test (an old checkout's own when replaying old code).
 */
export function matchGold(
  file: string,
  row: number,
  doc: RawOffsets,
  ctx: Parameters<typeof candidateMentionText>[0],
  atts: MatchedAttribution[],
  sets: ReturnType<typeof candidateSets>,
  gold: NewsGoldQuote[],
  c: FileCounts,
  data: GoldInstance[],
  matches: (name: string | null, g: NewsGoldQuote) => boolean,
): void {
  const pred: { i: number; start: number; end: number }[] = [];
  atts.forEach((a, i) => {
    if (!a.content || a.kind === 'fragment') return;
    const r = doc.offsets.spanToRaw(a.content[0], a.content[1]);
    pred.push({ i, start: r.rawStart, end: r.rawEnd });
  });
  for (const g of gold) {
    const direct = g.kind === 'direct';
    if (direct) c.direct++;
    else c.indirect++;
    let best = -1;
    let bestOv = 0;
    for (const p of pred) {
      const ov = Math.min(p.end, g.end) - Math.max(p.start, g.start);
      if (ov > bestOv) {
        bestOv = ov;
        best = p.i;
      }
    }
    if (best < 0) continue;
    const cands = sets[best]!;
    const right = cands.map((cd) => matches(cd.name, g) || matches(candidateMentionText(ctx, cd), g));
    const ruleIdx = cands.findIndex((cd) => cd.rule);
    data.push({ file, row, direct, cands: cands.map((cd) => cd.features), right, ruleRight: ruleIdx >= 0 && right[ruleIdx], unmarked: atts[best]!.marks === false });
  }
}

/** Instances for every gold quote a predicted quote overlaps; `counts` has all gold quotes per class. */
export function goldInstances(files: string[], csv: string, marks = false): { data: GoldInstance[]; counts: Map<string, FileCounts> } {
  const rows = readGnad(csv).map((r) => r.text);
  const learned = learnedCues('news');
  const data: GoldInstance[] = [];
  const counts = new Map<string, FileCounts>();
  for (const file of files) {
    const gold: NewsGoldQuote[] = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as NewsGoldQuote);
    const c: FileCounts = { direct: 0, indirect: 0 };
    counts.set(file, c);
    const byRow = new Map<number, NewsGoldQuote[]>();
    for (const g of gold) {
      if (!byRow.has(g.row)) byRow.set(g.row, []);
      byRow.get(g.row)!.push(g);
    }
    for (const [row, rowGold] of [...byRow.entries()].sort((x, y) => x[0] - y[0])) {
      const restored = marks ? restoreMarks(rows[row], rowGold) : null;
      const text = restored ? restored.text : rows[row];
      const qs = restored ? restored.gold : rowGold;
      const doc = analyze(text, { lang: 'de' });
      const { ctx, atts } = extractWithContext(doc, { mode: 'news', learned });
      const sets = candidateSets(ctx, atts);
      matchGold(file, row, doc, ctx, atts, sets, qs, c, data, speakerMatches);
    }
  }
  return { data, counts };
}

/**
 * Training sequences for the sentence-sequence model (src/quotes/sequence.ts): every gold article without
 * kept quote marks, run through the default pipeline with the sequence step off (set it off before
 * calling), one unit per sentence; a sentence is speech when gold direct quotes cover more than half of it.
 */
export function sequenceExamples(files: string[], csv: string): Map<string, SequenceExample[]> {
  const rows = readGnad(csv).map((r) => r.text);
  const learned = learnedCues('news');
  const out = new Map<string, SequenceExample[]>();
  for (const file of files) {
    const gold: NewsGoldQuote[] = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as NewsGoldQuote);
    const ex: SequenceExample[] = [];
    for (const row of [...new Set(gold.map((g) => g.row))].sort((x, y) => x - y)) {
      const doc = analyze(rows[row], { lang: 'de' });
      const direct = gold.filter((g) => g.row === row && g.kind === 'direct');
      extractWithContext(doc, {
        mode: 'news',
        learned,
        collectSequence: (units, spans) => {
          const labels = new Uint8Array(units.length);
          spans.forEach(([s, e], i) => {
            if (e <= s) return;
            const r = doc.offsets.spanToRaw(s, e);
            let cov = 0;
            for (const g of direct) cov += Math.max(0, Math.min(g.end, r.rawEnd) - Math.max(g.start, r.rawStart));
            labels[i] = cov * 2 > r.rawEnd - r.rawStart ? 1 : 0;
          });
          ex.push({ units, labels });
        },
      });
    }
    out.set(file, ex);
  }
  return out;
}
