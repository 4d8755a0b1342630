import { ingestAll, normalizeDate, readInputs, type IngestItem } from '../../ingest/index.ts';
import { DEFAULT_DB, Store } from '../../store/index.ts';
import { DB_OPTION, intOpt, parse, stringOpt, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { Progress } from '../progress.ts';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'analyse and store articles (text, HTML, JSONL, RSS/Atom; files, directories or - for stdin)',
  usage: `lagebild ingest <paths…|-> [--db FILE] [--published YYYY-MM-DD] [--max-bytes N] [--format text|html|jsonl|feed] [--json]

Stores every readable article (one transaction each) and prints a summary of stored,
duplicate and failed inputs with reasons. Exits non-zero only when nothing could be
stored, or on usage errors.`,
  async run(args) {
    const { values, positionals } = parse(args, {
      ...DB_OPTION,
      published: { type: 'string' },
      'max-bytes': { type: 'string' },
      format: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length === 0) throw new UsageError('ingest needs at least one path, or - for stdin');
    const publishedArg = stringOpt(values, 'published');
    const published = publishedArg ? normalizeDate(publishedArg) : null;
    if (publishedArg && !published) throw new UsageError(`--published must be a date such as 2024-04-09, got "${publishedArg}"`);
    const format = stringOpt(values, 'format');
    if (format && !['text', 'html', 'jsonl', 'feed'].includes(format)) throw new UsageError(`--format must be text, html, jsonl or feed`);
    const store = new Store(stringOpt(values, 'db') ?? DEFAULT_DB);
    const progress = new Progress('ingest');
    try {
      const summary = await ingestAll(
        store,
        readInputs(positionals, { maxBytes: intOpt(values, 'max-bytes', 5 * 1024 * 1024), format: format as never }),
        { published, onItem: (item: IngestItem, i: number) => progress.update(i + 1, undefined, item.name) },
      );
      progress.done();
      if (values.json) {
        process.stdout.write(`${JSON.stringify(summary)}\n`);
      } else {
        for (const item of summary.items) {
          if (item.status === 'failed') process.stderr.write(`failed: ${item.error}\n`);
          else if (item.nearDuplicateOf) process.stdout.write(`stored ${item.id} ${item.name} (same story as ${item.nearDuplicateOf})\n`);
          else process.stdout.write(`${item.status} ${item.id} ${item.name}\n`);
        }
        process.stdout.write(
          `${summary.stored} stored (${summary.nearDuplicates} linked to an earlier story), ${summary.duplicates} duplicate, ${summary.failed} failed\n`,
        );
      }
      return summary.stored + summary.duplicates === 0 ? 1 : 0;
    } finally {
      store.close();
    }
  },
};
