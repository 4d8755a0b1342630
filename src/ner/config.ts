/** Training configuration recorded in the model header; `npm run train:ner` uses exactly this. */
export const NER_VERSION = '1.0.0';

export const NER_CONFIG = {
  algorithm: 'structured averaged perceptron, first-order, Viterbi over valid BIO transitions',
  epochs: 10,
  minCount: Number(process.env.NER_MINCOUNT ?? 2),
  seed: 20140901,
  minCityPopulation: 15000,
  clusters: process.env.NER_NOCLUSTERS ? null : { k: Number(process.env.NER_K ?? 256), coarse: Number(process.env.NER_KC ?? 64), minFreq: 3, contextWords: 1000, iterations: 8 },
};

export const NER_MODEL_FILE = 'de-germeval.bin.gz';
