/**
 * Is an unmarked sentence direct speech? A small logistic regression over the sentence's own words,
 * self-supervised: German text that kept its quote marks (GermEval 2014 train) labels itself — the words
 * inside „…“ / "…" / »…« are a speaker's, whole sentences without marks are narration. The marks are
 * stripped before the features are taken, so the model sees what 10kGNAD shows (it lost its marks).
 * Trained by `npm run train:quotes` (models/quotes/speech.json). The model knows nothing of context: the
 * extractor uses it only next to an attributed statement, where the question is "more of the same
 * speaker's words, or narration again?".
 */
import { modelPath } from '../util/paths.ts';
import { modelFile } from '../util/model-file.ts';
// \p{…} regexps as module constants: tsx rewrites such a literal into a `new RegExp()` on every evaluation.
const LOWER_START = /^\p{Ll}/u;

export const SPEECH_MODEL = modelPath('quotes', 'speech.json');

export interface SpeechModel {
  version: string;
  source: string;
  bias: number;
  weights: Record<string, number>;
}

/** One unit to classify: its tokens (marks removed) and which tokens are part of a person's name. */
export interface SpeechUnit {
  words: string[];
  person: boolean[];
}

const FIRST = new Set(['ich', 'mich', 'mir', 'mein', 'meine', 'meinem', 'meinen', 'meiner', 'meines', 'wir', 'uns', 'unser', 'unsere', 'unserem', 'unseren', 'unserer', 'unseres']);
const SECOND = new Set(['du', 'dich', 'dir', 'dein', 'deine', 'deinem', 'deinen', 'deiner', 'euch', 'euer', 'eure', 'eurem', 'euren', 'eurer']);
const PARTICLES = new Set(['doch', 'ja', 'halt', 'eben', 'eh', 'mal', 'wohl', 'schon', 'eigentlich', 'einfach', 'überhaupt', 'bloß', 'nur', 'natürlich', 'freilich', 'jedenfalls', 'nein', 'gar', 'ganz', 'sehr', 'wirklich']);
const PAST_AUX = new Set(['war', 'waren', 'wurde', 'wurden', 'hatte', 'hatten', 'worden', 'gab', 'kam', 'ging', 'stand', 'lag', 'blieb']);
const PRESENT_AUX = new Set(['ist', 'sind', 'bin', 'bist', 'hat', 'haben', 'habe', 'wird', 'werden', 'kann', 'können', 'muss', 'müssen', 'will', 'wollen', 'soll', 'sollen', 'darf', 'dürfen', 'gibt', 'geht']);
const MONTHS = new Set(['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag']);
const PUNCT = /^[^\p{L}\p{N}]+$/u;

/** Receives the features of a unit, in a fixed order: classes by full name ("c:question"), words, the first word, suffixes. */
interface SpeechFeatureSink {
  cls(name: string): void;
  word(lower: string): void;
  first(lower: string): void;
  suffix(s: string): void;
}

/** The one definition of the speech features: training (speechFeatures) and the extractor (speechScoreUnit) both walk it. */
function walkSpeechFeatures(u: SpeechUnit, out: SpeechFeatureSink): void {
  const n = u.words.length;
  for (let i = 0; i < n; i++) {
    const w = u.words[i];
    const lw = w.toLowerCase();
    if (lw === '?') out.cls('c:question');
    else if (lw === '!') out.cls('c:exclaim');
    else if (lw === '–' || lw === '-' || lw === '—') out.cls(i <= 4 ? 'c:dash-early' : 'c:dash');
    else if (lw === '(' || lw === ')') out.cls('c:bracket');
    if (PUNCT.test(w)) continue;
    if (u.person[i]) {
      out.cls('c:person');
      continue;
    }
    if (/\d/.test(w)) {
      out.cls('c:number');
      continue;
    }
    out.word(lw);
    if (i === 0 || (i === 1 && PUNCT.test(u.words[0]))) out.first(lw);
    if (FIRST.has(lw)) out.cls('c:1st');
    if (SECOND.has(lw) || (w === 'Sie' && i > 0)) out.cls('c:2nd');
    if (PARTICLES.has(lw)) out.cls('c:particle');
    if (PAST_AUX.has(lw)) out.cls('c:past');
    if (PRESENT_AUX.has(lw)) out.cls('c:present');
    if (MONTHS.has(lw)) out.cls('c:date');
    // lower-case words: verb endings generalise over the vocabulary (-te/-ten past, -st/-t present)
    if (w === lw && lw.length > 4) out.suffix(lw.slice(-3));
  }
  // no length feature: marked spans are often clauses, the narration units whole sentences, so length
  // would learn that artefact rather than speech
}

