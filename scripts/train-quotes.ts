/**
 * Learns the cue lexicon for the quotes stage from the SpkAtt-2023 training speeches:
 * for every lower-cased word form, how often it is (part of) an annotated cue and how often it occurs.
 * The held-out part (sorted speech index % 5 == 4) is never read here. The cue threshold for
 * `mode: 'all'` is chosen by 4-fold cross-validation over the remaining speeches (split by speech).
 *
 * English cue forms come from the PolNeAR train split (dev is never read here); their threshold is
 * chosen on half of train (fit on the other half).
 *
 * The speaker ranker (`src/quotes/ranker.ts`) is trained on the gold quotes of eval/gold/quotes (the
 * default pipeline's rule attributions matched to gold, candidates labelled by the scorer's name test).
 * Leave-one-file-out cross-validation first compares it with the rules on every file; the model re-ranks
 * only the quote kinds (direct / indirect) where the pooled cross-validated accuracy beats the rules.
 *
 * The sentence-sequence model (`src/quotes/sequence.ts`, an experiment that is not shipped) is trained on
 * the gold files too (sentences covered by gold direct quotes are speech), its features taken from the
 * rule output before the sequence step; a leave-one-file-out report of its sentence decisions comes first.
 *
 * The speech classifier (`src/quotes/speech.ts`) is self-supervised on GermEval 2014 (train): words inside
 * quote marks are speech, sentences without marks narration; the marks themselves are stripped. The
 * GermEval dev split only reports its accuracy.
 *
 *   npm run train:quotes                                → models/quotes/cues.json, speech.json and ranker.json
 *   npm run train:quotes -- --ranker                    → the ranker only
 *   npm run train:quotes -- --speech                    → the speech classifier only
 *   npm run train:quotes -- --sequence [--exclude test22] [--out tmp/seq.json]  → the sentence-sequence model
 *        (an experiment, not shipped: written to tmp/quotes-sequence.json unless --out says otherwise;
 *        --quotes adds the quote-level leave-one-file-out check with the pipeline)
 *   npm run train:quotes -- --ranker --exclude test21 --out tmp/ranker.json   (trained without a gold file)
 *   npm run train:quotes -- --cv [--marks] [--history tmp/hist-*.json] [--current-first-run test21]
 *        (cross-validation report only; --marks also scores the texts with quote marks restored)
 *   node --import tsx …/scripts/train-quotes.ts --dump-history out.json files…  (run inside an old checkout:
 *        the rule attributions of that code on gold files, for the blind-condition evaluation)
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { englishDoc, evalQuotes, readPolNeAR, readSpkAtt, scorePolNeAR, scoreSpkAtt, type SpkAttSpeech } from '../src/eval/quotes.ts';
import type { CueModel } from '../src/quotes/index.ts';
import { CUE_MODEL, RANKER_MODEL } from '../src/quotes/index.ts';
import { pick, trainRanker, type RankerModel } from '../src/quotes/ranker.ts';
import { setSpeechModel, SPEECH_MODEL, speechFeatures, speechScore, speechUnitsFromMarkedSentence, trainSpeech, type SpeechExample, type SpeechModel } from '../src/quotes/speech.ts';
import { goldInstances, matchGold, sequenceExamples, type FileCounts, type GoldInstance } from '../src/quotes/ranker-data.ts';
import { decodeSequence, SEQUENCE_MODEL, setSequenceModel, trainSequence, type SequenceExample, type SequenceModel } from '../src/quotes/sequence.ts';
import type { LearnedCues } from '../src/quotes/extract.ts';
import { sharedDataPath } from '../src/util/paths.ts';

const MIN_COUNT = 2;
const MIN_PRECISION = 0.08;

function count(speeches: SpkAttSpeech[]): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  for (const sp of speeches) {
    const cueTokens = new Set<string>();
    for (const a of sp.annotations) for (const t of a.Cue ?? []) cueTokens.add(t);
    sp.sentences.forEach((toks, si) => {
      toks.forEach((tok, ti) => {
        const f = tok.toLowerCase();
        let c = counts.get(f);
        if (!c) counts.set(f, (c = [0, 0]));
        c[1]++;
        if (cueTokens.has(`${si}:${ti}`)) c[0]++;
      });
    });
  }
  return counts;
}

function compact(counts: Map<string, [number, number]>): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const [f, [c, t]] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (c >= MIN_COUNT && c / t >= MIN_PRECISION && /\p{L}/u.test(f)) out[f] = [c, t];
  }
  return out;
}

function learned(forms: Record<string, [number, number]>, threshold: number, minCount = 1): LearnedCues {
  const m = new Map<string, number>();
  for (const [f, [c, t]] of Object.entries(forms)) if (c >= minCount) m.set(f, c / t);
  return { forms: m, threshold };
}

function trainCues(): void {
const dir = sharedDataPath('spkatt2023-debates', 'train');
const train = readSpkAtt(dir, 'train');
console.log(`training speeches: ${train.length} (held-out part not read)`);

// 4-fold cross-validation over the training speeches for the 'all' threshold
const thresholds = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
const totals = new Map<number, { cue: number; src: number; con: number }>();
for (let fold = 0; fold < 4; fold++) {
  const fit = train.filter((_, i) => i % 4 !== fold);
  const val = train.filter((_, i) => i % 4 === fold);
  const forms = compact(count(fit));
  for (const th of thresholds) {
    const r = scoreSpkAtt(val, learned(forms, th));
    const t = totals.get(th) ?? { cue: 0, src: 0, con: 0 };
    t.cue += r.overlap.cue.f1 / 4;
    t.src += r.overlap.source.f1 / 4;
    t.con += r.overlap.content.f1 / 4;
    totals.set(th, t);
  }
}
let best = thresholds[0];
let bestScore = -1;
for (const th of thresholds) {
  const t = totals.get(th)!;
  const score = (t.cue + t.src) / 2;
  console.log(`threshold ${th}: CV cue F1 ${t.cue.toFixed(4)}  source F1 ${t.src.toFixed(4)}  content F1 ${t.con.toFixed(4)}`);
  if (score > bestScore) {
    bestScore = score;
    best = th;
  }
}
const forms = compact(count(train));

// English: cue forms from the PolNeAR train split (our tokenizer; a token is a cue when it lies in a Cue span)
const enTrain = readPolNeAR(sharedDataPath('polnear', 'train'));
function countEn(arts: typeof enTrain): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  for (const { text, gold } of arts) {
    const cueChars = new Set<number>();
    for (const g of gold) for (const u of g.cue) cueChars.add(u);
    const doc = englishDoc(text);
    for (const t of doc.tokens) {
      const f = text.slice(t.start, t.end).toLowerCase();
      let c = counts.get(f);
      if (!c) counts.set(f, (c = [0, 0]));
      c[1]++;
      if (cueChars.has(t.start)) c[0]++;
    }
  }
  return counts;
}
const enThresholds = [0.2, 0.3, 0.4, 0.5, 0.6];
let bestEn = 0.5;
let bestEnScore = -1;
{
  const fit = enTrain.filter((_, i) => i % 2 === 0);
  const val = enTrain.filter((_, i) => i % 2 === 1).slice(0, 200);
  const formsFit = compact(countEn(fit));
  for (const th of enThresholds) {
    const r = scorePolNeAR(val, learned(formsFit, th, 2));
    const score = (r.overlap.cue.f1 + r.overlap.source.f1) / 2;
    console.log(`en threshold ${th}: cue F1 ${r.overlap.cue.f1.toFixed(4)}  source F1 ${r.overlap.source.f1.toFixed(4)}  content F1 ${r.overlap.content.f1.toFixed(4)}`);
    if (score > bestEnScore) {
      bestEnScore = score;
      bestEn = th;
    }
  }
}
const formsEn = compact(countEn(enTrain));
const model: CueModel = {
  version: '1',
  source: 'SpkAtt-2023 task 1 train, speeches with sorted index % 5 != 4',
  // news mode uses the hand lexicon only: debate cues ("Antrag", "beschlossen", "entschieden") are not reported speech in news
  thresholds: { all: best, news: 1.01, en: bestEn },
  minCount: { all: 1, news: 4, en: 2 },
  forms,
  formsEn,
};
mkdirSync(dirname(CUE_MODEL), { recursive: true });
writeFileSync(CUE_MODEL, JSON.stringify(model) + '\n');
console.log(`threshold (all) = ${best}, en = ${bestEn}; ${Object.keys(forms).length} German + ${Object.keys(formsEn).length} English forms written to ${CUE_MODEL}`);
}

// ---------------- speaker ranker ----------------

const GOLD_DIR = 'eval/gold/quotes';
/** Fixed hyper-parameters (not tuned on the cross-validation below). */
const RANKER_OPTS = { epochs: 20, rate: 0.2, l2: 1e-3 };
/** Sets whose first run was blind (annotated before the system saw them): test11–test21. */
const BLIND_SETS = /^test(1[1-9]|2\d)$/;

