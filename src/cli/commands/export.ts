import { DEFAULT_DB, Store } from '../../store/index.ts';
import { DB_OPTION, parse, stringOpt, UsageError } from '../args.ts';
import type { Command } from '../command.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'export stored documents (JSONL: one document JSON a line)',
  usage: 'lagebild export --format jsonl [--db FILE]',
  async run(args) {
    const { values } = parse(args, { ...DB_OPTION, format: { type: 'string' } });
    const format = stringOpt(values, 'format') ?? 'jsonl';
    if (format !== 'jsonl') throw new UsageError(`unknown export format "${format}" (supported: jsonl)`);
    const store = new Store(stringOpt(values, 'db') ?? DEFAULT_DB);
    try {
      for (const doc of store.exportDocuments()) {
        if (!process.stdout.write(`${JSON.stringify(doc)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
      }
      return 0;
    } finally {
      store.close();
    }
  },
};
