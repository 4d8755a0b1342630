// The sentence context every rule reads: tokens, entity mentions with their phrase roles (sentenceContext).
import type { Doc, Entity } from '../doc/index.ts';
import { sentenceTokens } from '../segment/index.ts';
import { firstIndexNotBefore } from '../util/search.ts';
import { NOUN_FORMS, VERB_FORMS } from './lexicon.ts';
import { AUX, DETERMINERS, PREPOSITIONS, REPORTING_VERBS, SUBORDINATORS, TIME_WORDS } from './words.ts';
import { clauseOf, clauses, parentheticalDashes } from './clauses.ts';
import type { MentionRef, SentenceContext, Tok } from './extract.ts';
import { findAttribution } from './setting.ts';
import { INFLECTED_LOWER, LOWER_START, ROLE_NOUN, UPPER_START } from './shared.ts';

/** NER guard: a one-word name that is itself a lexicon event noun, and the whole name of its entity. */
function eventNounName(t: Tok, entity: Entity): boolean {
  const entries = NOUN_FORMS.get(t.lower);
  if (!entries || entries.some((e) => e.prevWord) || !UPPER_START.test(t.text)) return false;
  return entity.name.toLowerCase() === t.lower;
}

/** Builds tokens, clauses and entity mentions for one sentence. */
export function sentenceContext(doc: Doc, index: number, mentionsBySentence: Map<number, { entity: Entity; start: number; end: number; form: string }[]>, prebuilt?: Tok[]): SentenceContext {
  const toks: Tok[] = prebuilt ?? sentenceToks(doc, index);
  const raw = mentionsBySentence.get(index) ?? [];
  const mentions: MentionRef[] = [];
  const isMentionTok = new Array<boolean>(toks.length).fill(false);
  for (const m of raw) {
    // binary search for the first token ending after the mention start
    const t0 = firstIndexNotBefore(toks.length, (k) => toks[k].end <= m.start);
    let t1 = t0;
    while (t1 < toks.length && toks[t1].start < m.end) t1++;
    if (t0 >= toks.length || t1 <= t0) continue;
    // defensive: a "mention" spanning a clause is no name (keeps the stage usable with a broken entity layer)
    if (t1 - t0 > 8) continue;
    // a single word that is a lexicon event noun ("Razzien" tagged as a place) is the event, not a name — unless the
    // entity is a body named like its meeting ("Ministerrat": entries fixed by a neighbour word) or a person
    if (t1 - t0 === 1 && m.entity.type !== 'PER' && eventNounName(toks[t0], m.entity)) continue;
    for (let i = t0; i < t1; i++) isMentionTok[i] = true;
    mentions.push({ entity: m.entity, start: m.start, end: m.end, t0, t1, form: m.form, prep: null, genitive: false });
  }
  mentions.sort((a, b) => a.t0 - b.t0 || b.t1 - a.t1);
  // drop mentions nested inside a longer one
  const kept: MentionRef[] = [];
  for (const m of mentions) {
    const last = kept[kept.length - 1];
    if (last && m.t0 >= last.t0 && m.t1 <= last.t1) continue;
    kept.push(m);
  }
  const inner = parentheticalDashes(toks);
  const cl = clauses(toks, isMentionTok, inner);
  // a name inside such an insertion ("– wie Fischer –", "– Stichwort Jemen –") is no argument of the clause around it
  if (inner.size) {
    const [d0, d1] = [...inner].sort((a, b) => a - b);
    for (let k = kept.length - 1; k >= 0; k--) if (kept[k].t0 > d0 && kept[k].t0 < d1) kept.splice(k, 1);
  }
  cl.forEach(([a, b], c) => {
    for (let i = a; i < b; i++) toks[i].clause = c;
  });
  const ctx: SentenceContext = { doc, index, toks, mentions: kept, clauses: cl, attribution: null, lastPerson: null };
  for (const m of kept) analyseMention(ctx, m);
  // "in Genf Aydin": a place in a locative phrase does not modify the person after it
  for (const m of kept) {
    if (m.modifier && m.entity.type === 'LOC' && m.prep !== null && /^(in|im|nach|aus|bei|nahe|an|am|vor)$/.test(m.prep)) {
      m.modifier = false;
      m.genitive = false;
      const per = kept.find((o) => o.entity.type === 'PER' && o.t0 >= m.t1 && o.t0 <= m.t1 + 2);
      if (per && per.prep === m.prep) per.prep = null;
    }
  }
  ctx.attribution = findAttribution(ctx);
  return ctx;
}

/** The token objects of the document's tokens [from, to) with their text and lower-case form (a small function: V8 optimises it early). */
export function sentenceTokObjects(tokens: readonly { start: number; end: number }[], words: readonly string[], lower: readonly string[], from: number, to: number): Tok[] {
  const toks: Tok[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    toks.push({ start: t.start, end: t.end, text: words[k], lower: lower[k], clause: 0 });
  }
  return toks;
}