/**
 * Kinds the shipped model re-ranks, decided by the cross-validation (docs/quotes.md, Speaker ranker): on
 * direct quotes the ranker ties the rules on the files they were tuned on and beats them on the rules'
 * blind first-run output; on indirect quotes it loses on the tuned files and on test21, so those keep the rules.
 */
const RERANKED_KINDS = ['direct'];

const setName = (file: string) => basename(file).replace(/^10kgnad-/, '').replace(/\.jsonl$/, '');

interface Tally {
  n: number;
  rules: number;
  ranker: number;
}

function tally(): Tally {
  return { n: 0, rules: 0, ranker: 0 };
}

function pickRight(weights: Record<string, number>, d: GoldInstance): boolean {
  if (d.cands.length === 0) return false;
  const m: RankerModel = { version: '', source: '', kinds: [], weights };
  return d.right[pick(m, d.cands.map((features) => ({ rule: false, entity: null, pseudo: false, np: null, name: null, features })))];
}

/** Leave-one-file-out: train on the other files, score the file; the rules are scored on the same quotes. */
function crossValidate(
  data: GoldInstance[],
  counts: Map<string, FileCounts>,
  history: GoldInstance[],
  historyCounts: Map<string, FileCounts>,
  marked: { data: GoldInstance[]; counts: Map<string, FileCounts> } | null,
) {
  const per = new Map<string, { direct: Tally; indirect: Tally; hDirect: Tally; hIndirect: Tally; mDirect: Tally; mIndirect: Tally }>();
  for (const [file, c] of counts) {
    const set = setName(file);
    const w = trainRanker(
      data.filter((d) => d.file !== file),
      RANKER_OPTS,
    );
    const r = { direct: tally(), indirect: tally(), hDirect: tally(), hIndirect: tally(), mDirect: tally(), mIndirect: tally() };
    if (marked) {
      r.mDirect.n = marked.counts.get(file)!.direct;
      r.mIndirect.n = marked.counts.get(file)!.indirect;
      for (const d of marked.data.filter((x) => x.file === file)) {
        const t = d.direct ? r.mDirect : r.mIndirect;
        t.rules += +d.ruleRight;
        t.ranker += +pickRight(w, d);
      }
    }
    r.direct.n = c.direct;
    r.indirect.n = c.indirect;
    for (const d of data.filter((x) => x.file === file)) {
      const t = d.direct ? r.direct : r.indirect;
      t.rules += +d.ruleRight;
      t.ranker += +pickRight(w, d);
    }
    const hc = [...historyCounts].find(([f]) => setName(f) === set);
    if (hc) {
      r.hDirect.n = hc[1].direct;
      r.hIndirect.n = hc[1].indirect;
      for (const d of history.filter((x) => setName(x.file) === set)) {
        const t = d.direct ? r.hDirect : r.hIndirect;
        t.rules += +d.ruleRight;
        t.ranker += +pickRight(w, d);
      }
    }
    per.set(set, r);
  }
  return per;
}