/** Feature names of a unit (shared by training and the extractor; deterministic order). */
export function speechFeatures(u: SpeechUnit): string[] {
  const f = new Set<string>();
  walkSpeechFeatures(u, {
    cls: (name) => f.add(name),
    word: (lw) => f.add('w:' + lw),
    first: (lw) => f.add('first:' + lw),
    suffix: (x) => f.add('x:' + x),
  });
  return [...f];
}

const weightMaps = new WeakMap<SpeechModel, { source: Record<string, number>; map: Map<string, number> }>();

/** Each feature counts 1/sqrt(n): the score does not grow with the number of words (see trainSpeech). */
export function speechScore(model: SpeechModel, features: string[]): number {
  // a Map looks up faster than the JSON object of 3,500 keys (dictionary mode)
  let w = weightMaps.get(model);
  if (!w || w.source !== model.weights) weightMaps.set(model, (w = { source: model.weights, map: new Map(Object.entries(model.weights)) }));
  let z = 0;
  for (const f of features) z += w.map.get(f) ?? 0;
  z = model.bias + z / Math.sqrt(Math.max(1, features.length));
  return 1 / (1 + Math.exp(-z));
}

interface CompiledSpeech {
  source: Record<string, number>;
  /** weights of 'w:', 'first:', 'x:' features keyed by the word / suffix, and of the 'c:' classes by name */
  w: Map<string, number>;
  first: Map<string, number>;
  x: Map<string, number>;
  c: Map<string, number>;
}
const compiled = new WeakMap<SpeechModel, CompiledSpeech>();

function compile(model: SpeechModel): CompiledSpeech {
  let c = compiled.get(model);
  if (c && c.source === model.weights) return c;
  c = { source: model.weights, w: new Map(), first: new Map(), x: new Map(), c: new Map() };
  for (const [f, v] of Object.entries(model.weights)) {
    const k = f.indexOf(':');
    const ns = f.slice(0, k);
    const key = f.slice(k + 1);
    if (ns === 'w') c.w.set(key, v);
    else if (ns === 'first') c.first.set(key, v);
    else if (ns === 'x') c.x.set(key, v);
    else c.c.set(f, v);
  }
  compiled.set(model, c);
  return c;
}

/**
 * speechScore(model, speechFeatures(u)) without building the feature strings (the extractor's hot path):
 * the same features, each counted once, the same 1/sqrt(n) scaling.
 */
export function speechScoreUnit(model: SpeechModel, u: SpeechUnit): number {
  const m = compile(model);
  const classes = new Set<string>();
  const words = new Set<string>();
  const suffixes = new Set<string>();
  let first: string | null = null;
  walkSpeechFeatures(u, {
    cls: (name) => classes.add(name),
    word: (lw) => words.add(lw),
    first: (lw) => (first = lw),
    suffix: (x) => suffixes.add(x),
  });
  let z = 0;
  for (const f of classes) z += m.c.get(f) ?? 0;
  for (const f of words) z += m.w.get(f) ?? 0;
  for (const f of suffixes) z += m.x.get(f) ?? 0;
  if (first !== null) z += m.first.get(first) ?? 0;
  const count = classes.size + words.size + suffixes.size + (first !== null ? 1 : 0);
  z = model.bias + z / Math.sqrt(Math.max(1, count));
  return 1 / (1 + Math.exp(-z));
}

export interface SpeechExample {
  features: string[];
  speech: boolean;
}

export interface SpeechTrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  /** features seen fewer times are dropped (keeps the model small and general) */
  minCount?: number;
}

/**
 * Logistic regression by SGD in the given order, classes weighted to balance, weights averaged over all
 * steps; deterministic (no random order), rounded to 3 decimals, tiny weights dropped.
 */
