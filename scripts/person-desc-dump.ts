// Every person description the entities stage links (mentions of form 'desc' of PER entities) in the unannotated
// 10kGNAD test rows >= 500 (the blind rows skipped), one a line with its sentence and the sentence before, for diffing
// two versions: node --import tsx scripts/person-desc-dump.ts <out> [--open]. With --open, also every definite person
// noun phrase ("der Mann", "die 45-Jährige", "den Verdächtigen", "der Politiker") that no entity mention covers.
import { writeFileSync } from 'node:fs';
import { analyze } from '../src/pipeline/index.ts';
import { unseenRows } from './unseen-rows.ts';
const [out] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const open = process.argv.includes('--open');
const PERSON_NP = /(?<![\p{L}\d-])(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]es|[Dd]em|[Dd]en|[Vv]om|[Zz]um|[Bb]eim)\s+(?:\p{Ll}+\s+){0,2}(?:\d{1,3}-Jährigen?|(?=\p{Lu})\p{L}*(?:-\p{Lu}\p{Ll}*)?)(?![\p{L}\d-])/gu;
const PERSON_HEAD = /(?:mann|mannes|frau|verdächtige[nr]?|angeklagte[nr]?|beschuldigte[nr]?|täter|täters|täterin|opfer|opfers|politiker|politikers|politikerin|demokrat|demokraten|demokratin|präsident|präsidenten|präsidentin|chef|chefs|chefin|minister|ministers|ministerin|festgenommene[nr]?|getötete[nr]?|schütze|schützen|angreifer|angreifers|fahrer|lenker|lenkerin|fahrerin|sozialist|sozialisten|konservative[nr]?|populist|populisten|jährige[rn]?)$/i;
const lines: string[] = [];
for (const a of unseenRows()) {
  const doc = analyze(a.text, { lang: 'de' });
  const sentOf = (o: number) => doc.sentences.findIndex((s) => s.start <= o && o < s.end);
  const sent = (i: number) => (i >= 0 ? doc.text.slice(doc.sentences[i].start, doc.sentences[i].end).replace(/\s+/g, ' ').slice(0, 220) : '');
  const covered: Array<[number, number]> = [];
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      covered.push([m.start, m.end]);
      if (e.type === 'PER' && (m.form as string) === 'desc') {
        const s = sentOf(m.start);
        lines.push(`${a.row} s${s} LINK "${m.text}" -> ${e.name} | ${sent(s)} || prev: ${sent(s - 1)}`);
      }
    }
  }
  if (!open) continue;
  for (const x of doc.text.matchAll(PERSON_NP)) {
    if (!PERSON_HEAD.test(x[0])) continue;
    const st = x.index!, en = st + x[0].length;
    if (covered.some(([s, e]) => st < e && en > s)) continue;
    const s = sentOf(st);
    const persons = doc.entities.filter((e) => e.type === 'PER' && e.mentions.some((m) => m.start < st)).map((e) => `${e.name}/${(e as any).gender ?? '?'}/${(e.roles ?? []).map((r: any) => r.key ?? r.title).join(',')}/s${sentOf(e.mentions.filter((m) => m.start < st).slice(-1)[0].start)}x${e.mentions.length}`);
    lines.push(`${a.row} s${s} OPEN "${x[0]}" [${persons.join('; ')}] | ${sent(s)} || prev: ${sent(s - 1)}`);
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(lines.length, 'lines');
