import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ingestAll, readInputs } from '../../ingest/index.ts';
import { Store } from '../../store/index.ts';
import { repoRoot } from '../../util/paths.ts';
import { parse } from '../args.ts';
import type { Command } from '../command.ts';
import { serve, SERVE_OPTIONS, serveSettings } from './serve.ts';

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
  summary: 'the main job: set up the SQLite database, ingest the bundled samples on first start, serve the web app',
  usage: `lagebild start [--db FILE] [--host 127.0.0.1] [--port 8077] [--require-token] [--no-serve]

Ingests the bundled sample articles into an empty database, prints what was found,
then serves the web app and API (see lagebild serve). --no-serve only prints.`,
  async run(args) {
    const { values } = parse(args, { ...SERVE_OPTIONS, 'no-serve': { type: 'boolean' } });
    const settings = serveSettings(values);
    const dbPath = settings.dbPath;
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
    } finally {
      store.close();
    }
    if (values['no-serve']) return 0;
    return serve(settings);
  },
};
