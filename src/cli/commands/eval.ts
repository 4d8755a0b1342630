import { isAbsolute, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { EVAL_TASKS } from '../../eval/index.ts';
import { sharedDataPath } from '../../util/paths.ts';
import { intOpt, parse, UsageError } from '../args.ts';
import type { Command } from '../command.ts';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score a stage against gold data; the last line is a JSON summary',
  usage: `lagebild eval <task> [path] [--limit N]
lagebild eval all

Tasks: ${Object.keys(EVAL_TASKS).join(', ')}. Without a path, a task reads its default gold data
from ../shared/data. Prints metrics, then one JSON line {"task","n","precision","recall","f1",…}.`,
  async run(args) {
    const { values, positionals } = parse(args, { limit: { type: 'string' } });
    const [task, path] = positionals;
    if (!task) throw new UsageError('eval needs a task');
    const limit = intOpt(values, 'limit', 0) || undefined;
    const tasks = task === 'all' ? Object.keys(EVAL_TASKS) : [task];
    for (const name of tasks) {
      const entry = EVAL_TASKS[name];
      if (!entry) throw new UsageError(`unknown eval task "${name}" (known: ${Object.keys(EVAL_TASKS).join(', ')})`);
      const paths = path && task !== 'all' ? [isAbsolute(path) ? path : resolve(path)] : entry.defaultPaths.map((p) => (isAbsolute(p) ? p : sharedDataPath(p)));
      for (const p of paths) {
        if (!existsSync(p)) {
          process.stderr.write(`error: ${p}: no such file or directory\n`);
          return 1;
        }
        const report = await entry.run(p, { limit });
        process.stdout.write(`# ${name} ${p}\n`);
        for (const line of report.lines) process.stdout.write(`${line}\n`);
        process.stdout.write(`${JSON.stringify(report.summary)}\n`);
      }
    }
    return 0;
  },
};