function fmt(t: Tally): string {
  const a = (x: number) => (t.n ? (x / t.n).toFixed(4) : '-');
  return `rules ${t.rules}/${t.n} ${a(t.rules)}  ranker ${t.ranker}/${t.n} ${a(t.ranker)}`;
}

function addTo(acc: Tally, t: Tally): void {
  acc.n += t.n;
  acc.rules += t.rules;
  acc.ranker += t.ranker;
}

function readHistory(paths: string[]): { data: GoldInstance[]; counts: Map<string, FileCounts> } {
  const data: GoldInstance[] = [];
  const counts = new Map<string, FileCounts>();
  for (const p of paths) {
    const j = JSON.parse(readFileSync(p, 'utf8')) as { data: GoldInstance[]; counts: [string, FileCounts][] };
    data.push(...j.data);
    for (const [f, c] of j.counts) counts.set(f, c);
  }
  return { data, counts };
}

function trainRankerModel(args: string[]): void {
  const exclude = new Set<string>();
  const history: string[] = [];
  /** Sets whose first run was made with the current rules (their instances count in the blind condition too). */
  const firstRunNow = new Set<string>();
  let out = RANKER_MODEL;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--exclude') exclude.add(args[++i]);
    else if (args[i] === '--out') out = resolve(args[++i]);
    else if (args[i] === '--history') while (args[i + 1] && !args[i + 1].startsWith('--')) history.push(args[++i]);
    else if (args[i] === '--current-first-run') firstRunNow.add(args[++i]);
  }
  const files = readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(GOLD_DIR, f))
    .filter((f) => !exclude.has(setName(f)));
  const { data, counts } = goldInstances(files, sharedDataPath('10kgnad', 'test.csv'));
  const hist = readHistory(history);
  // --marks: the same files with quote marks restored around direct gold quotes (evaluation only)
  const marked = args.includes('--marks') ? goldInstances(files, sharedDataPath('10kgnad', 'test.csv'), true) : null;
  for (const [file, c] of counts) {
    if (!firstRunNow.has(setName(file))) continue;
    hist.data.push(...data.filter((d) => d.file === file));
    hist.counts.set(file, c);
  }
  console.log(`ranker: ${files.length} gold files, ${data.length} quotes found by the rules, mean ${(data.reduce((a, d) => a + d.cands.length, 0) / Math.max(1, data.length)).toFixed(2)} candidates`);
  const per = crossValidate(data, counts, hist.data, hist.counts, marked);
  const mPooled = { direct: tally(), indirect: tally() };
  const pooled = { direct: tally(), indirect: tally() };
  const blind = { direct: tally(), indirect: tally() };
  const hPooled = { direct: tally(), indirect: tally() };
  for (const [set, r] of per) {
    console.log(`  ${set.padEnd(7)} direct ${fmt(r.direct)} | indirect ${fmt(r.indirect)}${r.hDirect.n ? `  || first-run code: direct ${fmt(r.hDirect)} | indirect ${fmt(r.hIndirect)}` : ''}`);
    addTo(pooled.direct, r.direct);
    addTo(pooled.indirect, r.indirect);
    if (BLIND_SETS.test(set)) {
      addTo(blind.direct, r.direct);
      addTo(blind.indirect, r.indirect);
    }
    addTo(hPooled.direct, r.hDirect);
    addTo(hPooled.indirect, r.hIndirect);
    addTo(mPooled.direct, r.mDirect);
    addTo(mPooled.indirect, r.mIndirect);
  }
  console.log(`  pooled, all files:     direct ${fmt(pooled.direct)} | indirect ${fmt(pooled.indirect)}`);
  console.log(`  pooled, test11–test2x: direct ${fmt(blind.direct)} | indirect ${fmt(blind.indirect)}`);
  if (mPooled.direct.n) console.log(`  pooled, quote marks restored:  direct ${fmt(mPooled.direct)} | indirect ${fmt(mPooled.indirect)}`);
  if (hPooled.direct.n) console.log(`  pooled, first-run code (blind condition): direct ${fmt(hPooled.direct)} | indirect ${fmt(hPooled.indirect)}`);
  if (args.includes('--cv')) return;
  const model: RankerModel = {
    version: '1',
    source: `eval/gold/quotes: ${files.map(setName).join(', ')}; ${data.length} quotes; epochs ${RANKER_OPTS.epochs}, rate ${RANKER_OPTS.rate}, l2 ${RANKER_OPTS.l2}`,
    kinds: RERANKED_KINDS,
    weights: trainRanker(data, RANKER_OPTS),
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(model) + '\n');
  console.log(`ranker: kinds [${RERANKED_KINDS.join(', ')}], ${Object.keys(model.weights).length} weights written to ${out}`);
}

