/**
 * `lagebild eval quotes <path>`: cue / source / content F1 for attribution corpora, and speaker
 * accuracy on the hand-annotated German news gold.
 *
 * - SpkAtt-2023 (a folder of speech JSON files): by default only the held-out part of the training
 *   split (every speech whose index in the sorted file list is ≡ 4 mod 5; the cue lexicon is learned
 *   from the other speeches). Option `split: 'all' | 'train' | 'dev'`.
 * - PolNeAR (a folder with text/ and attributions/): English, first annotator file per article.
 * - News gold (a .jsonl file or a folder of them, eval/gold/quotes/): speaker accuracy on direct and
 *   indirect quotes, and quote recall.
 *
 * Overlap scoring (default): a predicted span is correct when it shares a token (SpkAtt) or a
 * character (PolNeAR) with a not yet matched gold span. Exact: same tokens/characters, ignoring
 * punctuation at the edges. Cue F1 counts events by their cue. Source and content F1 are linked to the
 * event: a predicted source/content counts only when its cue matches the gold event's cue too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createDoc, type Doc, type Quote } from '../doc/index.ts';
import { analyze } from '../pipeline/index.ts';
import { extractAttributions, findQuotes, learnedCues, type Attribution, type LearnedCues } from '../quotes/index.ts';
import { segment, splitSentences } from '../segment/index.ts';
import { sharedDataPath } from '../util/paths.ts';
import { readGnad } from './gnad.ts';
import { prf, round, type PRF } from './metrics.ts';
import type { EvalOptions, EvalReport } from './report.ts';

// ---------------- shared scoring ----------------

/** A span as a sorted list of unit indices (tokens or characters, possibly discontinuous). */
type Units = number[];

export interface GoldEvent {
  cue: Units;
  source: Units;
  content: Units;
}

function overlaps(a: Units, b: Units): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a[a.length - 1] < b[0] || b[b.length - 1] < a[0]) return false;
  const set = new Set(a);
  return b.some((x) => set.has(x));
}

function same(a: Units, b: Units): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export interface RoleScores {
  cue: PRF;
  source: PRF;
  content: PRF;
}

/**
 * Matches predicted to gold events one-to-one by cue, then scores linked sources and contents.
 * `match` decides if two spans agree (overlap or exact).
 */
export function scoreEvents(gold: GoldEvent[], pred: GoldEvent[], match: (a: Units, b: Units) => boolean): RoleScores {
  const used = new Uint8Array(gold.length);
  let cueTp = 0;
  let srcTp = 0;
  let conTp = 0;
  for (const p of pred) {
    let best = -1;
    let bestQ = -1;
    for (let g = 0; g < gold.length; g++) {
      if (used[g] || !match(gold[g].cue, p.cue)) continue;
      // prefer the gold event whose other roles agree too
      const q = (match(gold[g].source, p.source) ? 2 : 0) + (match(gold[g].content, p.content) ? 1 : 0);
      if (q > bestQ) {
        best = g;
        bestQ = q;
      }
    }
    if (best < 0) continue;
    used[best] = 1;
    cueTp++;
    if (p.source.length && match(gold[best].source, p.source)) srcTp++;
    if (p.content.length && match(gold[best].content, p.content)) conTp++;
  }
  const gSrc = gold.filter((g) => g.source.length).length;
  const pSrc = pred.filter((p) => p.source.length).length;
  const gCon = gold.filter((g) => g.content.length).length;
  const pCon = pred.filter((p) => p.content.length).length;
  return {
    cue: prf(cueTp, pred.length - cueTp, gold.length - cueTp),
    source: prf(srcTp, pSrc - srcTp, gSrc - srcTp),
    content: prf(conTp, pCon - conTp, gCon - conTp),
  };
}

function addPRF(a: PRF, b: PRF): PRF {
  return prf(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn);
}

function addScores(a: RoleScores | null, b: RoleScores): RoleScores {
  if (!a) return b;
  return { cue: addPRF(a.cue, b.cue), source: addPRF(a.source, b.source), content: addPRF(a.content, b.content) };
}

