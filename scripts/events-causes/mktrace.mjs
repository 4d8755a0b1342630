// Writes tmp/tr/extract.ts and tmp/tr/selection.ts: src/events/extract.ts (the driver) and selection.ts (selectTriggers)
// with a TRACE of the triggers that survive each step (for misses.ts); the other modules are imported from src/events.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
const read = (f) => readFileSync(`src/events/${f}`, 'utf8').replace(/from '\.\.\//g, "from '../../src/").replace(/from '\.\/(?!extract\.ts|selection\.ts)/g, "from '../../src/events/");
const patch = (s, a, b) => { if (!s.includes(a)) throw new Error('missing ' + a); return s.replace(a, b); };
let d = read('extract.ts');
d = patch(d, "    const triggers = findTriggers(ctx);", "    TRS = s;\n    const triggers = findTriggers(ctx);\n    TR('lexicon', triggers.map((tr) => ({ tr })));");
d = patch(d, "    const selected = selectTriggers(ctx, found, ", "    TR('args', found);\n    const selected = selectTriggers(ctx, found, ");
d = patch(d, "    // (h/evconj) two events of one type kept apart", "    TR('final', selected);\n    // (h/evconj) two events of one type kept apart");
d += `\nlet TRS = -1;\nexport const TRACE: { s: number; stage: string; type: string; t0: number; lemma: string }[] = [];\nexport function TR(stage: string, xs: { tr: Trigger }[]): void { for (const x of xs) TRACE.push({ s: TRS, stage, type: x.tr.entry.type, t0: x.tr.t0, lemma: x.tr.entry.lemma }); }\n`;
let s = read('selection.ts');
s = patch(s, "import type { Arguments,", "import { TR } from './extract.ts';\nimport type { Arguments,");
s = patch(s, "  const live = found.filter(({ tr }) => !attributive(ctx, tr));", "  const live = found.filter(({ tr }) => !attributive(ctx, tr));\n  TR('attrib', live);");
s = patch(s, "  }).filter(({ tr, args }) => {", "  }).map((x) => (TR('nounfilt', [x]), x)).filter(({ tr, args }) => {");
s = patch(s, "  }).filter(({ tr }) => {", "  }).map((x) => (TR('habitual', [x]), x)).filter(({ tr }) => {");
s = patch(s, "  const out: { tr: Trigger; args: Arguments }[] = [];", "  TR('content', kept);\n  const out: { tr: Trigger; args: Arguments }[] = [];");
s = patch(s, "    if (sameEventClause(ctx, kept, x)) continue;", "    if (sameEventClause(ctx, kept, x)) continue;\n    TR('sameclause', [x]);");
mkdirSync('tmp/tr', { recursive: true });
writeFileSync('tmp/tr/extract.ts', d);
writeFileSync('tmp/tr/selection.ts', s);
