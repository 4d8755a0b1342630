import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ingestAll, readInputs } from '../../ingest/index.ts';
import { DEFAULT_DB, Store } from '../../store/index.ts';
import { repoRoot } from '../../util/paths.ts';
import { DB_OPTION, parse, stringOpt } from '../args.ts';
import type { Command } from '../command.ts';

export const SAMPLES_DIR = join(repoRoot, 'samples');

/** Ingests the bundled sample articles into an empty database. */
export async function ensureSamples(dbPath: string): Promise<number> {
  const store = new Store(dbPath);
  try {
    if (store.count() > 0 || !existsSync(SAMPLES_DIR)) return 0;
    const summary = await ingestAll(store, readInputs([SAMPLES_DIR]));
    return summary.stored;
  } finally {
    store.close();
  }
}

export const startCommand: Command = {
  name: 'start',
  summary: 'the main job: set up the SQLite database, ingest the bundled samples on first start, show the result',
  usage: 'lagebild start [--db FILE]',
  async run(args) {
    const { values } = parse(args, { ...DB_OPTION });
    const dbPath = stringOpt(values, 'db') ?? DEFAULT_DB;
    const stored = await ensureSamples(dbPath);
    if (stored) process.stdout.write(`ingested ${stored} sample article(s) into ${dbPath}\n`);
    const store = new Store(dbPath);
    try {
      for (const d of store.listDocuments({ limit: 20 })) {
        const doc = store.getDocument(d.id);
        if (!doc) continue;
        process.stdout.write(
          `${d.id}  ${d.lang ?? '??'}  ${d.title ?? doc.text.slice(0, 60)}…\n` +
            `  ${doc.sentences.length} sentences, ${doc.entities.length} entities, ${doc.quotes.length} quotes, ` +
            `${doc.times.length} times, ${doc.events.length} events; ${doc.removed.filter((r) => r.reason === 'repeated-passage').length} repeated passage(s) removed\n`,
        );
      }
      return 0;
    } finally {
      store.close();
    }
  },
};