function fmt(name: string, p: PRF): string {
  return `${name.padEnd(18)} P ${round(p.precision).toFixed(4)}  R ${round(p.recall).toFixed(4)}  F1 ${round(p.f1).toFixed(4)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;
}

// ---------------- SpkAtt ----------------

export interface SpkAttSpeech {
  file: string;
  sentences: string[][];
  annotations: Record<string, string[]>[];
}

/** Speech files of a SpkAtt folder, sorted; `split` picks the deterministic held-out part (index % 5 === 4). */
export function readSpkAtt(dir: string, split: 'all' | 'train' | 'dev' = 'all', limit = Infinity): SpkAttSpeech[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const out: SpkAttSpeech[] = [];
  files.forEach((f, i) => {
    const dev = i % 5 === 4;
    if ((split === 'dev' && !dev) || (split === 'train' && dev)) return;
    if (out.length >= limit) return;
    const json = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
      Sentences: { SentenceId: number; Tokens: string[] }[];
      Annotations: Record<string, string[]>[];
    };
    const sentences: string[][] = [];
    for (const s of json.Sentences) sentences[s.SentenceId] = s.Tokens;
    for (let k = 0; k < sentences.length; k++) sentences[k] ??= [];
    out.push({ file: f, sentences, annotations: json.Annotations });
  });
  return out;
}

/** A document built from the gold tokenisation (tokens joined by spaces), and the address of each token. */
export function spkattDoc(sp: SpkAttSpeech): { doc: Doc; index: Map<string, number> } {
  let text = '';
  const tokens: Doc['tokens'] = [];
  const sentences: Doc['sentences'] = [];
  const index = new Map<string, number>();
  sp.sentences.forEach((toks, si) => {
    if (toks.length === 0) return;
    if (text) text += ' ';
    const sStart = text.length;
    toks.forEach((t, ti) => {
      if (ti > 0) text += ' ';
      index.set(`${si}:${ti}`, tokens.length);
      tokens.push({ start: text.length, end: text.length + t.length, sentence: sentences.length });
      text += t;
    });
    sentences.push({ start: sStart, end: text.length });
  });
  const doc = createDoc(text);
  doc.tokens = tokens;
  doc.sentences = sentences;
  doc.lang = 'de';
  return { doc, index };
}

function unitsOf(addrs: string[] | undefined, index: Map<string, number>): Units {
  const out: number[] = [];
  for (const a of addrs ?? []) {
    const i = index.get(a);
    if (i !== undefined) out.push(i);
  }
  return out.sort((x, y) => x - y);
}

/** Tokens covered by a char span. */
function tokensIn(doc: Doc, s: number, e: number): Units {
  const out: number[] = [];
  // tokens are sorted: binary search for the first token ending after s
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].end <= s) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < doc.tokens.length && doc.tokens[i].start < e; i++) out.push(i);
  return out;
}

function range(a: number, b: number): Units {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}

/** Predicted events (token units) of one document. */
function predictedTokenEvents(doc: Doc, atts: Attribution[]): GoldEvent[] {
  const out: GoldEvent[] = [];
  for (const a of atts) {
    if (!a.cueTok) continue;
    out.push({
      cue: range(a.cueTok[0], a.cueTok[1]),
      source: a.source ? range(a.source.start, a.source.end) : [],
      content: a.content ? tokensIn(doc, a.content[0], a.content[1]) : [],
    });
  }
  return out;
}

const PUNCT_TOKEN = /^[\p{P}\p{S}]+$/u;

function trimUnits(doc: Doc, u: Units): Units {
  return u.filter((i) => !PUNCT_TOKEN.test(doc.text.slice(doc.tokens[i].start, doc.tokens[i].end)));
}

export interface SpkAttResult {
  overlap: RoleScores;
  exact: RoleScores;
  speeches: number;
  events: number;
  tokens: number;
  ms: number;
}

export function scoreSpkAtt(speeches: SpkAttSpeech[], learned: LearnedCues | null): SpkAttResult {
  let overlap: RoleScores | null = null;
  let exact: RoleScores | null = null;
  let events = 0;
  let tokens = 0;
  let ms = 0;
  for (const sp of speeches) {
    const { doc, index } = spkattDoc(sp);
    tokens += doc.tokens.length;
    const gold: GoldEvent[] = sp.annotations.map((a) => ({
      cue: unitsOf(a.Cue, index),
      source: unitsOf(a.Source, index),
      content: unitsOf(a.Message, index),
    }));
    events += gold.length;
    const t0 = performance.now();
    const atts = extractAttributions(doc, { mode: 'all', learned });
    ms += performance.now() - t0;
    const pred = predictedTokenEvents(doc, atts);
    overlap = addScores(overlap, scoreEvents(gold, pred, overlaps));
    const tg = gold.map((g) => ({ cue: trimUnits(doc, g.cue), source: trimUnits(doc, g.source), content: trimUnits(doc, g.content) }));
    const tp = pred.map((g) => ({ cue: trimUnits(doc, g.cue), source: trimUnits(doc, g.source), content: trimUnits(doc, g.content) }));
    exact = addScores(exact, scoreEvents(tg, tp, same));
  }
  const empty = { cue: prf(0, 0, 0), source: prf(0, 0, 0), content: prf(0, 0, 0) };
  return { overlap: overlap ?? empty, exact: exact ?? empty, speeches: speeches.length, events, tokens, ms };
}

function evalSpkAtt(path: string, options: EvalOptions): EvalReport {
  const split = (options.split as 'all' | 'train' | 'dev' | undefined) ?? 'dev';
  const speeches = readSpkAtt(path, split, options.limit ?? Infinity);
  const learned = learnedCues('all');
  const r = scoreSpkAtt(speeches, learned);
  return report('quotes', `SpkAtt-2023 (${split === 'dev' ? 'held-out speeches: sorted index % 5 == 4' : split})`, r.speeches, r.events, r.overlap, r.exact, [
    `cue lexicon: ${learned ? 'models/quotes/cues.json' : 'none (hand lexicon only)'}; tokens ${r.tokens}, ${Math.round((r.tokens / r.ms) * 1000)} tokens/s`,
  ]);
}

function report(task: string, title: string, docs: number, events: number, ov: RoleScores, ex: RoleScores, extra: string[]): EvalReport {
  const lines = [
    `${title}: ${docs} documents, ${events} gold events`,
    ...extra,
    'overlap (default):',
    fmt('  cue', ov.cue),
    fmt('  source', ov.source),
    fmt('  content', ov.content),
    'exact:',
    fmt('  cue', ex.cue),
    fmt('  source', ex.source),
    fmt('  content', ex.content),
  ];
  return {
    lines,
    summary: {
      task,
      n: docs,
      precision: round(ov.cue.precision),
      recall: round(ov.cue.recall),
      f1: round(ov.cue.f1),
      cueF1: round(ov.cue.f1),
      sourceF1: round(ov.source.f1),
      contentF1: round(ov.content.f1),
      cueF1Exact: round(ex.cue.f1),
      sourceF1Exact: round(ex.source.f1),
      contentF1Exact: round(ex.content.f1),
      events,
    },
  };
}

// ---------------- PolNeAR ----------------

interface BratSpan {
  label: string;
  units: Units;
}

function parseBrat(ann: string): GoldEvent[] {
  const spans = new Map<string, BratSpan>();
  const out: GoldEvent[] = [];
  const lines = ann.split('\n');
  for (const line of lines) {
    if (!line.startsWith('T')) continue;
    const [id, meta] = line.split('\t');
    if (!meta) continue;
    const sp = meta.indexOf(' ');
    const label = meta.slice(0, sp);
    const units: number[] = [];
    for (const part of meta.slice(sp + 1).split(';')) {
      const [a, b] = part.trim().split(' ').map(Number);
      if (Number.isFinite(a) && Number.isFinite(b)) for (let i = a; i < b; i++) units.push(i);
    }
    spans.set(id, { label, units });
  }
  for (const line of lines) {
    if (!line.startsWith('E')) continue;
    const args = line.split('\t')[1]?.split(' ') ?? [];
    const ev: GoldEvent = { cue: [], source: [], content: [] };
    let isAttr = false;
    for (const arg of args) {
      const [role, ref] = arg.split(':');
      const s = spans.get(ref);
      if (!s) continue;
      if (role.startsWith('Attribution')) isAttr = true;
      if (role === 'Cue') ev.cue = s.units;
      else if (role === 'Source') ev.source = s.units;
      else if (role === 'Content') ev.content = s.units;
    }
    if (isAttr && ev.cue.length) out.push(ev);
  }
  return out;
}

/** Article ids of a PolNeAR split folder, with their first annotator file (sorted). */
export function readPolNeAR(path: string, limit = Infinity): { text: string; gold: GoldEvent[]; article: string }[] {
  const textDir = join(path, 'text');
  const annDir = join(path, 'attributions');
  const anns = readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const firstAnn = new Map<string, string>();
  for (const f of anns) {
    const article = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!firstAnn.has(article)) firstAnn.set(article, f);
  }
  const out: { text: string; gold: GoldEvent[]; article: string }[] = [];
  for (const [article, f] of firstAnn) {
    if (out.length >= limit) break;
    const tf = join(textDir, article + '.txt');
    if (!existsSync(tf)) continue;
    out.push({ article, text: readFileSync(tf, 'utf8'), gold: parseBrat(readFileSync(join(annDir, f), 'utf8')) });
  }
  return out;
}

export function englishDoc(text: string): Doc {
  const doc = createDoc(text);
  const seg = segment(text);
  doc.tokens = seg.tokens;
  doc.sentences = seg.sentences;
  doc.lang = 'en';
  return doc;
}

export function scorePolNeAR(articles: { text: string; gold: GoldEvent[] }[], learned: LearnedCues | null): { overlap: RoleScores; exact: RoleScores; events: number } {
  let overlap: RoleScores | null = null;
  let exact: RoleScores | null = null;
  let events = 0;
  for (const { text, gold } of articles) {
    const doc = englishDoc(text);
    const atts = extractAttributions(doc, { mode: 'all', learned });
    const pred: GoldEvent[] = [];
    for (const a of atts) {
      if (!a.cue) continue;
      pred.push({
        cue: range(a.cue[0], a.cue[1]),
        source: a.source ? range(doc.tokens[a.source.start].start, doc.tokens[a.source.end - 1].end) : [],
        content: a.content ? range(a.content[0], a.content[1]) : [],
      });
    }
    events += gold.length;
    overlap = addScores(overlap, scoreEvents(gold, pred, overlaps));
    const trim = (u: Units) => u.filter((i) => !/[\s\p{P}]/u.test(text[i]));
    exact = addScores(
      exact,
      scoreEvents(
        gold.map((g) => ({ cue: trim(g.cue), source: trim(g.source), content: trim(g.content) })),
        pred.map((g) => ({ cue: trim(g.cue), source: trim(g.source), content: trim(g.content) })),
        same,
      ),
    );
  }
  const empty = { cue: prf(0, 0, 0), source: prf(0, 0, 0), content: prf(0, 0, 0) };
  return { overlap: overlap ?? empty, exact: exact ?? empty, events };
}

function evalPolNeAR(path: string, options: EvalOptions): EvalReport {
  const articles = readPolNeAR(path, options.limit ?? Infinity);
  const learned = learnedCues('en');
  const r = scorePolNeAR(articles, learned);
  return report('quotes', `PolNeAR (${basename(path)}, English, first annotator per article)`, articles.length, r.events, r.overlap, r.exact, [
    `English support is basic: cue forms learned from PolNeAR train (${learned ? 'models/quotes/cues.json' : 'missing'}), SVO subject/complement heuristics, no parser.`,
  ]);
}

// ---------------- German news gold ----------------

export interface NewsGoldQuote {
  row: number;
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'indirect' | 'mixed' | 'reported';
  speaker: string;
  /** Other names of the speaker that count as correct (surname, institution). */
  aliases?: string[];
}

const ARTICLES = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines']);

/**
 * Content words of a name, lower case. Acronyms ("HG", "D.A.S.") are kept whatever their length and marked,
 * so that "D.A.S." matches "DAS" but never the article "das".
 */
function normName(s: string): string[] {
  const out: string[] = [];
  const words = s.replace(/(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, '')).replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/);
  for (const w of words) {
    const l = w.toLowerCase();
    if (/^\p{Lu}{2,}$/u.test(w)) out.push(`#${l}`);
    // "NEOS" also matches "Neos"
    if (l.length > 2 && !ARTICLES.has(l)) out.push(l);
  }
  return out;
}

