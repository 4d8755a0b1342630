import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { segment } from '../segment/index.ts';
import { tagTimes } from '../time/index.ts';
import { chronoTimes } from './time-chrono.ts';
import { compareSets, prf, round } from './metrics.ts';
import type { EvalOptions, EvalReport } from './report.ts';

/** One gold time expression with offsets into the plain text of its document. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  value: string;
  type: string | null;
  mod: string | null;
}

export interface TimeGoldDoc {
  id: string;
  /** 'timex2' (WikiWarsDE, ACE) or 'timex3' (TimeML). */
  scheme: 'timex2' | 'timex3';
  lang: 'de' | 'en';
  text: string;
  dct: string | null;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]);

function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs);
  return m ? decode(m[1]) : null;
}

/** Strips inline markup from the TEXT element, keeping TIMEX2/TIMEX3 spans as offsets. */
export function parseInlineTimex(xml: string, id: string): TimeGoldDoc {
  const scheme = /<TIMEX3/.test(xml) || /<TimeML/.test(xml) ? 'timex3' : 'timex2';
  let dct: string | null = null;
  if (scheme === 'timex3') {
    const m = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(xml);
    dct = m ? m[1] : null;
  } else {
    const m = /<DATETIME>[\s\S]*?(\d{4}-\d{2}-\d{2})[\s\S]*?<\/DATETIME>/.exec(xml);
    dct = m ? m[1] : null;
  }
  const a = xml.indexOf('<TEXT>');
  const b = xml.lastIndexOf('</TEXT>');
  const body = a >= 0 && b > a ? xml.slice(a + 6, b) : xml;
  const tag = /<(\/?)([A-Za-z0-9]+)([^>]*)>/g;
  let text = '';
  let last = 0;
  const stack: { name: string; start: number; attrs: string }[] = [];
  const timexes: GoldTimex[] = [];
  let m: RegExpExecArray | null;
  while ((m = tag.exec(body))) {
    text += decode(body.slice(last, m.index));
    last = m.index + m[0].length;
    const [, close, name, attrs] = m;
    if (!close) {
      if (!attrs.endsWith('/')) stack.push({ name, start: text.length, attrs });
      continue;
    }
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i].name !== name) continue;
      const open = stack.splice(i, 1)[0];
      if (name === 'TIMEX2' || name === 'TIMEX3') {
        timexes.push({
          start: open.start,
          end: text.length,
          text: text.slice(open.start, text.length),
          value: attr(open.attrs, name === 'TIMEX2' ? 'val' : 'value') ?? '',
          type: attr(open.attrs, 'type'),
          mod: attr(open.attrs, 'mod'),
        });
      }
      break;
    }
  }
  text += decode(body.slice(last));
  timexes.sort((x, y) => x.start - y.start);
  return { id, scheme, lang: scheme === 'timex2' ? 'de' : 'en', text, dct, timexes };
}

/** Reads WikiWarsDE (`keyinline/*.key.xml`) or TimeML (`*.tml`) gold from a file or folder (recursively). */
export function readTimeGold(path: string): TimeGoldDoc[] {
  const files: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) {
        if (f === 'key' || f === 'in') continue; // WikiWarsDE: use the inline key only
        walk(join(p, f));
      }
    } else if (/\.(tml|key\.xml)$/.test(p)) files.push(p);
  };
  walk(path);
  return files.map((f) => parseInlineTimex(readFileSync(f, 'utf8'), basename(f).replace(/\.(tml|key\.xml)$/, '')));
}

/** Maps a value to the form both schemes share before comparison. */
export function normaliseValue(v: string): string {
  let s = v.trim().toUpperCase();
  s = s.replace(/T(\d{2}):(\d{2}):00$/, 'T$1:$2');
  return s;
}

interface Pair {
  gold: GoldTimex;
  pred: { start: number; end: number; value: string; type: string };
}

/** One-to-one overlap matching (greedy by order), for relaxed span scores. */
function overlapMatch(gold: GoldTimex[], pred: Pair['pred'][]): Pair[] {
  const used = new Set<number>();
  const pairs: Pair[] = [];
  for (const g of gold) {
    let best = -1;
    let bestOv = 0;
    for (let i = 0; i < pred.length; i++) {
      if (used.has(i)) continue;
      const p = pred[i];
      const ov = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (ov > bestOv) {
        bestOv = ov;
        best = i;
      }
    }
    if (best >= 0) {
      used.add(best);
      pairs.push({ gold: g, pred: pred[best] });
    }
  }
  return pairs;
}

/**
 * Strict (exact offsets) and relaxed (overlap) span P/R/F1, and value accuracy over the
 * relaxed matches, against WikiWarsDE (TIMEX2) or TempEval-3 (TIMEX3) gold.
 *
 * Anchoring: TimeML documents are news, tagged with their DCT as published date. WikiWarsDE
 * documents are Wikipedia narratives whose DCT is the 2011 snapshot, so they are tagged without
 * a published date (anchoring to the text's own dates), unless `options.dct` is true.
 * `options.docs` (a regex; or $LAGEBILD_TIME_DOCS) selects documents by id; `options.verbose`
 * (or $LAGEBILD_TIME_VERBOSE=1) lists every miss, extra, span and value error; `options.tagger`
 * (or $LAGEBILD_TIME_TAGGER) = 'chrono' scores the chrono-node baseline instead.
 */