/** The sentence's tokens with their text and lower-case form. */
function sentenceToks(doc: Doc, index: number): Tok[] {
  return sentenceTokens(doc, index).map((t) => {
    const text = doc.text.slice(t.start, t.end);
    return { start: t.start, end: t.end, text, lower: text.toLowerCase(), clause: 0 };
  });
}

/** Governing preposition (walking back over determiners, adjectives and title nouns) and genitive status. */
function analyseMention(ctx: SentenceContext, m: MentionRef): void {
  const { toks } = ctx;
  // "UNO-Generalsekretär Ban", "Israels Ministerpräsident Netanyahu", "der palästinensische Präsident Abbas":
  // an ORG/LOC (or adjective) before a person, with at most two title nouns between, modifies the person
  if (m.entity.type !== 'PER') {
    const per = ctx.mentions.find((o) => o.entity.type === 'PER' && o.t0 >= m.t1 && o.t0 <= m.t1 + 2);
    if (per && toks.slice(m.t1, per.t0).every((t) => UPPER_START.test(t.text) && !ctx.mentions.some((o) => o.t0 <= toks.indexOf(t) && o.t1 > toks.indexOf(t)))) {
      m.genitive = true;
      m.modifier = true;
    }
  }
  const [c0] = clauseOf(ctx, m.t0);
  if (toks[m.t0 - 1]?.text === '(') {
    // "von der Hilfsorganisation Ärzte ohne Grenzen (MSF)": the bracketed name shares the phrase's preposition
    for (let k = m.t0 - 2; k >= Math.max(c0, m.t0 - 10); k--) {
      if (/^(von|vom|durch|mit|gegen|für|an|auf)$/.test(toks[k].lower)) {
        m.prep = toks[k].lower;
        return;
      }
      if (toks[k].text === ',' || AUX.has(toks[k].lower)) break;
    }
  }
  // "die Kritik der Ärztekammer": a descriptive mention may begin with its own article; the walk back starts there
  let i = m.t1 - m.t0 >= 2 && DETERMINERS.has(toks[m.t0].lower) && m.t0 > c0 ? m.t0 : m.t0 - 1;
  let steps = 0;
  let sawNoun = false;
  let sawDet = false;
  let sawNum = false;
  while (i >= c0 && steps < 6) {
    const t = toks[i];
    // "…, bis die PKK ihre Waffen niederlege": "bis" opening a clause is a conjunction
    if (t.lower === 'bis' && i === c0) return;
    if (PREPOSITIONS.has(t.lower) && !(t.lower === 'bis' && toks[i + 1]?.lower === 'zu')) {
      m.prep = t.lower;
      m.prepAt = i;
      // "nördlich von Jerusalem", "unweit von X": a place, not an agent or owner
      // "auf dem Sinai", "auf einem Markt": a dative "auf" is a place, not a target
      if (t.lower === 'auf' && /^(dem|einem)$/.test(toks[i + 1]?.lower ?? '')) m.prep = 'bei';
      if ((t.lower === 'von' || t.lower === 'vom') && LOCATIVE_BEFORE_VON.test(toks[i - 1]?.lower ?? '')) m.prep = 'bei';
      return;
    }
    if (t.lower === 'zwischen') {
      m.prep = 'zwischen';
      return;
    }
    if (DETERMINERS.has(t.lower)) {
      if ((t.lower === 'des' || (t.lower === 'der' && sawNoun === false && i > c0 && UPPER_START.test(toks[i - 1].text) && !DETERMINERS.has(toks[i - 1].lower) && !PREPOSITIONS.has(toks[i - 1].lower) && !AUX.has(toks[i - 1].lower)))) {
        // "der Präsident des Landes", "die Regierung der Ukraine"
        if (i > c0 && UPPER_START.test(toks[i - 1].text) && !ctx.mentions.some((o) => o !== m && o.t1 === i)) m.genitive = true;
      }
      sawDet = true;
      i--;
      steps++;
      continue;
    }
    const adjacent = ctx.mentions.find((o) => o !== m && o.t1 >= i + 1 && o.t0 <= i);
    if (adjacent) {
      // "Angriffen von Palästinensern 24 Israelis": a count starts a new phrase; so does a determiner
      // ("nach Pentagon-Angaben den stellvertretenden IS-Chef X")
      if (sawNum || sawDet) return;
      // "mit US-Außenminister Kerry": a modifier right before passes on its preposition
      // "in der syrischen Stadt Aleppo": an adjacent mention before shares the phrase and its preposition
      m.prep = adjacent.prep;
      return;
    }
    if (t.lower === 'und' || t.lower === 'sowie' || t.lower === 'oder' || t.lower === ',') {
      // coordinated with an earlier mention: inherit its preposition
      const prev = ctx.mentions.filter((o) => o !== m && o.t1 <= i && o.t1 >= i - 2).pop();
      // "für Einzel- und Versandhandel Rheinland-Pfalz": a suspended compound part before "und" belongs to the same noun
      // phrase, whose preposition is further back
      if (!prev && t.lower !== ',' && i - 1 > c0 && (toks[i - 1].text === '-' || toks[i - 1].text.endsWith('-'))) {
        i -= toks[i - 1].text === '-' ? 3 : 2;
        steps += 2;
        continue;
      }
      // "der Kriegsminister des IS, Omar al-Shishani": a person after a comma is an apposition, not a listed owner
      // it shares the preposition of the phrase it names ("gegen den Chef der HDP, Selahattin Demirtas")
      if (prev && t.text === ',' && m.entity.type === 'PER' && prev.entity.type !== 'PER') {
        for (let k = prev.t0 - 1; k >= Math.max(c0, prev.t0 - 6); k--) {
          const w = toks[k];
          // "Der russische Botschafter in Wien, Sergej Netschajew, …": the place's own preposition after a
          // noun; the apposition names that noun's phrase, so the walk goes on past it
          if (k === prev.t0 - 1 && prev.entity.type === 'LOC' && /^(in|im|aus)$/.test(w.lower) && k - 1 >= c0 && UPPER_START.test(toks[k - 1].text) && !ctx.mentions.some((o) => o.t1 === k)) continue;
          if (PREPOSITIONS.has(w.lower)) {
            m.prep = w.lower;
            m.prepAt = k;
            break;
          }
          if (!(DETERMINERS.has(w.lower) || UPPER_START.test(w.text) || INFLECTED_LOWER.test(w.text)) || AUX.has(w.lower)) break;
        }
        return;
      }
      if (prev) {
        m.prep = prev.prep;
        m.genitive = prev.genitive;
      }
      return;
    }
    if (UPPER_START.test(t.text) && !TIME_WORDS.test(t.lower)) {
      // a title noun ("Außenminister Kerry") — fine; after a determiner it's another NP head
      if (sawDet) return;
      // "mit der Flüchtlingspolitik Verteidigungsminister Doskozil": an article-less role noun opens the person's phrase;
      // a common noun before it closes another phrase
      if (sawNoun && ROLE_NOUN.test(toks[i + 1].lower) && UPPER_START.test(toks[i + 1].text) && !ROLE_NOUN.test(t.lower) && /(ung|ik|heit|keit|tion|schaft|tät)$/.test(t.lower)) return;
      sawNoun = true;
      i--;
      steps++;
      continue;
    }
    if (LOWER_START.test(t.text) && /(e|en|er|es|em|sche|schen|ische|ischen)$/.test(t.lower) && !AUX.has(t.lower) && !SUBORDINATORS.has(t.lower)) {
      // an adjective ("der russische Außenminister"); before a determiner it is no adjective of this phrase
      // ("verletzte ein Palästinenser"); a bare participle is the verb ("erschossen israelische Soldaten")
      if (sawDet || VERB_FORMS.get(t.lower)?.some((c) => c.participle)) return;
      // a finite verb in second position ("In Kairo kritisierte Berger …", "trafen"): not after a determiner or preposition
      if (VERB_FORMS.has(t.lower) || REPORTING_VERBS.test(t.lower)) {
        const pl = toks[i - 1]?.lower ?? '';
        if (!(DETERMINERS.has(pl) || PREPOSITIONS.has(pl) || /^(im|am|vom|zum|zur|beim|ins)$/.test(pl))) return;
      }
      i--;
      steps++;
      continue;
    }
    if (/^(\d[\d.,]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dutzende|hunderte|tausende|mehrere|einige|viele|zahlreiche)$/.test(t.lower)) {
      // a count opens the noun phrase: "auf zwei türkische Polizisten", "gegen 15 Palästinenser"
      sawNum = true;
      sawDet = true;
      i--;
      steps++;
      continue;
    }
    // "der islamisch-konservativen AKP": a hyphen inside a compound adjective
    if (t.text === '-' && i > c0 && toks[i - 1].end === t.start && toks[i + 1]?.start === t.end && LOWER_START.test(toks[i - 1].text)) {
      i--;
      steps++;
      continue;
    }
    if (t.text === '-' || t.text === '–') return;
    return;
  }
}
const LOCATIVE_BEFORE_VON = /^(\p{Ll}+lich|unweit|abseits|jenseits|diesseits|außerhalb|innerhalb|norden|süden|osten|westen|nordosten|nordwesten|südosten|südwesten|nähe|umgebung|rand|rande|stadtrand|zentrum)$/u;
