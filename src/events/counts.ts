/**
 * Two precision guards, by sentence structure rather than words of a gold article:
 *
 * Counted coercion (arrests, expulsions) over a calendar period is a statistic, not an event (the gold convention: "counted expulsions and
 * arrests since the start of the year" are national statistics, while "seit Samstag wurden 1.780 Migranten … in
 * Sicherheit gebracht" is a specific operation):
 *   "Seit Anfang des Jahres wurden 45 Personen ausgewiesen"   count ≥ 10 + "seit" + start of a year/month or a year
 *   "Im vergangenen Jahr wurden 120 Menschen festgenommen"   count + a past calendar period
 *   "Weitere 64 wurden verhaftet."                          "weitere N" right after such a sentence
 *   "Das entspricht einer Abschiebung pro Woche."           an event noun with a rate ("pro/je Woche")
 *
 * A court's hearing or session is court work, not CONSULT: a meeting noun (Sitzung, Dringlichkeitssitzung, Anhörung,
 * Verhandlung) with a court word in its sentence, and the singular "Verhandlung" with no partner ("mit X",
 * "zwischen …") in an article about a court case ("kamen zur Verhandlung", "erschien nicht zu der Verhandlung").
 */
import type { Doc } from '../doc/index.ts';
import type { SentenceContext, Trigger, Tok } from './extract.ts';
// \p{…} regexps as module constants: tsx rewrites such a literal into a `new RegExp()` on every evaluation.
const COURT_WORD_RUNS = /\b(Gericht|Gerichts|Richter|Richterin|Staatsanwalt\p{L}*|Prozess|Angeklagte\p{L}*|Kläger\p{L}*|Klage|Privatklage|Urteil|Verteidiger\p{L}*|\p{L}+gericht|verurteilt|angeklagt|freigesprochen|geklagt)\b/gu; // (/g: only given to String.match, which starts at 0 and leaves lastIndex 0)

const PATIENT = new Set(['ASSAULT', 'COERCE']);
/** The start of a calendar period after "seit" ("seit Anfang des Jahres", "seit Jahresbeginn", "seit Januar"; not a year: "seit 2003 … getötet" is a war's toll). */
const PERIOD_START = /^(anfang|beginn|jahresbeginn|jahresanfang|monatsbeginn|jahreswechsel|januar|jänner|februar|feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember)$/;
/** Calendar periods ("Jahres", "Jahr", "Halbjahr", "Quartal", "Monats"). */
const PERIOD = /^(jahr|jahres|jahre|halbjahr|halbjahres|quartal|quartals|monat|monats|monaten|vorjahr|vorjahres)$/;
/** Adjectives of a past or current calendar period ("im vergangenen Jahr", "in diesem Jahr", "im ersten Halbjahr"). */
const PERIOD_ADJ = /^(vergangenen|letzten|ersten|zweiten|dritten|vierten|diesem|laufenden|abgelaufenen|gesamten|ganzen)$/;
/** A rate unit after "pro/je" ("pro Woche", "je Monat"). */
const RATE_UNIT = /^(tag|woche|monat|jahr|stunde|quartal|kopf|einwohner|einwohnerin)$/;
/** A count: digits of at least 10, or a large number word. */
const COUNT_WORD = /^(hunderte|tausende|dutzende|hundert|tausend|zehntausende)$/;
/** Words after a number that make it a time, an age or a share, not a count of people. */
const NOT_COUNTED = /^(uhr|jahre|jahren|jahr|prozent|monate|monaten|tage|tagen|stunden|minuten|wochen|mal|euro|dollar)$/;

function count(toks: Tok[], a: number, b: number): boolean {
  for (let j = a; j < b; j++) {
    const w = toks[j].lower;
    const nx = toks[j + 1]?.lower ?? '';
    if (NOT_COUNTED.test(nx)) continue;
    if (COUNT_WORD.test(w)) return true;
    if (/^\d[\d.]*$/.test(w) && Number(w.replace(/\./g, '')) >= 10 && !/^(19|20)\d\d$/.test(w)) return true;
  }
  return false;
}