export function trainSpeech(data: SpeechExample[], opts: SpeechTrainOptions = {}): { bias: number; weights: Record<string, number> } {
  const { epochs = 8, rate = 0.05, l2 = 1e-5, minCount = 3 } = opts;
  const counts = new Map<string, number>();
  for (const d of data) for (const f of d.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f: string) => (counts.get(f) ?? 0) >= minCount;
  const pos = data.filter((d) => d.speech).length;
  const neg = data.length - pos;
  const wPos = pos ? data.length / (2 * pos) : 1;
  const wNeg = neg ? data.length / (2 * neg) : 1;
  const w = new Map<string, number>();
  const sum = new Map<string, number>();
  let b = 0;
  let bSum = 0;
  const feats = data.map((d) => d.features.filter(keep));
  for (let e = 0; e < epochs; e++) {
    const lr = rate / (1 + e);
    for (let i = 0; i < data.length; i++) {
      const fs = feats[i];
      // the units with marks are short spans, the narration whole sentences: with raw counts the model
      // learns "many words = narration" and a high bias; scaled by 1/sqrt(n) it must learn the words
      const x = 1 / Math.sqrt(Math.max(1, data[i].features.length));
      let z = 0;
      for (const f of fs) z += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-(b + z * x)));
      const y = data[i].speech ? 1 : 0;
      const g = (p - y) * (y ? wPos : wNeg);
      for (const f of fs) {
        const old = w.get(f) ?? 0;
        w.set(f, old - lr * (g * x + l2 * old));
      }
      b -= lr * g;
    }
    // averaged over the epoch ends (cheap, deterministic, and steadier than the last weights)
    for (const [f, v] of w) sum.set(f, (sum.get(f) ?? 0) + v);
    bSum += b;
  }
  const weights: Record<string, number> = {};
  for (const f of [...sum.keys()].sort()) {
    const v = Math.round((sum.get(f)! / epochs) * 1000) / 1000;
    if (Math.abs(v) >= 0.01) weights[f] = v;
  }
  return { bias: Math.round((bSum / epochs) * 1000) / 1000, weights };
}

const speechFile = modelFile<SpeechModel>(SPEECH_MODEL, 'LAGEBILD_QUOTES_SPEECH');

/** The speech model: null when missing or LAGEBILD_QUOTES_SPEECH=off; LAGEBILD_QUOTES_SPEECH=path loads another. */
export function loadSpeechModel(): SpeechModel | null {
  return speechFile.load();
}

/** Replaces the loaded model (tests): null switches it off, undefined loads the file again. */
export function setSpeechModel(model: SpeechModel | null | undefined): void {
  speechFile.set(model);
}

const MARK_TOKENS = new Set(['„', '“', '”', '"', '»', '«', '‚', '‘', "''", '``']);

/**
 * Training units from GermEval-style sentences (tokens with BIOES/BIO tags): spans inside quote marks of
 * at least `minLen` words are speech (titles and scare quotes are shorter); sentences without any mark are
 * narration. Sentences with short marked spans only are left out (neither clearly).
 */
export function speechUnitsFromMarkedSentence(tokens: string[], tags: string[], minLen = 4): { unit: SpeechUnit; speech: boolean }[] {
  const isPer = (t: string) => /PER$/.test(t) && !/deriv|part/.test(t);
  const marks = tokens.map((t) => MARK_TOKENS.has(t));
  if (!marks.some(Boolean)) return [{ unit: { words: tokens, person: tags.map(isPer) }, speech: false }];
  const out: { unit: SpeechUnit; speech: boolean }[] = [];
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!marks[i]) continue;
    // „ and » always open (a lost closing mark before them is a pairing slip, not a span)
    if (open < 0 || tokens[i] === '„' || tokens[i] === '»') {
      open = i;
      continue;
    }
    const words = tokens.slice(open + 1, i);
    const contentWords = words.filter((w) => !PUNCT.test(w)).length;
    // a sentence-like span: enough words and a lower-case word (not just a capitalised title)
    if (contentWords >= minLen && words.some((w) => LOWER_START.test(w))) out.push({ unit: { words, person: tags.slice(open + 1, i).map(isPer) }, speech: true });
    open = -1;
  }
  return out;
}
