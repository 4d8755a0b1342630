/**
 * Events scorer.
 *  - German gold (eval/gold/events/*.json, hand-annotated 10kGNAD articles): event type P/R/F1 matching
 *    by sentence + type; on matched pairs actor, recipient and modality accuracy; "planned shown as
 *    happened" (gold planned, predicted asserted/reported/historical) which must be 0.
 *  - PLOVER GSR (English, plover-gsr/PLOVER_GSR_CAMEO.shared.json): event type P/R/F1 per sentence.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../pipeline/index.ts';
import { sentenceAt, type Doc } from '../doc/index.ts';
import { readGnad } from './gnad.ts';
import { prf, round } from './metrics.ts';
import type { EvalOptions, EvalReport } from './report.ts';
import { sharedDataPath } from '../util/paths.ts';

interface GoldEvent {
  sentence: string;
  trigger: string;
  type: string;
  mode: string | null;
  modality: string;
  actors: string[];
  recipients: string[];
}

interface GoldFile {
  source: string;
  articles: { row: number; events: GoldEvent[] }[];
}

interface PredMention {
  sentence: number;
  type: string;
  mode: string | null;
  modality: string;
  actors: string[];
  recipients: string[];
  trigger: string;
}

function fold(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** All surface strings of an entity (name, canonical id, mention texts), folded. */
function entityStrings(doc: Doc, id: string): string[] {
  const e = doc.entities.find((x) => x.id === id);
  if (!e) return [];
  const out = new Set<string>([fold(e.name)]);
  if (typeof e.canonicalId === 'string') out.add(fold(e.canonicalId));
  if (typeof e.country === 'string') out.add(fold(e.country));
  for (const m of e.mentions) out.add(fold(m.text));
  return [...out].filter(Boolean);
}

/** Does a gold name ("Ban Ki Moon|Ban") match an entity? Alternatives, containment, shared long prefix. */
function nameMatches(gold: string, strings: string[]): boolean {
  for (const alt0 of gold.split('|')) {
    const alt = fold(alt0);
    if (!alt) continue;
    for (const s of strings) {
      if (s === alt) return true;
      if (alt.length >= 3 && (` ${s} `.includes(` ${alt} `) || ` ${alt} `.includes(` ${s} `)) && s.length >= 2) return true;
      if (alt.length >= 5 && s.startsWith(alt)) return true;
      if (s.length >= 5 && alt.startsWith(s)) return true;
    }
  }
  return false;
}

/** Strict set match: every gold name matched by a distinct predicted entity, and no extra predictions. */
function argsMatch(doc: Doc, gold: string[], pred: string[]): boolean {
  if (gold.length !== pred.length) return false;
  const used = new Set<number>();
  for (const g of gold) {
    const k = pred.findIndex((id, i) => !used.has(i) && nameMatches(g, entityStrings(doc, id)));
    if (k < 0) return false;
    used.add(k);
  }
  return true;
}

/** The sentence index of a gold event's sentence text in an analysed document (-1 when it is not found). */
export function locateSentence(doc: Doc, sentence: string): number {
  let i = doc.text.indexOf(sentence);
  if (i < 0) i = doc.text.indexOf(sentence.slice(0, 40));
  if (i < 0) {
    const norm = (s: string) => s.replace(/\s+/g, ' ');
    i = norm(doc.text).indexOf(norm(sentence).slice(0, 40));
  }
  if (i < 0) return -1;
  return sentenceAt(doc, i + Math.min(5, sentence.length - 1));
}

function mentionsOf(doc: Doc): PredMention[] {
  const out: PredMention[] = [];
  for (const e of doc.events) {
    const ms = (e.mentions as { sentence: number; modality?: string; trigger: { text: string } }[] | undefined) ?? [{ sentence: e.sentence, modality: e.modality, trigger: e.trigger }];
    for (const m of ms) {
      out.push({ sentence: m.sentence, type: e.type, mode: e.mode, modality: m.modality ?? e.modality, actors: e.actors, recipients: e.recipients, trigger: m.trigger.text });
    }
  }
  return out;
}