/** Run inside an old checkout (cwd): its rule attributions on the gold files, as ranker instances. */
async function dumpHistory(out: string, files: string[]): Promise<void> {
  const root = process.cwd();
  const { analyze } = await import(resolve(root, 'src/pipeline/index.ts'));
  const { readGnad } = await import(resolve(root, 'src/eval/gnad.ts'));
  const { speakerMatches } = await import(resolve(root, 'src/eval/quotes.ts'));
  const { QuoteContext } = await import(resolve(root, 'src/quotes/context.ts'));
  const { extractAttributions, learnedCues: oldLearned } = await import(resolve(root, 'src/quotes/index.ts'));
  const { candidateSets, candidateMentionText } = await import('../src/quotes/ranker.ts');
  const rows = (readGnad(sharedDataPath('10kgnad', 'test.csv'), 500) as { text: string }[]).map((r) => r.text);
  const learnedNews = oldLearned('news');
  const data: GoldInstance[] = [];
  const counts: [string, FileCounts][] = [];
  for (const file of files) {
    const gold = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    const c: FileCounts = { direct: 0, indirect: 0 };
    counts.push([file, c]);
    const rowsUsed = [...new Set<number>(gold.map((g: { row: number }) => g.row))].sort((x, y) => x - y);
    for (const row of rowsUsed) {
      const doc = analyze(rows[row], { lang: 'de' });
      const ctx = new QuoteContext(doc);
      const atts = extractAttributions(doc, { mode: 'news', learned: learnedNews });
      for (const a of atts) if (a.inheritedMention === undefined) a.inheritedMention = null;
      const sets = candidateSets(ctx, atts);
      matchGold(file, row, doc, ctx, atts, sets, gold.filter((x: { row: number }) => x.row === row), c, data, speakerMatches);
    }
  }
  writeFileSync(out, JSON.stringify({ data, counts }));
  console.log(`${out}: ${data.length} quotes found, rule speaker right for ${data.filter((d) => d.ruleRight).length}`);
}

