import { runBench } from '../../bench/index.ts';
import { intOpt, parse, stringOpt } from '../args.ts';
import type { Command } from '../command.ts';

export const benchCommand: Command = {
  name: 'bench',
  summary: 'measure pipeline speed and memory over 10kGNAD (one JSON line)',
  usage: 'lagebild bench [--path 10kgnad.csv] [--limit N]',
  async run(args) {
    const { values } = parse(args, { path: { type: 'string' }, limit: { type: 'string' } });
    const result = runBench({ path: stringOpt(values, 'path'), limit: intOpt(values, 'limit', 0) || undefined });
    process.stderr.write(
      `${result.articles} articles, ${result.tokens} tokens: ${result.tokensPerSecond} tokens/s (${result.tokensPerCpuSecond} per CPU-second), ${result.articlesPerSecond} articles/s; ` +
        `store ${result.storeArticlesPerSecond} articles/s; peak RSS ${result.peakRssMB} MB\n` +
        `stage ms: ${JSON.stringify(result.stageMs)}\n` +
        `one long document (${result.longDocument.tokens} tokens): ${result.longDocument.tokensPerSecond} tokens/s, stage ms ${JSON.stringify(result.longDocument.stageMs)}\n`,
    );
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  },
};