/** A predicted speaker name matches when it shares a content word with the gold name or an alias. */
export function speakerMatches(pred: string | null, gold: NewsGoldQuote): boolean {
  if (!pred) return false;
  const p = new Set(normName(pred));
  for (const g of [gold.speaker, ...(gold.aliases ?? [])]) {
    const words = normName(g);
    if (words.length && words.some((w) => p.has(w))) return true;
  }
  return false;
}

function newsGoldFiles(path: string): string[] {
  return statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => join(path, f))
    : [path];
}

function readNewsGold(files: string[]): NewsGoldQuote[] {
  const out: NewsGoldQuote[] = [];
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (line.trim()) out.push(JSON.parse(line) as NewsGoldQuote);
    }
  }
  return out;
}

interface NewsStats {
  articles: number;
  direct: { n: number; found: number; speaker: number };
  indirect: { n: number; found: number; speaker: number };
  predicted: number;
  predictedMatched: number;
  ms: number;
  errors: string[];
}

/**
 * 10kGNAD bodies lost their quote marks; news text usually keeps them. With marks restored, every direct
 * gold quote (consecutive ones of the same speaker merged) is wrapped in „…“ (a sentence-final
 * . ! ? inside) and the gold offsets are shifted: a proxy for the same articles as published.
 */