/** GermEval sentences as [tokens, tags]: the BIOES train conversion ("token tag") or the official TSV ("i token tag tag"). */
function readGermEval(path: string): [string[], string[]][] {
  const out: [string[], string[]][] = [];
  let toks: string[] = [];
  let tags: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#\t')) continue;
    if (!line.trim()) {
      if (toks.length) out.push([toks, tags]);
      toks = [];
      tags = [];
      continue;
    }
    const parts = line.split(/[\t ]/);
    if (parts.length >= 4 && /^\d+$/.test(parts[0])) {
      toks.push(parts[1]);
      tags.push(parts[2]);
    } else {
      toks.push(parts[0]);
      tags.push(parts[1] ?? 'O');
    }
  }
  if (toks.length) out.push([toks, tags]);
  return out;
}

function speechExamples(path: string): SpeechExample[] {
  const data: SpeechExample[] = [];
  for (const [toks, tags] of readGermEval(path)) for (const u of speechUnitsFromMarkedSentence(toks, tags)) data.push({ features: speechFeatures(u.unit), speech: u.speech });
  return data;
}

const SPEECH_OPTS = { epochs: 8, rate: 0.05, l2: 1e-5, minCount: 10 };

function trainSpeechModel(): void {
  const trainPath = sharedDataPath('germeval2014', 'train_bioes.train');
  const train = speechExamples(trainPath);
  const dev = speechExamples(sharedDataPath('germeval2014', 'NER-de-dev.tsv'));
  const model: SpeechModel = {
    version: '1',
    source: `GermEval 2014 train (CC BY 4.0): ${train.filter((d) => d.speech).length} spans in quote marks (speech), ${train.filter((d) => !d.speech).length} sentences without marks (narration); epochs ${SPEECH_OPTS.epochs}, rate ${SPEECH_OPTS.rate}, l2 ${SPEECH_OPTS.l2}, min count ${SPEECH_OPTS.minCount}`,
    ...trainSpeech(train, SPEECH_OPTS),
  };
  // held-out report: accuracy per class at 0.5 on the GermEval dev split
  let tp = 0, tn = 0;
  const pos = dev.filter((d) => d.speech).length;
  for (const d of dev) {
    const p = speechScore(model, d.features) >= 0.5;
    if (p && d.speech) tp++;
    if (!p && !d.speech) tn++;
  }
  writeFileSync(SPEECH_MODEL, JSON.stringify(model) + '\n');
  setSpeechModel(model);
  console.log(`speech: ${train.length} training units, ${Object.keys(model.weights).length} weights written to ${SPEECH_MODEL}; GermEval dev: speech ${tp}/${pos}, narration ${tn}/${dev.length - pos} recognised`);
}

const SEQUENCE_EPOCHS = 10;

/**
 * Quote-level leave-one-file-out check of the sequence model: each gold file scored by the pipeline
 * without and with the model trained on the other files (direct quotes found, direct speakers right,
 * predicted quotes that match no gold quote).
 */
