import { runBench } from '../../bench/index.ts';
import { intOpt, parse, stringOpt } from '../args.ts';
import type { Command } from '../command.ts';

export const benchCommand: Command = {
  name: 'bench',
  summary: 'measure pipeline speed and memory over 10kGNAD (one JSON line)',
  usage: 'lagebild bench [--path 10kgnad.csv] [--limit N] [--warmup-tokens N (default 1000000; 0: none)] [--batch N (default 32; 1: one document at a time)]',
  async run(args) {
    const { values } = parse(args, { path: { type: 'string' }, limit: { type: 'string' }, 'warmup-tokens': { type: 'string' }, batch: { type: 'string' } });
    const result = runBench({
      path: stringOpt(values, 'path'),
      limit: intOpt(values, 'limit', 0) || undefined,
      warmupTokens: values['warmup-tokens'] === undefined ? undefined : intOpt(values, 'warmup-tokens', 0),
      batch: intOpt(values, 'batch', 0) || undefined,
    });
    process.stderr.write(
      `start-up ${result.startupMs} ms, warm-up ${result.warmupTokens} tokens of other text, batches of ${result.batch}; ` +
        `${result.articles} articles, ${result.tokens} tokens: ${result.tokensPerSecond} tokens/s (${result.tokensPerCpuSecond} per CPU-second), ${result.articlesPerSecond} articles/s; ` +
        `store ${result.storeArticlesPerSecond} articles/s; peak RSS ${result.peakRssMB} MB; ${result.cores} core(s)\n` +
        `stage ms: ${JSON.stringify(result.stageMs)}\n` +
        `one long document (${result.longDocument.tokens} tokens): ${result.longDocument.tokensPerSecond} tokens/s, stage ms ${JSON.stringify(result.longDocument.stageMs)}\n`,
    );
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  },
};
