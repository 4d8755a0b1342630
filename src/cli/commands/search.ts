import { DEFAULT_DB, Store } from '../../store/index.ts';
import { DB_OPTION, intOpt, parse, stringOpt, UsageError } from '../args.ts';
import type { Command } from '../command.ts';

export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search over stored articles',
  usage: `lagebild search <query> [--db FILE] [--lang de] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                 [--entity NAME|ID] [--event-type TYPE] [--modality M] [--limit N] [--offset N] [--json]`,
  async run(args) {
    const { values, positionals } = parse(args, {
      ...DB_OPTION,
      lang: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      entity: { type: 'string' },
      'event-type': { type: 'string' },
      modality: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length === 0) throw new UsageError('search needs a query');
    const store = new Store(stringOpt(values, 'db') ?? DEFAULT_DB);
    try {
      const result = store.search(positionals.join(' '), {
        lang: stringOpt(values, 'lang'),
        from: stringOpt(values, 'from'),
        to: stringOpt(values, 'to'),
        entity: stringOpt(values, 'entity'),
        eventType: stringOpt(values, 'event-type'),
        modality: stringOpt(values, 'modality'),
        limit: intOpt(values, 'limit', 20),
        offset: intOpt(values, 'offset', 0),
      });
      if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else {
        process.stdout.write(`${result.total} match${result.total === 1 ? '' : 'es'}\n`);
        for (const h of result.hits) {
          process.stdout.write(`${h.id}  ${h.published?.slice(0, 10) ?? '          '}  ${h.title ?? '(untitled)'}\n    ${h.snippet.replace(/\s+/g, ' ')}\n`);
        }
      }
      return 0;
    } finally {
      store.close();
    }
  },
};