export function evalTime(path: string, options: EvalOptions = {}): EvalReport {
  let docs = readTimeGold(path);
  const docFilter = typeof options.docs === 'string' ? options.docs : process.env.LAGEBILD_TIME_DOCS;
  if (options.verbose === undefined && process.env.LAGEBILD_TIME_VERBOSE) options = { ...options, verbose: true };
  if (docFilter) {
    const re = new RegExp(docFilter);
    docs = docs.filter((d) => re.test(d.id));
  }
  if (options.limit) docs = docs.slice(0, options.limit);
  const useChrono = (options.tagger ?? process.env.LAGEBILD_TIME_TAGGER) === 'chrono';
  const strictGold: string[] = [];
  const strictPred: string[] = [];
  let relTp = 0;
  let nGold = 0;
  let nPred = 0;
  let valueOk = 0;
  let typeOk = 0;
  let tokens = 0;
  let elapsed = 0;
  const lines: string[] = [];
  const errors: string[] = [];
  for (const d of docs) {
    const seg = segment(d.text);
    tokens += seg.tokens.length;
    const useDct = d.scheme === 'timex3' ? options.dct !== false : options.dct === true;
    const t0 = performance.now();
    const pred = useChrono ? chronoTimes(d.text, d.lang, useDct ? d.dct : null) : tagTimes(d.text, seg.sentences, { lang: d.lang, published: useDct ? d.dct : null });
    elapsed += performance.now() - t0;
    for (const g of d.timexes) strictGold.push(`${d.id}:${g.start}:${g.end}`);
    for (const p of pred) strictPred.push(`${d.id}:${p.start}:${p.end}`);
    const pairs = overlapMatch(d.timexes, pred);
    let ok = 0;
    for (const pr of pairs) {
      const good = normaliseValue(pr.gold.value) === normaliseValue(pr.pred.value);
      if (good) ok++;
      else if (options.verbose) errors.push(`  VALUE ${d.id} "${pr.gold.text}" gold=${pr.gold.value} pred=${pr.pred.value} ("${d.text.slice(pr.pred.start, pr.pred.end)}")`);
      if (pr.gold.type && pr.gold.type === pr.pred.type) typeOk++;
    }
    if (options.verbose) {
      const matchedG = new Set(pairs.map((p) => p.gold));
      const matchedP = new Set(pairs.map((p) => p.pred));
      for (const g of d.timexes) if (!matchedG.has(g)) errors.push(`  MISS  ${d.id} "${g.text}" ${g.value}  …${d.text.slice(Math.max(0, g.start - 30), g.end + 20).replace(/\s+/g, ' ')}…`);
      for (const p of pred) if (!matchedP.has(p)) errors.push(`  EXTRA ${d.id} "${p.text}" ${p.value}  …${d.text.slice(Math.max(0, p.start - 30), p.end + 20).replace(/\s+/g, ' ')}…`);
      for (const pr of pairs) if (pr.gold.start !== pr.pred.start || pr.gold.end !== pr.pred.end) errors.push(`  SPAN  ${d.id} gold "${pr.gold.text}" pred "${d.text.slice(pr.pred.start, pr.pred.end)}"`);
    }
    relTp += pairs.length;
    nGold += d.timexes.length;
    nPred += pred.length;
    valueOk += ok;
    const docStrict = compareSets(d.timexes.map((g) => `${g.start}:${g.end}`), pred.map((p) => `${p.start}:${p.end}`));
    lines.push(`${d.id}: gold ${d.timexes.length}, predicted ${pred.length}, strict F1 ${round(docStrict.f1, 3)}, relaxed matches ${pairs.length}, values right ${ok}`);
  }
  const strict = compareSets(strictGold, strictPred);
  const relaxed = prf(relTp, nPred - relTp, nGold - relTp);
  const valueAccuracy = relTp ? valueOk / relTp : 0;
  const valueF1 = prf(valueOk, nPred - valueOk, nGold - valueOk).f1;
  const scheme = docs[0]?.scheme ?? 'timex3';
  lines.push(
    `documents: ${docs.length} (${scheme}), gold: ${nGold}, predicted: ${nPred}, tokens: ${tokens}`,
    `strict span   P ${round(strict.precision)}  R ${round(strict.recall)}  F1 ${round(strict.f1)}`,
    `relaxed span  P ${round(relaxed.precision)}  R ${round(relaxed.recall)}  F1 ${round(relaxed.f1)}`,
    `value accuracy (on relaxed matches) ${round(valueAccuracy)}  (${valueOk}/${relTp}); value F1 ${round(valueF1)}`,
    ...(scheme === 'timex3' ? [`type accuracy (on relaxed matches) ${round(relTp ? typeOk / relTp : 0)}`] : []),
    ...errors,
  );
  return {
    lines,
    summary: {
      task: 'time',
      ...(useChrono ? { tagger: 'chrono-node' } : {}),
      n: docs.length,
      precision: round(strict.precision),
      recall: round(strict.recall),
      f1: round(strict.f1),
      strictF1: round(strict.f1),
      relaxedPrecision: round(relaxed.precision),
      relaxedRecall: round(relaxed.recall),
      relaxedF1: round(relaxed.f1),
      valueAccuracy: round(valueAccuracy),
      valueF1: round(valueF1),
      ...(scheme === 'timex3' ? { typeAccuracy: round(relTp ? typeOk / relTp : 0) } : {}),
      gold: nGold,
      predicted: nPred,
      tokensPerSecond: Math.round((tokens / elapsed) * 1000),
    },
  };
}
