import { ENTITIES_USAGE, entitiesCommand } from '../../entities/cli.ts';
import { DEFAULT_DB } from '../../store/index.ts';
import { UsageError } from '../args.ts';
import type { Command } from '../command.ts';

/** Takes `--db FILE` / `--db=FILE` out of the arguments; the rest belongs to the subcommand. */
function splitDb(args: string[]): { db: string; rest: string[] } {
  const rest: string[] = [];
  let db = DEFAULT_DB;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--db') {
      if (i + 1 >= args.length) throw new UsageError('--db needs a file');
      db = args[++i];
    } else if (a.startsWith('--db=')) db = a.slice(5);
    else rest.push(a);
  }
  return { db, rest };
}

export const entitiesCliCommand: Command = {
  name: 'entities',
  summary: 'list, show, merge, split and import entities of the cross-document registry',
  usage: `${ENTITIES_USAGE}\n(all take --db FILE, default ./lagebild.db)`,
  async run(args) {
    const { db, rest } = splitDb(args);
    try {
      return await entitiesCommand(rest, db);
    } catch (e) {
      if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError((e as Error).message);
      throw e;
    }
  },
};