function sequenceQuoteCV(files: string[], byFile: Map<string, SequenceExample[]>): void {
  const num = (t: string, re: RegExp) => {
    const m = re.exec(t);
    return m ? [+m[1], +m[2]] : [0, 0];
  };
  const score = (f: string) => {
    const t = evalQuotes(f).lines.join('\n');
    const [found, n] = num(t, /direct:\s+found (\d+)\/(\d+)/);
    const [right] = num(t, /direct:.*speaker accuracy [\d.]+ \((\d+)\/(\d+)\)/);
    const [pred, matched] = num(t, /predicted non-fragment quotes in these articles: (\d+), matched to gold: (\d+)/);
    return { found, n, right, unmatched: pred - matched };
  };
  const tot = { n: 0, f0: 0, f1: 0, r0: 0, r1: 0, u0: 0, u1: 0 };
  for (const f of files) {
    const m: SequenceModel = { version: 'cv', source: 'cv', ...trainSequence(files.filter((g) => g !== f).flatMap((g) => byFile.get(g)!), SEQUENCE_EPOCHS) };
    setSequenceModel(null);
    const b = score(f);
    setSequenceModel(m);
    const w = score(f);
    setSequenceModel(null);
    console.log(`  ${setName(f).padEnd(7)} direct found ${b.found} -> ${w.found} of ${b.n}, speaker right ${b.right} -> ${w.right}, unmatched ${b.unmatched} -> ${w.unmatched}`);
    tot.n += b.n;
    tot.f0 += b.found;
    tot.f1 += w.found;
    tot.r0 += b.right;
    tot.r1 += w.right;
    tot.u0 += b.unmatched;
    tot.u1 += w.unmatched;
  }
  console.log(`sequence, quote-level leave-one-file-out: direct found ${tot.f0} -> ${tot.f1} of ${tot.n}, speaker right ${tot.r0} -> ${tot.r1}, unmatched ${tot.u0} -> ${tot.u1}`);
}

function trainSequenceModel(args: string[]): void {
  const exclude = new Set<string>();
  // not shipped (docs/quotes.md, Sentence-sequence model): written where asked, tmp/ by default
  let out = resolve('tmp/quotes-sequence.json');
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--exclude') exclude.add(args[++i]);
    else if (args[i] === '--out') out = resolve(args[++i]);
  }
  const files = readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(GOLD_DIR, f))
    .filter((f) => !exclude.has(setName(f)));
  // the features come from the rules' output before the sequence step
  setSequenceModel(null);
  const byFile = sequenceExamples(files, sharedDataPath('10kgnad', 'test.csv'));
  // leave-one-file-out report (sentence decisions; quote-level figures: docs/quotes.md)
  let tp = 0, fp = 0, fn = 0;
  for (const f of files) {
    const m = trainSequence(files.filter((g) => g !== f).flatMap((g) => byFile.get(g)!), SEQUENCE_EPOCHS);
    for (const ex of byFile.get(f)!) {
      const y = decodeSequence(m, ex.units);
      ex.labels.forEach((l, i) => {
        if (y[i] && l) tp++;
        else if (y[i]) fp++;
        else if (l) fn++;
      });
    }
  }
  if (args.includes('--quotes')) sequenceQuoteCV(files, byFile);
  const all = files.flatMap((f) => byFile.get(f)!);
  const sentences = all.reduce((a, e) => a + e.units.length, 0);
  const speech = all.reduce((a, e) => a + e.labels.reduce((x, l) => x + l, 0), 0);
  console.log(`sequence: ${files.length} gold files, ${all.length} articles without marks, ${sentences} sentences (${speech} speech); leave-one-file-out: speech sentences found ${tp}, missed ${fn}, false ${fp}`);
  const model: SequenceModel = {
    version: '1',
    source: `eval/gold/quotes: ${files.map(setName).join(', ')}; ${sentences} sentences, ${speech} speech; averaged structured perceptron, ${SEQUENCE_EPOCHS} epochs`,
    ...trainSequence(all, SEQUENCE_EPOCHS),
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(model) + '\n');
  setSequenceModel(out === SEQUENCE_MODEL ? model : undefined);
  console.log(`use: LAGEBILD_QUOTES_SEQUENCE=${out} npx lagebild eval quotes eval/gold/quotes`);
  console.log(`sequence: ${Object.keys(model.weights).length} emission and ${Object.keys(model.stay).length} transition weights written to ${out}`);
}

const argv = process.argv.slice(2);
if (argv[0] === '--dump-history') await dumpHistory(resolve(argv[1]), argv.slice(2).map((f) => resolve(f)));
else {
  const only = argv.includes('--ranker') || argv.includes('--cv') || argv.includes('--speech') || argv.includes('--sequence');
  if (!only) trainCues();
  // before the sequence model and the ranker: the extractor that produces their instances uses the speech model
  if (!only || argv.includes('--speech')) trainSpeechModel();
  // an experiment, not part of the shipped models (the extractor runs without it unless LAGEBILD_QUOTES_SEQUENCE names a file)
  if (argv.includes('--sequence')) trainSequenceModel(argv);
  if (!argv.includes('--speech') && !argv.includes('--sequence')) trainRankerModel(argv);
}
