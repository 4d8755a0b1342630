import { segment } from '../segment/index.ts';
import { readGermEval, detokenize } from './germeval.ts';
import { compareSets, round } from './metrics.ts';
import type { EvalOptions, EvalReport } from './report.ts';

/** Sentences per synthetic running text. */
const CHUNK = 20;

/**
 * Sentence and token boundary F1 against GermEval 2014 tokenisation. Sentences are
 * detokenised and joined with a space into running texts of 20, so that sentence
 * boundaries must be found, not read off line breaks.
 */
export function evalSegment(path: string, options: EvalOptions = {}): EvalReport {
  const sentences = readGermEval(path, options.limit ?? Infinity);
  const goldTokens: string[] = [];
  const predTokens: string[] = [];
  const goldEnds: string[] = [];
  const predEnds: string[] = [];
  const baselineEnds: string[] = [];
  const intl = new Intl.Segmenter('de', { granularity: 'sentence' });
  let tokenCount = 0;
  let elapsed = 0;
  for (let c = 0; c < sentences.length; c += CHUNK) {
    let text = '';
    for (const [k, s] of sentences.slice(c, c + CHUNK).entries()) {
      if (k > 0) text += ' ';
      const d = detokenize(s.tokens);
      for (const [a, b] of d.offsets) goldTokens.push(`${c}:${text.length + a}:${text.length + b}`);
      tokenCount += s.tokens.length;
      text += d.text;
      goldEnds.push(`${c}:${text.length}`);
    }
    const t0 = performance.now();
    const result = segment(text);
    elapsed += performance.now() - t0;
    for (const t of result.tokens) predTokens.push(`${c}:${t.start}:${t.end}`);
    for (const s of result.sentences) predEnds.push(`${c}:${s.end}`);
    // Baseline: Intl.Segmenter alone (trailing white space trimmed from each segment).
    for (const seg of intl.segment(text)) baselineEnds.push(`${c}:${seg.index + seg.segment.trimEnd().length}`);
  }
  const sent = compareSets(goldEnds, predEnds);
  const tok = compareSets(goldTokens, predTokens);
  const baseline = compareSets(goldEnds, baselineEnds);
  const lines = [
    `sentences: ${sentences.length}, tokens: ${tokenCount}`,
    `sentence boundaries  P ${round(sent.precision)}  R ${round(sent.recall)}  F1 ${round(sent.f1)}`,
    `token boundaries     P ${round(tok.precision)}  R ${round(tok.recall)}  F1 ${round(tok.f1)}`,
    `baseline: Intl.Segmenter('de') sentence boundaries  P ${round(baseline.precision)}  R ${round(baseline.recall)}  F1 ${round(baseline.f1)}`,
  ];
  return {
    lines,
    summary: {
      task: 'segment',
      n: sentences.length,
      precision: round(sent.precision),
      recall: round(sent.recall),
      f1: round(sent.f1),
      sentenceF1: round(sent.f1),
      tokenPrecision: round(tok.precision),
      tokenRecall: round(tok.recall),
      tokenF1: round(tok.f1),
      intlSegmenterSentenceF1: round(baseline.f1),
      tokensPerSecond: Math.round((tokenCount / elapsed) * 1000),
    },
  };
}