/** A calendar period of a cumulative count in the token range. */
function calendarPeriod(toks: { lower: string }[], a: number, b: number): boolean {
  for (let j = a; j < b; j++) {
    const w = toks[j].lower;
    if (w === 'seit' && PERIOD_START.test(toks[j + 1]?.lower ?? '')) return true;
    if ((w === 'im' || w === 'in') && PERIOD_ADJ.test(toks[j + 1]?.lower ?? '') && PERIOD.test(toks[j + 2]?.lower ?? '')) return true;
    if (w === 'heuer' || w === 'jährlich') return true;
    if ((w === 'pro' || w === 'je') && RATE_UNIT.test(toks[j + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Lower-case words of a sentence of the document. */
function sentenceWords(doc: Doc, s: number): { lower: string }[] {
  const sen = doc.sentences[s];
  if (!sen) return [];
  return doc.text.slice(sen.start, sen.end).toLowerCase().split(/[^\p{L}\p{N}.]+/u).map((w) => ({ lower: w.replace(/\.$/, '') }));
}

/** A count over a calendar period, or a rate: a statistic, no event. */
export function countedStatistic(ctx: SentenceContext, tr: Trigger, c0: number, c1: number): boolean {
  const { toks } = ctx;
  // "einer Abschiebung pro Woche", "drei Ausweisungen pro Monat": a rate right after an event noun
  if (tr.entry.pos === 'noun') {
    for (let j = tr.t0 + 1; j <= tr.t0 + 2 && j < c1; j++) if ((toks[j].lower === 'pro' || toks[j].lower === 'je') && RATE_UNIT.test(toks[j + 1]?.lower ?? '')) return true;
    return false;
  }
  if (!PATIENT.has(tr.entry.type)) return false;
  // (a conflict's death toll over a period is coded as the attacks: "seit April wurden 7000 Menschen getötet";
  // counted arrests and expulsions are the authorities' statistics)
  if (tr.entry.type !== 'COERCE') return false;
  if (!tr.participle) return false;
  if (count(toks, c0, tr.t0) && calendarPeriod(toks, c0, c1)) return true;
  // "Weitere 64 wurden verhaftet." after a counted period or a rate in the sentence before or the one before that
  const w0 = toks[c0]?.lower ?? '';
  const w1 = toks[c0 + 1]?.lower ?? '';
  if ((w0 === 'weitere' && /^\d[\d.]*$/.test(w1)) || (/^\d[\d.]*$/.test(w0) && w1 === 'weitere')) {
    for (const s of [ctx.index - 1, ctx.index - 2]) {
      if (s < 0) continue;
      const words = sentenceWords(ctx.doc, s);
      if (calendarPeriod(words, 0, words.length)) return true;
    }
  }
  return false;
}

/** Court words (a court, judge, prosecutor, trial, the accused, a suit). */
const COURT = /^(\p{Ll}*gericht|\p{Ll}*gerichts|\p{Ll}*gerichtshof|richter|richterin|richters|staatsanwalt\p{Ll}*|staatsanwältin|prozess|prozesses|angeklagte\p{Ll}*|verteidiger\p{Ll}*|kläger\p{Ll}*|klage|privatklage|urteil|urteils|schöffen\p{Ll}*|geschworen\p{Ll}*|strafantrag|freispruch|verurteilt|verurteilung)$/u;
/** Meeting nouns a court holds. */
const SESSION = /(sitzung|sitzungen|verhandlung|anhörung|anhörungen|hearing)$/;
const COURT_DOC = new WeakMap<Doc, boolean>();

/** The article is about a court case: at least two court words. */
function courtDocument(doc: Doc): boolean {
  let v = COURT_DOC.get(doc);
  if (v === undefined) {
    const m = doc.text.match(COURT_WORD_RUNS);
    v = !!m && m.length >= 2;
    COURT_DOC.set(doc, v);
  }
  return v;
}

/** A court's hearing or session read as a meeting. */
export function courtSession(ctx: SentenceContext, tr: Trigger, c0: number, c1: number): boolean {
  if (tr.entry.type !== 'CONSULT' || tr.entry.pos !== 'noun') return false;
  const { toks } = ctx;
  const l = toks[tr.t0].lower;
  if (!SESSION.test(l)) return false;
  for (let j = 0; j < toks.length; j++) if (j !== tr.t0 && COURT.test(toks[j].lower)) return true;
  // the singular "Verhandlung" with no partner, in an article about a court case
  if (l === 'verhandlung' && courtDocument(ctx.doc)) {
    for (let j = c0; j < c1; j++) if (/^(mit|zwischen)$/.test(toks[j].lower)) return false;
    return true;
  }
  return false;
}