export function restoreMarks(text: string, qs: NewsGoldQuote[]): { text: string; gold: NewsGoldQuote[] } {
  const direct = qs.filter((g) => g.kind === 'direct' && !/[„“"»«]/.test(text[g.start - 1] ?? '')).sort((a, b) => a.start - b.start);
  const ins: [number, string][] = [];
  for (let k = 0; k < direct.length; ) {
    let j = k;
    while (j + 1 < direct.length && direct[j + 1].speaker === direct[k].speaker && /^[\s.!?]*$/.test(text.slice(direct[j].end, direct[j + 1].start))) j++;
    let end = direct[j].end;
    if (/[.!?]/.test(text[end] ?? '') && !/^[.!?]\s*,/.test(text.slice(end))) end++;
    ins.push([direct[k].start, '„'], [end, '“']);
    k = j + 1;
  }
  ins.sort((a, b) => a[0] - b[0]);
  let out = '';
  let p = 0;
  for (const [pos, mark] of ins) {
    out += text.slice(p, pos) + mark;
    p = pos;
  }
  out += text.slice(p);
  const shift = (o: number, inclusive: boolean) => o + ins.filter(([pos]) => (inclusive ? pos <= o : pos < o)).length;
  const gold = qs.map((g) => {
    const start = shift(g.start, true);
    const end = shift(g.end, false);
    return { ...g, start, end, text: out.slice(start, end) };
  });
  return { text: out, gold };
}

function scoreNewsGold(gold: NewsGoldQuote[], rows: string[], marks = false): NewsStats {
  const byRow = new Map<number, NewsGoldQuote[]>();
  for (const g of gold) {
    if (!byRow.has(g.row)) byRow.set(g.row, []);
    byRow.get(g.row)!.push(g);
  }
  const st: NewsStats = {
    articles: byRow.size,
    direct: { n: 0, found: 0, speaker: 0 },
    indirect: { n: 0, found: 0, speaker: 0 },
    predicted: 0,
    predictedMatched: 0,
    ms: 0,
    errors: [],
  };
  for (const [row, rowGold] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    const restored = marks ? restoreMarks(rows[row], rowGold) : null;
    const text = restored ? restored.text : rows[row];
    const qs = restored ? restored.gold : rowGold;
    const t0 = performance.now();
    const doc = analyze(text, { lang: 'de' });
    st.ms += performance.now() - t0;
    // predicted offsets point into the cleaned text: map them back to the raw article
    const quotes = doc.quotes
      .filter((q) => q.kind !== 'fragment')
      .map((q) => {
        const r = doc.offsets.spanToRaw(q.start, q.end);
        return { ...q, start: r.rawStart, end: r.rawEnd } as Quote;
      });
    st.predicted += quotes.length;
    const matchedPred = new Set<string>();
    for (const g of qs) {
      if (text.slice(g.start, g.end) !== g.text) st.errors.push(`row ${row}: gold offsets do not match text "${g.text.slice(0, 30)}"`);
      const cls = g.kind === 'direct' ? st.direct : st.indirect;
      cls.n++;
      let best: Quote | null = null;
      let bestOv = 0;
      for (const q of quotes) {
        const ov = Math.min(q.end, g.end) - Math.max(q.start, g.start);
        if (ov > bestOv) {
          bestOv = ov;
          best = q;
        }
      }
      if (!best) {
        st.errors.push(`  MISS  row ${row} ${g.kind} [${g.speaker}] ${JSON.stringify(g.text.slice(0, 70))}`);
        continue;
      }
      cls.found++;
      matchedPred.add(best.id);
      const name = (best.speakerName as string | undefined) ?? best.speakerMention?.text ?? null;
      // the resolved name (entity name, antecedent) or the speaker mention itself ("aus der EU-Kommission")
      if (speakerMatches(name, g) || (best.speakerMention && speakerMatches(best.speakerMention.text, g))) cls.speaker++;
      else st.errors.push(`  WRONG row ${row} ${g.kind} gold [${g.speaker}] got [${name}] ${JSON.stringify(g.text.slice(0, 60))}`);
    }
    st.predictedMatched += matchedPred.size;
  }
  return st;
}

function newsLines(name: string, st: NewsStats): string[] {
  const acc = (x: { n: number; speaker: number }) => round(x.n ? x.speaker / x.n : 0);
  const rec = (x: { n: number; found: number }) => round(x.n ? x.found / x.n : 0);
  return [
    `${name}: ${st.articles} articles, ${st.direct.n} direct + ${st.indirect.n} indirect/reported/mixed quotes`,
    `  direct:   found ${st.direct.found}/${st.direct.n} (recall ${rec(st.direct)}), speaker accuracy ${acc(st.direct)} (${st.direct.speaker}/${st.direct.n})`,
    `  indirect: found ${st.indirect.found}/${st.indirect.n} (recall ${rec(st.indirect)}), speaker accuracy ${acc(st.indirect)} (${st.indirect.speaker}/${st.indirect.n})`,
    `  predicted non-fragment quotes in these articles: ${st.predicted}, matched to gold: ${st.predictedMatched}; pipeline ${Math.round(st.ms)} ms`,
  ];
}

/**
 * Speaker accuracy on the hand-annotated 10kGNAD quotes. A gold quote is found when a predicted
 * non-fragment quote overlaps it; its speaker is right when the predicted speaker name (entity name,
 * resolved antecedent, or mention text) shares a content word with the gold name or an alias.
 * Accuracy = right speakers / all gold quotes of the class (a missed quote counts as wrong).
 */
function evalNewsGold(path: string, options: EvalOptions): EvalReport {
  const files = newsGoldFiles(path);
  const csv = (options.csv as string | undefined) ?? sharedDataPath('10kgnad', 'test.csv');
  const rows = readGnad(csv).map((r) => r.text);
  const lines: string[] = [];
  // LAGEBILD_QUOTES_MARKS=restore: score the articles with quote marks restored around direct gold quotes
  const marks = ((options.marks as string | undefined) ?? process.env.LAGEBILD_QUOTES_MARKS) === 'restore';
  if (marks) lines.push('(quote marks restored around the direct gold quotes)');
  const per = files.map((f) => ({ f, st: scoreNewsGold(readNewsGold([f]), rows, marks) }));
  for (const { f, st } of per) lines.push(...newsLines(basename(f), st));
  const all = per.reduce<NewsStats | null>((acc, { st }) => {
    if (!acc) return { ...st, direct: { ...st.direct }, indirect: { ...st.indirect }, errors: [...st.errors] };
    for (const k of ['direct', 'indirect'] as const) {
      acc[k].n += st[k].n;
      acc[k].found += st[k].found;
      acc[k].speaker += st[k].speaker;
    }
    acc.articles += st.articles;
    acc.predicted += st.predicted;
    acc.predictedMatched += st.predictedMatched;
    acc.ms += st.ms;
    acc.errors.push(...st.errors);
    return acc;
  }, null)!;
  if (files.length > 1) lines.push(...newsLines('all files', all));
  if (options.verbose !== false) lines.push(...all.errors);
  const n = all.direct.n + all.indirect.n;
  const found = all.direct.found + all.indirect.found;
  const p = all.predicted ? all.predictedMatched / all.predicted : 0;
  const r = n ? found / n : 0;
  const summary: EvalReport['summary'] = {
    task: 'quotes',
    n: all.articles,
    precision: round(p),
    recall: round(r),
    f1: round(p + r ? (2 * p * r) / (p + r) : 0),
    directRecall: round(all.direct.n ? all.direct.found / all.direct.n : 0),
    indirectRecall: round(all.indirect.n ? all.indirect.found / all.indirect.n : 0),
    speakerAccuracyDirect: round(all.direct.n ? all.direct.speaker / all.direct.n : 0),
    speakerAccuracyIndirect: round(all.indirect.n ? all.indirect.speaker / all.indirect.n : 0),
    quotes: n,
  };
  return { lines, summary };
}

// ---------------- REDEWIEDERGABE (historical German, direct speech with marks) ----------------

interface RwInstance {
  type: string;
  tokens: number[];
  speaker: number[];
}

const RW_OPEN = new Set(['„', '»', '‚', '›']);
const RW_CLOSE = new Set(['“', '«', '‘', '‹', '”']);

/** One REDEWIEDERGABE sample as a document (tokens detokenised: no space inside quote marks or before punctuation). */
export function readRwSample(file: string): { doc: Doc; instances: RwInstance[]; marked: Set<number> } {
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0].split('\t');
  const col = (n: string) => header.indexOf(n);
  const [cTok, cStart, cStwr, cSpk] = [col('tok'), col('sentstart'), col('stwr'), col('speaker')];
  let text = '';
  const tokens: Doc['tokens'] = [];
  const sentences: Doc['sentences'] = [];
  const inst = new Map<string, RwInstance>();
  const speakers = new Map<string, number[]>();
  let sStart = 0;
  let straightOpen = false;
  let glueNext = false;
  for (let li = 1; li < lines.length; li++) {
    const f = lines[li].split('\t');
    if (f.length <= cTok || !f[cTok]) continue;
    const tok = f[cTok];
    if (f[cStart] === 'yes' && tokens.length) {
      sentences.push({ start: sStart, end: tokens[tokens.length - 1].end });
    }
    // a straight " closes any open double quote („…" is common in this corpus)
    const isClose = RW_CLOSE.has(tok) || (tok === '"' && straightOpen) || /^[.,;:!?)\]]+$/.test(tok);
    if (text && !glueNext && !isClose) text += ' ';
    if (f[cStart] === 'yes' || !tokens.length) sStart = text.length;
    glueNext = RW_OPEN.has(tok) || (tok === '"' && !straightOpen) || tok === '(';
    if (tok === '„' || tok === '»') straightOpen = true;
    else if (tok === '“' || tok === '«' || tok === '”') straightOpen = false;
    else if (tok === '"') straightOpen = !straightOpen;
    const idx = tokens.length;
    tokens.push({ start: text.length, end: text.length + tok.length, sentence: sentences.length });
    text += tok;
    for (const a of (f[cStwr] ?? '-').split('|')) {
      if (a === '-' || !a) continue;
      const [type, , id] = a.split('.');
      if (!inst.has(id)) inst.set(id, { type, tokens: [], speaker: [] });
      inst.get(id)!.tokens.push(idx);
    }
    const sp = f[cSpk] ?? '-';
    if (sp.startsWith('speaker.')) {
      for (const id of sp.slice(8).split('_')) {
        if (!speakers.has(id)) speakers.set(id, []);
        speakers.get(id)!.push(idx);
      }
    }
  }
  if (tokens.length) sentences.push({ start: sStart, end: tokens[tokens.length - 1].end });
  const doc = createDoc(text);
  // sentence boundaries as the pipeline finds them (the corpus' own splits are automatic too, and split
  // after abbreviations such as "Abg.")
  const split = splitSentences(text, tokens);
  doc.tokens = tokens.map((t, i) => ({ start: t.start, end: t.end, sentence: split.tokenSentence[i] }));
  doc.sentences = split.sentences;
  void sentences;
  doc.lang = 'de';
  const words = tokens.map((t) => text.slice(t.start, t.end));
  const marked = new Set<number>();
  const instances: RwInstance[] = [];
  for (const [id, x] of inst) {
    x.speaker = speakers.get(id) ?? [];
    instances.push(x);
    const a = x.tokens[0];
    const b = x.tokens[x.tokens.length - 1];
    const q = (k: number) => k >= 0 && k < words.length && /^["„“”»«‚‘›‹]$/.test(words[k]);
    if (x.type === 'direct' && (q(a - 1) || q(a)) && (q(b + 1) || q(b))) marked.add(instances.length - 1);
  }
  return { doc, instances, marked };
}

