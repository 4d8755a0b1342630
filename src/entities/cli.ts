/**
 * `lagebild entities list|show|merge|split|import` over the store's entity registry.
 * Exported as `entitiesCommand(args, dbPath)`; the CLI wires it as a command.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Store } from '../store/index.ts';
import { getEntity, importRecords, listEntities, mergeEntities, parseImportCsv, splitEntity, type ImportRecord } from './registry.ts';

export const ENTITIES_USAGE = `lagebild entities list [--type PER|ORG|LOC|MISC] [--query TEXT] [--limit N] [--offset N] [--json]
lagebild entities show <id> [--json]
lagebild entities merge <into-id> <from-id>...      merge entities (aliases, roles, documents move)
lagebild entities split <id> <alias>... [--label L]  move aliases to a new entity
lagebild entities import <file.csv|file.json>       labels, aliases, Wikidata QIDs, countries
  CSV columns: id,type,label,aliases,wikidata,country (aliases separated by |)
  JSON: [{"id"?, "type"?, "label"?, "aliases"?: [...], "wikidata"?, "country"?}, ...]`;

function out(s: string): void {
  process.stdout.write(`${s}\n`);
}

/** Runs one `entities` subcommand against the database at `dbPath`; returns the exit code. */
export async function entitiesCommand(args: string[], dbPath: string): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      query: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      label: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (!sub || sub === 'help' || sub === '--help') {
    out(ENTITIES_USAGE);
    return sub ? 0 : 2;
  }
  const store = new Store(dbPath);
  const db = store.db;
  try {
    switch (sub) {
      case 'list': {
        const rows = listEntities(db, {
          type: values.type,
          query: values.query ?? (positionals.join(' ') || undefined),
          limit: values.limit ? Number(values.limit) : 50,
          offset: values.offset ? Number(values.offset) : 0,
        });
        if (values.json) out(JSON.stringify(rows));
        else {
          for (const r of rows) {
            out(`${r.id.padEnd(28)} ${r.type.padEnd(4)} ${r.label}${r.country ? ` [${r.country}]` : ''}${r.wikidata ? ` ${r.wikidata}` : ''}  docs ${r.doc_count}, mentions ${r.mention_count}, ${r.first_seen ?? '?'}…${r.last_seen ?? '?'}`);
          }
          if (!rows.length) out('no entities');
        }
        return 0;
      }
      case 'show': {
        if (!positionals[0]) throw new Error('show needs an entity id');
        const e = getEntity(db, positionals[0]);
        if (!e) {
          process.stderr.write(`unknown entity: ${positionals[0]}\n`);
          return 1;
        }
        if (values.json) out(JSON.stringify(e));
        else {
          out(`${e.id}  ${e.type}  ${e.label}${e.country ? ` [${e.country}]` : ''}${e.wikidata ? `  ${e.wikidata}` : ''}`);
          out(`  documents ${e.doc_count}, mentions ${e.mention_count}, seen ${e.first_seen ?? '?'} … ${e.last_seen ?? '?'}`);
          out(`  aliases: ${e.aliases.map((a) => `${a.alias} (${a.count}${a.source === 'user' ? ', user' : ''})`).join('; ')}`);
          for (const r of e.roles) out(`  role: ${r.title}${r.country ? ` [${r.country}]` : ''}  ×${r.count}  ${r.first_seen ?? '?'} … ${r.last_seen ?? '?'}`);
        }
        return 0;
      }
      case 'merge': {
        if (positionals.length < 2) throw new Error('merge needs <into-id> <from-id>...');
        const [into, ...from] = positionals;
        for (const f of from) mergeEntities(db, into, f);
        out(`merged ${from.join(', ')} into ${into}`);
        return 0;
      }
      case 'split': {
        if (positionals.length < 2) throw new Error('split needs <id> <alias>...');
        const [id, ...aliases] = positionals;
        const newId = splitEntity(db, id, aliases, values.label);
        out(`split ${aliases.join(', ')} from ${id} into ${newId}`);
        return 0;
      }
      case 'import': {
        if (!positionals[0]) throw new Error('import needs a CSV or JSON file');
        const text = readFileSync(positionals[0], 'utf8');
        const records: ImportRecord[] = /^\s*[[{]/.test(text)
          ? ((): ImportRecord[] => {
              const j = JSON.parse(text) as ImportRecord | ImportRecord[];
              return Array.isArray(j) ? j : [j];
            })()
          : parseImportCsv(text);
        const r = importRecords(db, records);
        out(`imported ${records.length} records: ${r.created} created, ${r.updated} updated, ${r.aliases} aliases`);
        return 0;
      }
      default:
        process.stderr.write(`unknown entities subcommand: ${sub}\n${ENTITIES_USAGE}\n`);
        return 2;
    }
  } catch (err) {
    process.stderr.write(`entities ${sub}: ${(err as Error).message}\n`);
    return 1;
  } finally {
    store.close();
  }
}
