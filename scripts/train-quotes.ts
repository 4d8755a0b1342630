/**
 * Learns the cue lexicon for the quotes stage from the SpkAtt-2023 training speeches:
 * for every lower-cased word form, how often it is (part of) an annotated cue and how often it occurs.
 * The held-out part (sorted speech index % 5 == 4) is never read here. The cue threshold for
 * `mode: 'all'` is chosen by 4-fold cross-validation over the remaining speeches (split by speech).
 *
 * English cue forms come from the PolNeAR train split (dev is never read here); their threshold is
 * chosen on half of train (fit on the other half).
 *
 *   npm run train:quotes            → models/quotes/cues.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { englishDoc, readPolNeAR, readSpkAtt, scorePolNeAR, scoreSpkAtt, type SpkAttSpeech } from '../src/eval/quotes.ts';
import type { CueModel } from '../src/quotes/index.ts';
import { CUE_MODEL } from '../src/quotes/index.ts';
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
