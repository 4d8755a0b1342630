import { readFileSync } from 'node:fs';
import { identifyLanguage } from '../lang/index.ts';
import { readGermEval, detokenize } from './germeval.ts';
import { round } from './metrics.ts';
import type { EvalOptions, EvalReport } from './report.ts';
import { sharedDataPath } from '../util/paths.ts';

/** Sentences of CoNLL-2003 (English), detokenised. */
function readConllSentences(path: string, limit: number): string[] {
  const out: string[] = [];
  let tokens: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (out.length >= limit) break;
    if (!line.trim() || line.startsWith('-DOCSTART-')) {
      if (tokens.length) out.push(detokenize(tokens).text);
      tokens = [];
      continue;
    }
    tokens.push(line.split(' ')[0]);
  }
  return out;
}

/**
 * Language identification accuracy on single sentences, German (GermEval 2014 dev) and
 * English (CoNLL-2003 valid), overall and for short sentences (< 60 characters), where the fallback works.
 * The path argument is the GermEval file; the English file is found beside it in ../shared/data.
 */
export function evalLang(path: string, options: EvalOptions = {}): EvalReport {
  const limit = options.limit ?? 2000;
  const items: Array<{ text: string; gold: string }> = [
    ...readGermEval(path, limit).map((s) => ({ text: detokenize(s.tokens).text, gold: 'de' })),
    ...readConllSentences(sharedDataPath('conll2003-en', 'valid.txt'), limit).map((text) => ({ text, gold: 'en' })),
  ];
  let correct = 0;
  let shortN = 0;
  let shortCorrect = 0;
  const byLang: Record<string, { n: number; correct: number }> = {};
  const t0 = performance.now();
  for (const item of items) {
    const ok = identifyLanguage(item.text).lang === item.gold;
    correct += ok ? 1 : 0;
    byLang[item.gold] ??= { n: 0, correct: 0 };
    byLang[item.gold].n++;
    byLang[item.gold].correct += ok ? 1 : 0;
    if (item.text.length < 60) {
      shortN++;
      shortCorrect += ok ? 1 : 0;
    }
  }
  const ms = performance.now() - t0;
  const accuracy = correct / items.length;
  return {
    lines: [
      `sentences: ${items.length} (${Object.entries(byLang).map(([l, v]) => `${l} ${v.n}: ${round(v.correct / v.n)}`).join(', ')})`,
      `accuracy ${round(accuracy)}; short sentences (< 60 chars, n=${shortN}): ${round(shortCorrect / Math.max(1, shortN))}`,
    ],
    summary: {
      task: 'lang',
      n: items.length,
      precision: round(accuracy),
      recall: round(accuracy),
      f1: round(accuracy),
      accuracy: round(accuracy),
      shortAccuracy: round(shortCorrect / Math.max(1, shortN)),
      sentencesPerSecond: Math.round((items.length / ms) * 1000),
    },
  };
}
