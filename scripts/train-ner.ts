/**
 * Trains the German NER model from GermEval 2014 train and writes models/ner/de-germeval.bin.gz.
 * Deterministic: fixed data order, fixed seed. Usage:
 *   npm run train:ner [-- --limit N --epochs E --out path --no-dev]
 * Experiment flags (the committed model uses none of them; docs/ner.md "CRF"): --seed N, --algo crf
 * with --eta0 --decay --l1 --l2 --average --crf-average-from E (average the steps from epoch E on), --prune W (drop weights below |W|), --bias-scale S (offset grid × S),
 * --corpora redewiedergabe,spkatt (unlabelled text used), --runs N (weights averaged over N data orders;
 * --dump-runs DIR writes each run's raw weights for scripts/exp-ner-avg.ts, --first-run I starts at seed + I),
 * --exp nameish (experimental feature groups, NER_EXPERIMENTS in src/ner/features.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readGermEval } from '../src/eval/germeval.ts';
import { round } from '../src/eval/metrics.ts';
import { buildClusters, buildLexicon, trainEntitySeqs, trainLabelFlags, unlabelledGerman } from '../src/ner/build-lexicon.ts';
import { NER_CONFIG, NER_MODEL_FILE, NER_VERSION } from '../src/ner/config.ts';
import { extractFeatures, FEATURE_SLOTS, NER_EXPERIMENTS } from '../src/ner/features.ts';
import { HashTable } from '../src/ner/hash.ts';
import { Lexicon } from '../src/ner/lexicon.ts';
import { loadModelFile, NerModel, saveModel } from '../src/ner/model.ts';
import { LABELS } from '../src/ner/labels.ts';
import { scoreSpans } from '../src/ner/score.ts';
import { trainCrf } from '../src/ner/crf.ts';
import { buildRows, trainPerceptron, type TrainingRows, tuneTypeOffsets } from '../src/ner/train.ts';
import { modelPath, sharedDataPath } from '../src/util/paths.ts';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const limit = Number(arg('limit') ?? Infinity);
const epochs = Number(arg('epochs') ?? NER_CONFIG.epochs);
const out = arg('out') ?? modelPath('ner', NER_MODEL_FILE);
const withDev = !args.includes('--no-dev');
const devEvery = args.includes('--dev-curve');
// experiment overrides (the committed model uses NER_CONFIG as it is)
if (arg('seed')) NER_CONFIG.seed = Number(arg('seed'));
if (arg('corpora')) NER_CONFIG.unlabelled = arg('corpora')!.split(',');
if (arg('runs')) NER_CONFIG.runs = Number(arg('runs'));
// experiments: each run's raw weights written to this folder (scripts/exp-ner-avg.ts combines them); runs
// start at this index (shuffle seed = seed + index), so that later calls add further data orders
const dumpDir = arg('dump-runs');
const firstRun = Number(arg('first-run') ?? 0);
for (const e of arg('exp')?.split(',') ?? []) NER_EXPERIMENTS.add(e);
const algo = arg('algo') ?? NER_CONFIG.trainer;
const C = NER_CONFIG.crf;
const crfOpt = {
  l1: Number(arg('l1') ?? C.l1),
  l2: Number(arg('l2') ?? C.l2),
  eta0: Number(arg('eta0') ?? C.eta0),
  decay: Number(arg('decay') ?? C.decay),
  average: args.includes('--average') || C.average,
  // experiment: the CRF's weight average over the steps from this epoch on (1 = all steps, the committed model)
  averageFrom: Number(arg('crf-average-from') ?? 1),
};
const crfEpochs = Number(arg('crf-epochs') ?? C.epochs);
const perceptronWeight = Number(arg('perceptron-weight') ?? C.perceptronWeight);
const prune = Number(arg('prune') ?? (algo === 'perceptron' ? 0 : C.prune));
const biasScale = Number(arg('bias-scale') ?? (algo === 'perceptron' ? 1 : NER_CONFIG.biasScale));
const log = (m: string) => console.error(`[train-ner ${(performance.now() / 1000).toFixed(1)}s] ${m}`);

const trainFile = sharedDataPath('germeval2014', 'train_bioes.train');
const devFile = sharedDataPath('germeval2014', 'NER-de-dev.tsv');
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

const train = readGermEval(trainFile, limit);
const trainTokens = train.reduce((a, s) => a + s.tokens.length, 0);
log(`train: ${train.length} sentences, ${trainTokens} tokens`);
const unlabelled = (function* () {
  for (const s of train) yield s.tokens;
  yield* unlabelledGerman(sharedDataPath(), NER_CONFIG.unlabelled);
})();
const lexB = buildLexicon({ unlabelled, minCityPopulation: NER_CONFIG.minCityPopulation }, log);
if (NER_CONFIG.clusters) {
  const corpus = (function* () {
    for (const s of train) yield s.tokens;
    yield* unlabelledGerman(sharedDataPath(), NER_CONFIG.unlabelled);
  })();
  lexB.clusters = buildClusters(corpus, { ...NER_CONFIG.clusters, seed: NER_CONFIG.seed }, log);
}
// labels-derived token flags: jackknifed for training (each fold sees flags from the others),
// from all of train for the model file
const folds = NER_CONFIG.jackknifeFolds;
if (folds > 0) {
  for (const [k, f] of trainLabelFlags(train)) lexB.flags.set(k, (lexB.flags.get(k) ?? 0) | f);
  if (NER_CONFIG.trainSeqs) lexB.tseqs = trainEntitySeqs(train);
}
const lexArrays = lexB.toArrays();
const lex = new Lexicon(lexArrays);
const foldTables: HashTable[] = [];
const foldSeqs: HashTable[] = [];
const table = (m: Map<number, number>) => HashTable.from(Uint32Array.from(m.keys()), Int32Array.from(m.values()));
for (let f = 0; f < folds; f++) {
  const others = train.filter((_, i) => i % folds !== f);
  foldTables.push(table(trainLabelFlags(others)));
  foldSeqs.push(table(NER_CONFIG.trainSeqs ? trainEntitySeqs(others) : new Map()));
}
const features = train.map((s, i) => {
  lex.trainFlags = folds > 0 ? foldTables[i % folds] : null;
  lex.trainSeqs = folds > 0 ? foldSeqs[i % folds] : null;
  return extractFeatures(s.tokens, lex, new Uint32Array(s.tokens.length * FEATURE_SLOTS));
});
lex.trainFlags = null;
lex.trainSeqs = null;
log(`features extracted (${FEATURE_SLOTS} slots per token)`);

const dev = withDev ? readGermEval(devFile) : [];
const evalDev = (m: NerModel) => {
  const pred = dev.map((s) => m.tag(s.tokens));
  return scoreSpans(
    dev.map((s) => s.tags),
    pred,
  );
};

// weight rows built once for every model trained below
let trainingRows: TrainingRows | undefined;
// several models over different data orders, weights averaged (runs: 1 = one model)
const trainOnce = (kind: 'crf' | 'perceptron') => {
  trainingRows ??= buildRows(features, train.map((s) => s.tags), NER_CONFIG.minCount, log);
  let weights: ReturnType<typeof trainPerceptron> | null = null;
  for (let r = firstRun; r < firstRun + NER_CONFIG.runs; r++) {
    const w = (kind === 'crf' ? trainCrf : trainPerceptron)(
      features,
      train.map((s) => s.tags),
      {
        ...crfOpt,
        epochs: kind === 'crf' ? crfEpochs : epochs,
        minCount: NER_CONFIG.minCount,
        seed: NER_CONFIG.seed + r,
        rows: trainingRows,
        log,
        onEpoch: devEvery
          ? (e, w) => {
              const m = NerModel.fromDense({} as never, w.rowKeys, w.weights, w.trans, lex);
              log(`${kind} epoch ${e} dev F1 ${round(evalDev(m).micro.f1)}`);
            }
          : undefined,
      },
    );
    if (dumpDir) {
      mkdirSync(dumpDir, { recursive: true });
      const seed = NER_CONFIG.seed + r;
      writeFileSync(`${dumpDir}/rowKeys.u32`, w.rowKeys);
      writeFileSync(`${dumpDir}/${kind}-${seed}.weights.f32`, w.weights);
      writeFileSync(`${dumpDir}/${kind}-${seed}.trans.f32`, w.trans);
      log(`dumped ${kind} run seed ${seed}`);
    }
    if (!weights) weights = w;
    else {
      for (let i = 0; i < w.weights.length; i++) weights.weights[i] += w.weights[i];
      for (let i = 0; i < w.trans.length; i++) weights.trans[i] += w.trans[i];
    }
  }
  if (!weights) throw new Error('no training runs');
  for (let i = 0; i < weights.weights.length; i++) weights.weights[i] /= NER_CONFIG.runs;
  for (let i = 0; i < weights.trans.length; i++) weights.trans[i] /= NER_CONFIG.runs;
  return weights;
};
let weights: ReturnType<typeof trainPerceptron>;
if (algo === 'crf+perceptron') {
  // CRF weights plus perceptronWeight × the perceptron's: one linear model over the same rows
  const p = trainOnce('perceptron');
  weights = trainOnce('crf');
  if (p.rowKeys.length !== weights.rowKeys.length || p.rowKeys.some((k, i) => k !== weights.rowKeys[i])) {
    throw new Error('perceptron and CRF rows differ');
  }
  for (let i = 0; i < weights.weights.length; i++) weights.weights[i] += perceptronWeight * p.weights[i];
  for (let i = 0; i < weights.trans.length; i++) weights.trans[i] += perceptronWeight * p.trans[i];
  log(`combined: CRF + ${perceptronWeight} x perceptron`);
} else if (algo === 'crf' || algo === 'perceptron') weights = trainOnce(algo);
else throw new Error(`unknown --algo ${algo}`);
if (prune > 0) {
  let kept = 0;
  for (let i = 0; i < weights.weights.length; i++) {
    if (Math.abs(weights.weights[i]) < prune) weights.weights[i] = 0;
    else kept++;
  }
  log(`pruned below ${prune}: ${kept} weights kept`);
}

const header = {
  version: NER_VERSION,
  trainingData: [{ file: 'germeval2014/train_bioes.train', sha256: sha(trainFile), sentences: train.length, tokens: trainTokens }],
  config: { ...NER_CONFIG, ...(NER_EXPERIMENTS.size ? { experiments: [...NER_EXPERIMENTS] } : {}), trainer: algo, epochs, limit: Number.isFinite(limit) ? limit : null, featureSlots: FEATURE_SLOTS },
};
// write once without dev scores, score the reloaded (quantised) model, then write with them
let saved = saveModel(out, header, weights.rowKeys, weights.weights, weights.trans, lexArrays);
if (withDev) {
  const m = loadModelFile(out);
  // precision/recall balance: one score offset per main type on B- labels, coordinate ascent on dev
  log(`dev F1 before bias tuning: ${round(evalDev(m).micro.f1)}`);
  tuneTypeOffsets(m, () => evalDev(m).micro.f1, NER_CONFIG.biasGrid, biasScale, (b, v, f) => log(`bias ${LABELS[b]} = ${v} (dev F1 ${round(f)})`));
  const s = evalDev(m);
  const labelBias = Array.from(m.labelBias);
  const dev = {
    file: 'germeval2014/NER-de-dev.tsv',
    sha256: sha(devFile),
    precision: round(s.micro.precision),
    recall: round(s.micro.recall),
    f1: round(s.micro.f1),
    perType: Object.fromEntries(Object.entries(s.perType).map(([t, p]) => [t, round(p.f1)])),
  };
  log(`dev: P ${dev.precision} R ${dev.recall} F1 ${dev.f1}`);
  log(`dev per type F1: ${JSON.stringify(dev.perType)}`);
  saved = saveModel(out, { ...header, dev, labelBias }, weights.rowKeys, weights.weights, weights.trans, lexArrays);
}
log(`wrote ${out}: ${(saved.bytes / 1e6).toFixed(2)} MB, ${saved.rows} weight rows`);