const HAPPENED = new Set(['asserted', 'reported', 'historical']);

function evalGerman(files: string[], options: EvalOptions): EvalReport {
  const gnadPath = sharedDataPath('10kgnad', 'test.csv');
  const articlesCsv = readGnad(gnadPath);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let matched = 0;
  let actorOk = 0;
  let recipientOk = 0;
  let modalityOk = 0;
  let modeN = 0;
  let modeOk = 0;
  let plannedAsHappened = 0;
  let plannedGold = 0;
  let nDocs = 0;
  let nGold = 0;
  const perType = new Map<string, { tp: number; fp: number; fn: number }>();
  const confusion = new Map<string, number>();
  const errors: string[] = [];
  const bump = (t: string, k: 'tp' | 'fp' | 'fn') => {
    const r = perType.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    r[k]++;
    perType.set(t, r);
  };
  let elapsed = 0;
  let tokens = 0;
  for (const file of files) {
    const gold = JSON.parse(readFileSync(file, 'utf8')) as GoldFile;
    for (const art of gold.articles.slice(0, options.limit ?? Infinity)) {
      nDocs++;
      const t0 = performance.now();
      const doc = analyze(articlesCsv[art.row].text, { lang: 'de' });
      elapsed += performance.now() - t0;
      tokens += doc.tokens.length;
      const preds = mentionsOf(doc);
      const usedPred = new Set<number>();
      const name = (ids: string[]) => ids.map((id) => doc.entities.find((e) => e.id === id)?.name ?? id).join('+') || '-';
      for (const g of art.events) {
        nGold++;
        if (g.modality === 'planned') plannedGold++;
        const s = locateSentence(doc, g.sentence);
        const cands = preds.map((p, i) => ({ p, i })).filter(({ p, i }) => !usedPred.has(i) && p.sentence === s && p.type === g.type);
        if (!cands.length) {
          fn++;
          bump(g.type, 'fn');
          errors.push(`  FN row ${art.row} s${s} ${g.type} "${g.trigger}" — ${g.sentence.slice(0, 90)}`);
          continue;
        }
        // prefer the prediction whose trigger matches, then whose actors match
        cands.sort((a, b) => score(b.p) - score(a.p));
        function score(p: PredMention): number {
          return (p.trigger === g.trigger ? 2 : 0) + (argsMatch(doc, g.actors, p.actors) ? 1 : 0);
        }
        const { p, i } = cands[0];
        usedPred.add(i);
        tp++;
        bump(g.type, 'tp');
        matched++;
        const aOk = argsMatch(doc, g.actors, p.actors);
        const rOk = argsMatch(doc, g.recipients, p.recipients);
        if (aOk) actorOk++;
        if (rOk) recipientOk++;
        if (p.modality === g.modality) modalityOk++;
        confusion.set(`${g.modality}->${p.modality}`, (confusion.get(`${g.modality}->${p.modality}`) ?? 0) + 1);
        if (g.mode) {
          modeN++;
          if (p.mode === g.mode) modeOk++;
        }
        if (g.modality === 'planned' && HAPPENED.has(p.modality)) plannedAsHappened++;
        if (!aOk || !rOk || p.modality !== g.modality) {
          errors.push(`  ~ row ${art.row} s${s} ${g.type} "${g.trigger}": actors gold [${g.actors.join('; ')}] pred [${name(p.actors)}]; recipients gold [${g.recipients.join('; ')}] pred [${name(p.recipients)}]; modality ${g.modality}/${p.modality}; wrong: ${[!aOk && 'actor', !rOk && 'recipient', p.modality !== g.modality && 'modality'].filter(Boolean).join(',')}`);
        }
      }
      preds.forEach((p, i) => {
        if (usedPred.has(i)) return;
        fp++;
        bump(p.type, 'fp');
        const sent = doc.sentences[p.sentence];
        errors.push(`  FP row ${art.row} s${p.sentence} ${p.type} "${p.trigger}" — ${doc.text.slice(sent.start, sent.end).slice(0, 90)}`);
      });
    }
  }
  const r = prf(tp, fp, fn);
  const acc = (x: number) => (matched ? round(x / matched) : 0);
  const lines = [
    `articles: ${nDocs}, gold events: ${nGold} (planned: ${plannedGold}), predicted mentions: ${tp + fp}`,
    `event type (sentence + type)  P ${round(r.precision)}  R ${round(r.recall)}  F1 ${round(r.f1)}`,
    `on ${matched} matched: actor acc ${acc(actorOk)}  recipient acc ${acc(recipientOk)}  modality acc ${acc(modalityOk)}  mode acc ${modeN ? round(modeOk / modeN) : 0} (${modeN})`,
    `planned shown as happened: ${plannedAsHappened}`,
    'per type:',
    ...[...perType.entries()].sort().map(([t, c]) => {
      const x = prf(c.tp, c.fp, c.fn);
      return `  ${t.padEnd(10)} tp ${c.tp} fp ${c.fp} fn ${c.fn}  F1 ${round(x.f1, 3)}`;
    }),
    `modality gold->pred: ${[...confusion.entries()].sort().map(([k, v]) => `${k} ${v}`).join(', ')}`,
  ];
  if (options.verbose || process.env.LAGEBILD_EVAL_VERBOSE) lines.push('errors:', ...errors);
  return {
    lines,
    summary: {
      task: 'events',
      n: nGold,
      precision: round(r.precision),
      recall: round(r.recall),
      f1: round(r.f1),
      actorAccuracy: acc(actorOk),
      recipientAccuracy: acc(recipientOk),
      modalityAccuracy: acc(modalityOk),
      modeAccuracy: modeN ? round(modeOk / modeN) : 0,
      plannedShownAsHappened: plannedAsHappened,
      matched,
      articles: nDocs,
      tokensPerSecond: elapsed ? Math.round((tokens / elapsed) * 1000) : 0,
    },
  };
}

