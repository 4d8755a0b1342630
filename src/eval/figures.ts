/**
 * Figures scorer against hand-annotated 10kGNAD articles (eval/gold/figures/*.json, see
 * docs/figures-gold.md). A gold figure is located by a unique `context` string of the article and its
 * `text` inside it. Figures match one to one by overlapping spans (largest overlap first); on matched
 * pairs the value (relative tolerance 1e-3), unit and kind are compared. Exact-span P/R/F1 is reported too.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure } from '../doc/index.ts';
import { analyze } from '../pipeline/index.ts';
import { sharedDataPath } from '../util/paths.ts';
import { readGnad } from './gnad.ts';
import { prf, round } from './metrics.ts';
import type { EvalOptions, EvalReport } from './report.ts';

export interface GoldFigure {
  context: string;
  text: string;
  value: number;
  unit: string | null;
  kind: string;
}

interface GoldFile {
  source: string;
  articles: { row: number; figures: GoldFigure[] }[];
}

interface Located extends GoldFigure {
  start: number;
  end: number;
}

export interface FigureScores {
  gold: number;
  predicted: number;
  matched: number;
  exact: number;
  valueCorrect: number;
  unitCorrect: number;
  kindCorrect: number;
  allCorrect: number;
  /** Per gold figure: whether a predicted figure overlaps it. */
  found: boolean[];
  errors: string[];
}

function valueEquals(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(b));
}

function unitEquals(a: string | null, b: string | null): boolean {
  return (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
}

/** Places each gold figure in `text`; throws when a context or figure text is not found (a broken gold file). */
export function locateGold(text: string, figures: GoldFigure[], where: string): Located[] {
  return figures.map((g) => {
    const at = text.indexOf(g.context);
    const inner = g.context.indexOf(g.text);
    if (at < 0 || inner < 0) throw new Error(`${where}: gold context ${JSON.stringify(g.context)} / ${JSON.stringify(g.text)} not found`);
    return { ...g, start: at + inner, end: at + inner + g.text.length };
  });
}

/** One-to-one matching by overlap and the attribute comparison on matched pairs. */
export function scoreFigures(gold: Located[], predicted: Figure[]): FigureScores {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (overlap > 0) pairs.push([overlap, gi, pi]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const goldTaken = new Map<number, number>();
  const predTaken = new Set<number>();
  for (const [, gi, pi] of pairs) {
    if (goldTaken.has(gi) || predTaken.has(pi)) continue;
    goldTaken.set(gi, pi);
    predTaken.add(pi);
  }
  const s: FigureScores = { gold: gold.length, predicted: predicted.length, matched: goldTaken.size, exact: 0, valueCorrect: 0, unitCorrect: 0, kindCorrect: 0, allCorrect: 0, found: gold.map((_, gi) => goldTaken.has(gi)), errors: [] };
  gold.forEach((g, gi) => {
    const pi = goldTaken.get(gi);
    if (pi === undefined) {
      s.errors.push(`missed ${JSON.stringify(g.text)} (${g.kind} ${g.value} ${g.unit ?? '-'})`);
      return;
    }
    const p = predicted[pi];
    if (p.start === g.start && p.end === g.end) s.exact++;
    const v = valueEquals(p.value, g.value);
    const u = unitEquals(p.unit, g.unit);
    const k = p.kind === g.kind;
    if (v) s.valueCorrect++;
    if (u) s.unitCorrect++;
    if (k) s.kindCorrect++;
    if (v && u && k) s.allCorrect++;
    else s.errors.push(`wrong ${JSON.stringify(p.text)}: ${p.kind} ${p.value} ${p.unit ?? '-'} — gold ${JSON.stringify(g.text)}: ${g.kind} ${g.value} ${g.unit ?? '-'}`);
  });
  predicted.forEach((p, pi) => {
    if (!predTaken.has(pi)) s.errors.push(`spurious ${JSON.stringify(p.text)} (${p.kind} ${p.value} ${p.unit ?? '-'})`);
  });
  return s;
}

function goldFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(path, f));
}

export function evalFigures(path: string, options: EvalOptions = {}): EvalReport {
  const articles = readGnad(sharedDataPath('10kgnad', 'test.csv'), 500);
  const total: FigureScores = { gold: 0, predicted: 0, matched: 0, exact: 0, valueCorrect: 0, unitCorrect: 0, kindCorrect: 0, allCorrect: 0, found: [], errors: [] };
  const byKind = new Map<string, { gold: number; matched: number }>();
  const lines: string[] = [];
  let n = 0;
  for (const file of goldFiles(path)) {
    const gold = JSON.parse(readFileSync(file, 'utf8')) as GoldFile;
    for (const a of gold.articles) {
      if (options.limit && n >= options.limit) break;
      const article = articles[a.row];
      if (!article) throw new Error(`${file}: row ${a.row} is not among the first 500 rows of 10kGNAD test.csv`);
      const doc = analyze(article.text, { published: null });
      const located = locateGold(doc.text, a.figures, `${file} row ${a.row}`);
      const s = scoreFigures(located, doc.figures);
      n++;
      for (const k of ['gold', 'predicted', 'matched', 'exact', 'valueCorrect', 'unitCorrect', 'kindCorrect', 'allCorrect'] as const) total[k] += s[k];
      for (const [gi, g] of located.entries()) {
        const b = byKind.get(g.kind) ?? { gold: 0, matched: 0 };
        b.gold++;
        if (s.found[gi]) b.matched++;
        byKind.set(g.kind, b);
      }
      lines.push(`row ${a.row}: gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched}, all attributes correct ${s.allCorrect}`);
      for (const e of s.errors) lines.push(`  ${e}`);
    }
  }
  const overlap = prf(total.matched, total.predicted - total.matched, total.gold - total.matched);
  const exact = prf(total.exact, total.predicted - total.exact, total.gold - total.exact);
  const acc = (x: number) => (total.matched ? round(x / total.matched) : 0);
  lines.push(`figures (overlap): P ${round(overlap.precision)} R ${round(overlap.recall)} F1 ${round(overlap.f1)}; exact spans F1 ${round(exact.f1)}`);
  lines.push(`on matched figures: value ${acc(total.valueCorrect)}, unit ${acc(total.unitCorrect)}, kind ${acc(total.kindCorrect)}, all three ${acc(total.allCorrect)}`);
  lines.push(`recall by gold kind: ${[...byKind].map(([k, b]) => `${k} ${b.matched}/${b.gold}`).join(', ')}`);
  return {
    lines,
    summary: {
      task: 'figures',
      n,
      precision: round(overlap.precision),
      recall: round(overlap.recall),
      f1: round(overlap.f1),
      exactF1: round(exact.f1),
      valueAccuracy: acc(total.valueCorrect),
      unitAccuracy: acc(total.unitCorrect),
      kindAccuracy: acc(total.kindCorrect),
      allCorrect: acc(total.allCorrect),
      gold: total.gold,
      predicted: total.predicted,
    },
  };
}
