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
import { sentenceAt, type Doc, type EventMention } from '../doc/index.ts';
import { readGnad } from './gnad.ts';
import { prf, round } from './metrics.ts';
import type { EvalOptions, EvalReport } from './report.ts';
import { sharedDataPath } from '../util/paths.ts';

export interface GoldEvent {
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
  /** The arguments are the event's (the mention recorded none of its own, or `args: 'event'` was asked for). */
  eventArgs: boolean;
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

/**
 * Where the scorer takes a mention's actors and recipients from: `mention` (default) judges each mention by the
 * arguments it carries itself, and by its event's only where it recorded none (documents from before mentions carried
 * arguments; counted as `argumentsFromEvent`); `event` gives every mention its event's merged arguments, as the scorer
 * did until the fourteenth session (LAGEBILD_EVAL_EVENT_ARGS=event, for comparing the two).
 */
export type ArgumentSource = 'mention' | 'event';

export function mentionsOf(doc: Doc, args: ArgumentSource = 'mention'): PredMention[] {
  const out: PredMention[] = [];
  for (const e of doc.events) {
    const ms: EventMention[] = e.mentions ?? [{ sentence: e.sentence, modality: e.modality, trigger: e.trigger, source: e.source }];
    for (const m of ms) {
      const own = args === 'mention' && Array.isArray(m.actors) && Array.isArray(m.recipients);
      out.push({
        sentence: m.sentence, type: e.type, mode: e.mode, modality: m.modality ?? e.modality,
        actors: own ? m.actors! : e.actors, recipients: own ? m.recipients! : e.recipients, trigger: m.trigger.text, eventArgs: !own,
      });
    }
  }
  return out;
}

const HAPPENED = new Set(['asserted', 'reported', 'historical']);

/** Counts of the German events scorer, summed over documents. */
export interface EventTally {
  tp: number;
  fp: number;
  fn: number;
  actorOk: number;
  recipientOk: number;
  modalityOk: number;
  modeN: number;
  modeOk: number;
  plannedAsHappened: number;
  plannedGold: number;
  nGold: number;
  /** Matched mentions judged by their event's arguments because they recorded none of their own. */
  eventArgs: number;
  perType: Map<string, { tp: number; fp: number; fn: number }>;
  confusion: Map<string, number>;
  errors: string[];
}

export function newTally(): EventTally {
  return { tp: 0, fp: 0, fn: 0, actorOk: 0, recipientOk: 0, modalityOk: 0, modeN: 0, modeOk: 0, plannedAsHappened: 0, plannedGold: 0, nGold: 0, eventArgs: 0, perType: new Map(), confusion: new Map(), errors: [] };
}

/** Does a predicted trigger cover the gold trigger ("griff" in "griff … an", "Angriff" in "Angriffe")? */
function covers(pred: string, gold: string): boolean {
  const p = fold(pred);
  const g = fold(gold);
  return !!p && !!g && (g.includes(p) || p.includes(g));
}

/**
 * Scores one analysed document against its gold events: a gold mention matches an unused predicted mention of the same
 * sentence and type (P/R/F1); of several, the one whose trigger is the gold trigger, then one whose trigger covers it,
 * then one whose actors match. Arguments and modality are judged on that mention.
 */
export function scoreDocument(doc: Doc, goldEvents: GoldEvent[], t: EventTally, row: number | string = '?', args: ArgumentSource = 'mention'): void {
  const preds = mentionsOf(doc, args);
  const usedPred = new Set<number>();
  const name = (ids: string[]) => ids.map((id) => doc.entities.find((e) => e.id === id)?.name ?? id).join('+') || '-';
  const bump = (ty: string, k: 'tp' | 'fp' | 'fn') => {
    const r = t.perType.get(ty) ?? { tp: 0, fp: 0, fn: 0 };
    r[k]++;
    t.perType.set(ty, r);
  };
  for (const g of goldEvents) {
    t.nGold++;
    if (g.modality === 'planned') t.plannedGold++;
    const s = locateSentence(doc, g.sentence);
    const cands = preds.map((p, i) => ({ p, i })).filter(({ p, i }) => !usedPred.has(i) && p.sentence === s && p.type === g.type);
    if (!cands.length) {
      t.fn++;
      bump(g.type, 'fn');
      t.errors.push(`  FN row ${row} s${s} ${g.type} "${g.trigger}" — ${g.sentence.slice(0, 90)}`);
      continue;
    }
    // prefer the prediction whose trigger is the gold trigger, then one that covers it, then one whose actors match
    const score = (p: PredMention) => (p.trigger === g.trigger ? 4 : covers(p.trigger, g.trigger) ? 2 : 0) + (argsMatch(doc, g.actors, p.actors) ? 1 : 0);
    cands.sort((a, b) => score(b.p) - score(a.p));
    const { p, i } = cands[0];
    usedPred.add(i);
    t.tp++;
    bump(g.type, 'tp');
    if (p.eventArgs) t.eventArgs++;
    const aOk = argsMatch(doc, g.actors, p.actors);
    const rOk = argsMatch(doc, g.recipients, p.recipients);
    if (aOk) t.actorOk++;
    if (rOk) t.recipientOk++;
    if (p.modality === g.modality) t.modalityOk++;
    t.confusion.set(`${g.modality}->${p.modality}`, (t.confusion.get(`${g.modality}->${p.modality}`) ?? 0) + 1);
    if (g.mode) {
      t.modeN++;
      if (p.mode === g.mode) t.modeOk++;
    }
    if (g.modality === 'planned' && HAPPENED.has(p.modality)) t.plannedAsHappened++;
    const modeWrong = !!g.mode && p.mode !== g.mode;
    if (!aOk || !rOk || p.modality !== g.modality || modeWrong) {
      t.errors.push(`  ~ row ${row} s${s} ${g.type} "${g.trigger}": actors gold [${g.actors.join('; ')}] pred [${name(p.actors)}]; recipients gold [${g.recipients.join('; ')}] pred [${name(p.recipients)}]${p.eventArgs && args === 'mention' ? ' (the event\'s)' : ''}; modality ${g.modality}/${p.modality}; wrong: ${[!aOk && 'actor', !rOk && 'recipient', p.modality !== g.modality && 'modality', modeWrong && `mode (${g.mode}/${p.mode ?? '-'})`].filter(Boolean).join(',')}`);
    }
  }
  preds.forEach((p, i) => {
    if (usedPred.has(i)) return;
    t.fp++;
    bump(p.type, 'fp');
    const sent = doc.sentences[p.sentence];
    t.errors.push(`  FP row ${row} s${p.sentence} ${p.type} "${p.trigger}" — ${doc.text.slice(sent.start, sent.end).slice(0, 90)}`);
  });
}

function evalGerman(files: string[], options: EvalOptions): EvalReport {
  const gnadPath = sharedDataPath('10kgnad', 'test.csv');
  const articlesCsv = readGnad(gnadPath);
  const args: ArgumentSource = options.eventArgs || process.env.LAGEBILD_EVAL_EVENT_ARGS === 'event' ? 'event' : 'mention';
  const t = newTally();
  let nDocs = 0;
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
      scoreDocument(doc, art.events, t, art.row, args);
    }
  }
  const { tp, fp, fn } = t;
  const matched = tp;
  const r = prf(tp, fp, fn);
  const acc = (x: number) => (matched ? round(x / matched) : 0);
  const lines = [
    `articles: ${nDocs}, gold events: ${t.nGold} (planned: ${t.plannedGold}), predicted mentions: ${tp + fp}`,
    `event type (sentence + type)  P ${round(r.precision)}  R ${round(r.recall)}  F1 ${round(r.f1)}`,
    `on ${matched} matched: actor acc ${acc(t.actorOk)}  recipient acc ${acc(t.recipientOk)}  modality acc ${acc(t.modalityOk)}  mode acc ${t.modeN ? round(t.modeOk / t.modeN) : 0} (${t.modeN})`,
    args === 'event'
      ? 'arguments: every mention judged by its event\'s merged actors and recipients (LAGEBILD_EVAL_EVENT_ARGS=event)'
      : `arguments: each mention judged by its own actors and recipients; ${t.eventArgs} of ${matched} matched mentions recorded none and were judged by their event's`,
    `planned shown as happened: ${t.plannedAsHappened}`,
    'per type:',
    ...[...t.perType.entries()].sort().map(([ty, c]) => {
      const x = prf(c.tp, c.fp, c.fn);
      return `  ${ty.padEnd(10)} tp ${c.tp} fp ${c.fp} fn ${c.fn}  F1 ${round(x.f1, 3)}`;
    }),
    `modality gold->pred: ${[...t.confusion.entries()].sort().map(([k, v]) => `${k} ${v}`).join(', ')}`,
  ];
  if (options.verbose || process.env.LAGEBILD_EVAL_VERBOSE) lines.push('errors:', ...t.errors);
  return {
    lines,
    summary: {
      task: 'events',
      n: t.nGold,
      precision: round(r.precision),
      recall: round(r.recall),
      f1: round(r.f1),
      actorAccuracy: acc(t.actorOk),
      recipientAccuracy: acc(t.recipientOk),
      modalityAccuracy: acc(t.modalityOk),
      modeAccuracy: t.modeN ? round(t.modeOk / t.modeN) : 0,
      plannedShownAsHappened: t.plannedAsHappened,
      matched,
      arguments: args,
      argumentsFromEvent: t.eventArgs,
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