/** PLOVER 0.5 names in the GSR → current names. */
const GSR_TYPE: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

function evalPlover(file: string, options: EvalOptions): EvalReport {
  const records = (JSON.parse(readFileSync(file, 'utf8')) as { event: string; text?: string }[]).filter((r) => r.event !== 'DOCUMENT' && r.text);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const rec of records.slice(0, options.limit ?? Infinity)) {
    const gold = GSR_TYPE[rec.event] ?? rec.event;
    const doc = analyze(rec.text!, { lang: 'en', published: '2000-01-01' });
    const types = new Set(doc.events.map((e) => e.type));
    if (types.has(gold)) tp++;
    else fn++;
    for (const t of types) if (t !== gold) fp++;
  }
  const r = prf(tp, fp, fn);
  return {
    lines: [
      `PLOVER GSR records: ${records.length}`,
      `event type per sentence  P ${round(r.precision)}  R ${round(r.recall)}  F1 ${round(r.f1)}  (English triggers only; English actors depend on the NER stage)`,
    ],
    summary: { task: 'events', n: records.length, precision: round(r.precision), recall: round(r.recall), f1: round(r.f1), gold: 'plover-gsr' },
  };
}

export function evalEvents(path: string, options: EvalOptions = {}): EvalReport {
  const st = statSync(path);
  const files = st.isDirectory() ? readdirSync(path).filter((f) => f.endsWith('.json')).map((f) => join(path, f)) : [path];
  const first = JSON.parse(readFileSync(files[0], 'utf8'));
  if (Array.isArray(first)) return evalPlover(files[0], options);
  return evalGerman(files, options);
}
