import { toDocumentJSON } from '../../doc/index.ts';
import { normalizeDate, readInputs } from '../../ingest/index.ts';
import { analyze } from '../../pipeline/index.ts';
import { intOpt, parse, stringOpt, UsageError } from '../args.ts';
import type { Command } from '../command.ts';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'print the document JSON of an article without storing it',
  usage: `lagebild analyze <file|-> [--json] [--published YYYY-MM-DD] [--max-bytes N]

Prints one lagebild/document@1 JSON object per article (--json: compact, one a line;
default: indented).`,
  async run(args) {
    const { values, positionals } = parse(args, { json: { type: 'boolean' }, published: { type: 'string' }, 'max-bytes': { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('analyze takes exactly one file, or - for stdin');
    const publishedArg = stringOpt(values, 'published');
    const published = publishedArg ? normalizeDate(publishedArg) : null;
    if (publishedArg && !published) throw new UsageError(`--published must be a date such as 2024-04-09, got "${publishedArg}"`);
    let ok = 0;
    let failed = 0;
    for await (const r of readInputs(positionals, { maxBytes: intOpt(values, 'max-bytes', 5 * 1024 * 1024) })) {
      if (!r.ok) {
        process.stderr.write(`error: ${r.failure.error}\n`);
        failed++;
        continue;
      }
      const meta = { ...r.article.meta, ...(published ? { published } : {}) };
      const doc = analyze(r.article.text, meta);
      const json = toDocumentJSON(doc);
      process.stdout.write(values.json ? `${JSON.stringify(json)}\n` : `${JSON.stringify(json, null, 2)}\n`);
      ok++;
    }
    return ok === 0 && failed > 0 ? 1 : 0;
  },
};
