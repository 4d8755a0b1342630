// Writes tmp/tr/extract.ts: src/events/extract.ts with a TRACE of the triggers that survive each step (for misses.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
let s = readFileSync('src/events/extract.ts', 'utf8');
s = s.replace(/from '\.\.\//g, "from '../../src/").replace(/from '\.\//g, "from '../../src/events/");
const rep = (a, b) => { if (!s.includes(a)) throw new Error('missing ' + a); s = s.replace(a, b); };
rep("  const live = found.filter(({ tr }) => !attributive(ctx, tr));", "  const live = found.filter(({ tr }) => !attributive(ctx, tr));\n  TR('attrib', live);");
rep("  }).filter(({ tr, args }) => {", "  }).map((x) => (TR('nounfilt', [x]), x)).filter(({ tr, args }) => {");
rep("  }).filter(({ tr }) => {", "  }).map((x) => (TR('habitual', [x]), x)).filter(({ tr }) => {");
rep("  const out: { tr: Trigger; args: Arguments }[] = [];", "  TR('content', kept);\n  const out: { tr: Trigger; args: Arguments }[] = [];");
rep("    if (sameEventClause(ctx, kept, x)) continue;", "    if (sameEventClause(ctx, kept, x)) continue;\n    TR('sameclause', [x]);");
rep("    const triggers = findTriggers(ctx);", "    TRS = s;\n    const triggers = findTriggers(ctx);\n    TR('lexicon', triggers.map((tr) => ({ tr })));");
rep("    const selected = selectTriggers(ctx, found);", "    TR('args', found);\n    const selected = selectTriggers(ctx, found);\n    TR('final', selected);");
s += `\nlet TRS = -1;\nexport const TRACE: { s: number; stage: string; type: string; t0: number; lemma: string }[] = [];\nfunction TR(stage: string, xs: { tr: Trigger }[]): void { for (const x of xs) TRACE.push({ s: TRS, stage, type: x.tr.entry.type, t0: x.tr.t0, lemma: x.tr.entry.lemma }); }\n`;
mkdirSync('tmp/tr', { recursive: true });
writeFileSync('tmp/tr/extract.ts', s);
