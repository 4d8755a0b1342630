import { DEFAULT_DB, Store } from '../../store/index.ts';
import { DB_OPTION, parse, stringOpt, UsageError } from '../args.ts';
import type { Command } from '../command.ts';

export const showCommand: Command = {
  name: 'show',
  summary: 'print a stored document (JSON with all layers)',
  usage: 'lagebild show <id> [--db FILE] [--text]',
  async run(args) {
    const { values, positionals } = parse(args, { ...DB_OPTION, text: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError('show takes one document id');
    const store = new Store(stringOpt(values, 'db') ?? DEFAULT_DB);
    try {
      const doc = store.getDocument(positionals[0]);
      if (!doc) {
        process.stderr.write(`error: no document with id ${positionals[0]}\n`);
        return 1;
      }
      process.stdout.write(values.text ? `${doc.title ?? ''}\n\n${doc.text}\n` : `${JSON.stringify(doc, null, 2)}\n`);
      return 0;
    } finally {
      store.close();
    }
  },
};