function evalRedewiedergabe(path: string, options: EvalOptions): EvalReport {
  const dir = existsSync(join(path, 'tsv')) ? join(path, 'tsv') : path;
  const files = readdirSync(dir)
    .filter((f) => /^rwk_(mkhz|grenz|digbib)_.*\.tsv$/.test(f))
    .sort()
    .slice(0, options.limit ?? Infinity);
  const lines: string[] = [];
  const bySource = new Map<string, { marked: number; found: number; speakerGold: number; speakerRight: number; predDirect: number; predHit: number; indirect: number; indirectFound: number }>();
  for (const f of files) {
    const source = f.split('_')[1];
    const st = bySource.get(source) ?? { marked: 0, found: 0, speakerGold: 0, speakerRight: 0, predDirect: 0, predHit: 0, indirect: 0, indirectFound: 0 };
    bySource.set(source, st);
    const { doc, instances, marked } = readRwSample(join(dir, f));
    const quotes = findQuotes(doc).filter((q) => q.kind !== 'fragment');
    const qTok = quotes.map((q) => tokensIn(doc, q.start, q.end));
    const qSpk = quotes.map((q) => (q.speakerMention ? tokensIn(doc, q.speakerMention.start, q.speakerMention.end) : []));
    const directQuoteIdx = quotes.map((q, k) => (q.kind === 'direct' && q.marks !== false ? k : -1)).filter((k) => k >= 0);
    st.predDirect += directQuoteIdx.length;
    for (const k of directQuoteIdx) if (instances.some((x, xi) => marked.has(xi) && overlaps(x.tokens, qTok[k]))) st.predHit++;
    instances.forEach((x, xi) => {
      if (marked.has(xi)) {
        st.marked++;
        const k = qTok.findIndex((t) => overlaps(t, x.tokens));
        if (k < 0) return;
        st.found++;
        if (x.speaker.length) {
          st.speakerGold++;
          if (overlaps(qSpk[k], x.speaker)) st.speakerRight++;
        }
      } else if (x.type === 'indirect') {
        st.indirect++;
        if (qTok.some((t) => overlaps(t, x.tokens))) st.indirectFound++;
      }
    });
  }
  const tot = { marked: 0, found: 0, speakerGold: 0, speakerRight: 0, predDirect: 0, predHit: 0, indirect: 0, indirectFound: 0 };
  for (const [source, st] of [...bySource.entries()].sort()) {
    for (const k of Object.keys(tot) as (keyof typeof tot)[]) tot[k] += st[k];
    lines.push(
      `${source}: marked direct quotes ${st.marked}, found ${st.found} (recall ${round(st.found / (st.marked || 1))}); predicted direct ${st.predDirect}, on a gold direct quote ${st.predHit} (precision ${round(st.predHit / (st.predDirect || 1))}); speaker mention overlaps gold speaker ${st.speakerRight}/${st.speakerGold} (${round(st.speakerRight / (st.speakerGold || 1))}); indirect found ${st.indirectFound}/${st.indirect}`,
    );
  }
  const p = tot.predHit / (tot.predDirect || 1);
  const r = tot.found / (tot.marked || 1);
  lines.unshift(`REDEWIEDERGABE (${files.length} samples, historical German 1840–1919): direct speech enclosed in quote marks, news pipeline rules (no entities)`);
  return {
    lines,
    summary: {
      task: 'quotes',
      n: files.length,
      precision: round(p),
      recall: round(r),
      f1: round(p + r ? (2 * p * r) / (p + r) : 0),
      directRecall: round(r),
      speakerMentionAccuracy: round(tot.speakerRight / (tot.speakerGold || 1)),
      indirectRecall: round(tot.indirectFound / (tot.indirect || 1)),
    },
  };
}

// ---------------- entry ----------------

export function evalQuotes(path: string, options: EvalOptions = {}): EvalReport {
  const st = statSync(path);
  if (st.isDirectory() && (existsSync(join(path, 'tsv')) || readdirSync(path).some((f) => f.startsWith('rwk_')))) return evalRedewiedergabe(path, options);
  if (st.isFile() || readdirSync(path).some((f) => f.endsWith('.jsonl'))) return evalNewsGold(path, options);
  if (existsSync(join(path, 'attributions'))) return evalPolNeAR(path, options);
  if (existsSync(join(path, 'train')) && !readdirSync(path).some((f) => f.endsWith('.json'))) return evalSpkAtt(join(path, 'train'), options);
  return evalSpkAtt(path, options);
}
