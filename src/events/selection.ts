// Trigger selection: which found triggers become events (selectTriggers), and when two triggers are one event.
import type { TimeExpression } from '../doc/index.ts';
import { DETERMINERS, PREPOSITIONS } from './words.ts';
import { clauseOf, conjunctOf } from './clauses.ts';
import type { Arguments, MentionRef, SentenceContext, Tok, Trigger } from './extract.ts';
import { attributive, auxIn, bareReference, consultTopic, demanded, demandedInfinitive, genericPerson, governedReference, idiom, indefiniteNorm, judgedNoun, noHarm, protestTarget, requestedNoun, statistic, threatCondition, wished } from './filters.ts';
import { phraseOpener } from './phrases.ts';
import { ALL_LOWER, CONTENT_TYPES, LOWER_START, UPPER_START } from './shared.ts';
import { zuInfinitiveVerb } from './triggers.ts';

const OBJECT_TAKERS = new Set(['REJECT', 'SUPPORT', 'ACCUSE', 'AGREE', 'REQUEST']);
/** Prepositions that make an accusation or rejection noun a source or a concession, not an event ("laut Anklage", "trotz Kritik", "trotz Nein der Ärzte"). */
const REFERENCE_PREPS = new Set(['laut', 'trotz']);
/** Promises and offers: their zu-infinitive ("sagte zu, ihn zu unterstützen") is their content, not an event. */
const PROMISES = new Set(['zusagen', 'versprechen', 'anbieten']);
/** Words whose zu-infinitive in the next clause is what is asked, recommended or charged, whether or not they are events
 * themselves ("mit der dringenden Bitte, diese Plätze nicht anzugreifen", "wurde beauftragt, eine Lockerung … zu prüfen",
 * "empfiehlt, den Vorschlag abzulehnen"). */
// (h/ev29: also a refusal and a suspicion, "weigerte sich, … zu verhandeln", "der verdächtigt wird, … finanziert zu haben")
const CONTENT_GOVERNOR = /^(geweigert|weigert|weigerte|weigerten|weigern|verdächtigt|verdächtigte|verdächtigten|verdächtigen|bitte|aufforderung|aufruf|appell|ersuchen|beauftragt|beauftragte|beauftragten|aufgefordert|gebeten|ersucht|empfiehlt|empfahl|empfohlen|empfehlen|empfahlen|vorgeworfen|beschuldigt|einlädt|eingeladen|einladen|einzuladen|lädt|lud|luden)$/;
/** Accusation verbs whose zu-infinitive is the charge ("warf ihm vor, … blockiert zu haben"), not an event of its own. */
const CHARGING = new Set(['vorwerfen', 'beschuldigen', 'bezichtigen', 'anlasten', 'unterstellen']);
/** Approval and decision verbs: an aid noun as their object is the content of the decision. */
const APPROVAL_LEMMAS = new Set(['absegnen', 'billigen', 'beschließen', 'genehmigen', 'bewilligen', 'verabschieden', 'zustimmen']);


/**
 * Keeps one trigger per type and clause (the one with most arguments; a verb wins ties) and drops noun
 * triggers that are the object of a reacting verb ("weist den Vorwurf zurück", "lehnte Vorschläge ab").
 */
export function selectTriggers(ctx: SentenceContext, found: { tr: Trigger; args: Arguments }[], all: readonly Trigger[] = found.map((x) => x.tr), times: readonly TimeExpression[] = []): { tr: Trigger; args: Arguments }[] {
  const { toks } = ctx;
  const live = found.filter(({ tr }) => !attributive(ctx, tr));
  const kept = live.filter(({ tr, args }) => {
    if (tr.entry.pos !== 'noun') return true;
    if (bareReference(ctx, tr, args)) return false;
    if (wished(toks, tr)) return false;
    if (requestedNoun(toks, tr, live)) return false;
    if (judgedNoun(toks, tr)) return false;
    const c = toks[tr.t0].clause;
    // counted meetings are statistics, not a meeting: "48 Sitzungen", "zwölf Gesprächsrunden"
    if (tr.entry.type === 'CONSULT' && /^(\d[\d.]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zahlreiche|mehrere|viele|internen)$/.test(toks[tr.t0 - 1]?.lower ?? '')) return false;
    // an attribution tag: "…, so der Vorwurf", "so die Kritik"
    if (toks[tr.t0 - 2]?.lower === 'so' && DETERMINERS.has(toks[tr.t0 - 1]?.lower ?? '') && (tr.t0 === 2 || /^[,–—-]$/.test(toks[tr.t0 - 3]?.text ?? ''))) return false;
    // idioms: "im Gespräch sein" (being considered)
    if (tr.entry.lemma === 'Gespräch' && toks[tr.t0 - 1]?.lower === 'im') return false;
    // absent: "ohne (die) Zustimmung der Regierung"
    if (toks.slice(Math.max(0, tr.t0 - 2), tr.t0).some((t) => t.lower === 'ohne')) return false;
    // the target of a protest ("Demo gegen das Treffen", "gegen dieses Gipfeltreffen protestieren") is what is protested, not an event here
    if (tr.entry.type === 'CONSULT' && protestTarget(toks, tr, live)) return false;
    // generic: "mit solchen Angriffen", "derartige Anschläge"
    if (/^(solche|solchen|solcher|derartige|derartigen|derartiger)$/.test(toks[tr.t0 - 1]?.lower ?? '')) return false;
    // part of an organisation's name: "Organisation für das Verbot chemischer Waffen"
    if (/^(für|gegen)$/.test(toks[tr.t0 - 2]?.lower ?? '') && /^(organisation|kommission|komitee|ausschuss|gesellschaft|bund|verein|zentrum|institut|stiftung|beobachtungsstelle|büro|liga|bewegung|allianz|front|partei)$/.test(toks[tr.t0 - 3]?.lower ?? '')) return false;
    // an accusation as a source or a concession ("laut Anklage", "trotz Kritik aus dem Ausland") is a reference
    if ((tr.entry.type === 'ACCUSE' || tr.entry.type === 'REJECT') && (REFERENCE_PREPS.has(toks[tr.t0 - 1]?.lower ?? '') || (REFERENCE_PREPS.has(toks[tr.t0 - 2]?.lower ?? '') && LOWER_START.test(toks[tr.t0 - 1].text)))) return false;
    // (a verb let through by a soft object condition has a clause or another noun as its content, not this noun)
    // (also aid as the object of an approval: "hat … Waffenlieferungen an X abgesegnet" decides on the aid, which has
    // not flowed yet)
    const gov = live.find((o) => o.tr.entry.pos === 'verb' && !o.tr.soft && (OBJECT_TAKERS.has(o.tr.entry.type) || o.tr.entry.content === true) && toks[o.tr.t0].clause === c && o.tr.entry.type !== tr.entry.type && (o.tr.entry.type === 'REQUEST' || CONTENT_TYPES.has(tr.entry.type) || (tr.entry.type === 'AID' && APPROVAL_LEMMAS.has(o.tr.entry.lemma) && o.tr.t0 > tr.t0)));
    if (!gov) return true;
    for (let j = Math.max(0, tr.t0 - 3); j < tr.t0; j++) if (/^(mit|bei|nach|durch|wegen|trotz|seit|während)$/.test(toks[j].lower)) return true;
    // a meeting as the place of the act ("besiegelte die Einigung auf der Klimakonferenz"), not its content ("einigten sich auf ein Treffen")
    if (tr.entry.type === 'CONSULT') for (let j = Math.max(0, tr.t0 - 4); j < tr.t0 - 1; j++) if (toks[j].lower === 'auf' && /^(der|dem|einer|einem)$/.test(toks[j + 1].lower)) return true;
    return false;
  }).filter(({ tr, args }) => {
    // generic: "Jemanden nur in Schubhaft zu nehmen, weil er verurteilt wurde, ist überzogen" (an indefinite person)
    if (args.actors.length === 0 && args.recipients.length === 0 && (genericPerson(toks) || indefiniteNorm(toks, tr.t0))) return false;
    // habitual: "Jeden Freitag rufen … zu Protesten auf", "Häufig versucht X, …", "wurden wiederholt Ausländer festgenommen"
    const [a, b] = clauseOf(ctx, tr.t0);
    for (let j = a; j < b - 1; j++) if (/^(jeden|jede|jedes)$/.test(toks[j].lower) && /^(tag|woche|monat|jahr|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|abend|morgen)$/.test(toks[j + 1].lower)) return false;
    for (let j = a; j < b; j++) {
      // "wiederholt" is the adverb after an auxiliary ("wurden … wiederholt festgenommen"), else a verb ("X wiederholt seine Forderung")
      // ("vielfach" (h/ev29) only for a verb: "während der Entführung wurde X vielfach … betitelt" keeps the noun)
      if (j !== tr.t0 && HABITUAL.has(toks[j].lower) && (toks[j].lower !== 'wiederholt' || auxIn(toks, a, j)) && (toks[j].lower !== 'vielfach' || tr.entry.pos === 'verb')) return false;
      // "Seit Frühjahr 2013 ruft ver.di immer wieder zu Arbeitsniederlegungen auf": a habit since a past date
      if (toks[j].lower === 'immer' && toks[j + 1]?.lower === 'wieder' && toks.slice(a, b).some((t) => t.lower === 'seit')) return false;
    }
    // a demand reported in the Konjunktiv: "Südkorea müsse sich entschuldigen und die Planer hinrichten lassen" names what
    // is demanded, not an act (also the infinitive after "und" that shares the modal)
    if (tr.entry.pos === 'verb' && tr.entry.type !== 'REQUEST' && demandedInfinitive(ctx, tr, a, b)) return false;
    // a prospect: "müsse das Unternehmen mit Streiks rechnen", "rechnet mit Protesten" (expected, not done)
    // (not support one can count on: "kann nicht mit der Unterstützung Belgrads rechnen" says there is none)
    if (tr.entry.pos === 'noun' && tr.entry.type !== 'SUPPORT' && toks.slice(Math.max(a, tr.t0 - 3), tr.t0).some((t) => t.lower === 'mit') && toks.slice(a, b).some((t) => /^(rechnen|rechnet|rechnete|rechneten|gerechnet|rechne)$/.test(t.lower))) return false;
    // (h/ev29) a prospect: "denen nun Festnahmen und Untersuchungshaft drohen könnten", "Ihm droht die Abschiebung" — the
    // noun is the subject of "drohen" (what looms over someone), not an act; not the means of a threat ("drohte mit Angriffen")
    // (the noun heads its own phrase: not a setting or an attribute, "Am Abschlusstag des Klimagipfels droht ein Fiasko",
    // "Bei den Zusagen droht Wortbruch")
    if (tr.entry.pos === 'noun' && tr.entry.type !== 'THREATEN' && toks.slice(a, b).some((t) => /^(droht|drohen|drohte|drohten|drohe)$/.test(t.lower)) && !toks.slice(a, b).some((t) => t.lower === 'mit')) {
      let j = tr.t0 - 1;
      while (j >= a && (ALL_LOWER.test(toks[j].text) && !PREPOSITIONS.has(toks[j].lower) && !/^(droht|drohen|drohte|drohten|drohe|und|oder)$/.test(toks[j].lower))) j--;
      const opener = j >= a ? toks[j] : null;
      const genitive = /^(des|der|eines|einer)$/.test(toks[j + 1]?.lower ?? '') && !!opener && UPPER_START.test(opener.text);
      if (!(opener && PREPOSITIONS.has(opener.lower)) && !genitive) return false;
    }
    // the provisions of a proposal or law: "Dieser sieht vor, dass die Regierung das Angebot annehmen … soll"
    const cj = toks[tr.t0].clause;
    if (cj > 0 && toks[ctx.clauses[cj][0]]?.lower === 'dass' || (cj > 0 && toks[ctx.clauses[cj][0]]?.text === ',' && toks[ctx.clauses[cj][0] + 1]?.lower === 'dass')) {
      const [q0, q1] = ctx.clauses[cj - 1];
      const prevW = toks.slice(q0, q1).map((t) => t.lower);
      if (prevW.some((w) => /^(vorsieht|vorsah|vorsehen|vorgesehen)$/.test(w)) || (prevW.some((w) => /^(sieht|sehen|sah|sahen)$/.test(w)) && prevW[prevW.length - 1] === 'vor')) return false;
    }
    // "wurden wiederholt Ausländer festgenommen, zu Haftstrafen verurteilt und … freigelassen": participles listed after a
    // habitual clause share its adverb
    const ci = toks[tr.t0].clause;
    if (ci > 0 && tr.entry.pos === 'verb' && !auxIn(toks, a, b)) {
      const [p0, p1] = ctx.clauses[ci - 1];
      for (let j = p0; j < p1; j++) if (HABITUAL.has(toks[j].lower) && auxIn(toks, p0, j)) return false;
    }
    return !noHarm(ctx, tr, a, b) && !statistic(ctx, tr, a, b) && !governedReference(ctx, tr, a, b) && !threatCondition(ctx, tr, found) && !idiom(ctx, tr, a, b) && !demanded(ctx, tr, found);
  }).filter(({ tr }) => {
    // the content of a request or threat ("rief X auf, die Kämpfe einzustellen", "drohte, … anzugreifen") is no event of its own
    const c = toks[tr.t0].clause;
    if (c === 0) return true;
    const [a, b] = ctx.clauses[c];
    let infinitival = false;
    // (h/ev29: also the -eln/-ern infinitives and "tun", "zu verhandeln", "zu ändern", "es zu tun")
    for (let j = a; j < b && !infinitival; j++) if (zuInfinitiveVerb(toks, j)) infinitival = true;
    if (!infinitival) return true;
    // (h/ev29) what a purpose clause would finance: "um mit dem Geld die Angriffe zu finanzieren" names the use the money is
    // meant for, not an act (an act prepared, "um einen Anschlag vorzubereiten", stays planned)
    if (tr.entry.pos === 'noun' && (toks[a]?.lower === 'um' || (toks[a]?.text === ',' && toks[a + 1]?.lower === 'um')) && toks.slice(tr.t0 + 1, b).some((t) => t.lower === 'finanzieren')) return false;
    // (also what an accusation charges — "der SPÖ vorgeworfen, eine Gesetzesänderung blockiert zu haben" — and what a request
    // noun asks for — "mit der dringenden Bitte, diese Plätze nicht anzugreifen")
    // (a governing verb counts also where it was dropped for want of an argument: "Das Militär … drohte, … anzugreifen")
    return !found.some((o) => toks[o.tr.t0].clause === c - 1 && (((o.tr.entry.type === 'REQUEST' || o.tr.entry.type === 'THREATEN' || PROMISES.has(o.tr.entry.lemma) || CHARGING.has(o.tr.entry.lemma)) && o.tr.entry.pos === 'verb') ||
      (o.tr.entry.type === 'REQUEST' && o.tr.entry.pos === 'noun' && o.tr.t0 >= ctx.clauses[c - 1][1] - 2))) &&
      !all.some((o) => toks[o.t0].clause === c - 1 && (o.entry.type === 'REQUEST' || o.entry.type === 'THREATEN') && o.entry.pos === 'verb') &&
      !toks.slice(ctx.clauses[c - 1][0], ctx.clauses[c - 1][1]).some((t) => CONTENT_GOVERNOR.test(t.lower));
  }).filter(({ tr }) => !consultTopic(ctx, tr, found));
  const out: { tr: Trigger; args: Arguments }[] = [];
  for (const x of kept) {
    if (sameEventClause(ctx, kept, x)) continue;
    // the earlier event's actor is not the subject who reacts to it ("griff sie nach einem Anschlag auf X … an")
    if (prior(toks, x) && kept.some((o) => o.tr.entry.pos === 'verb' && o.tr.entry.type === x.tr.entry.type && toks[o.tr.t0].clause === toks[x.tr.t0].clause && o.args.actors.some((a) => x.args.actors.some((b) => a.entity.id === b.entity.id)))) {
      x.args.actors = [];
    }
    const c = toks[x.tr.t0].clause;
    // (a leaving of office told twice, "trat zurück und hatte das Amt an X übergeben", is one act: the successor is no victim)
    const same = out.findIndex((o) => o.tr.entry.type === x.tr.entry.type && toks[o.tr.t0].clause === c && prior(toks, o) === prior(toks, x) && (x.tr.entry.type === 'CONCEDE' || !apart(x, o)) && !distinctActs(x.tr, o.tr) && !conjunctsApart(ctx, x.tr, o.tr, times));
    // one event told twice in a sentence with the same word and the same participants (a headline glued to its first
    // sentence: "Boehner könnte Obama verklagen Boehner schloss auch nicht aus, Obama zu verklagen"; "Lockerung bei
    // Budgetregeln … stellte eine Lockerung … in Aussicht")
    if (same < 0 && out.some((o) => o.tr.entry.type === x.tr.entry.type && o.tr.entry.lemma === x.tr.entry.lemma && sameIds(o.args.actors, x.args.actors) && sameIds(o.args.recipients, x.args.recipients) && !conjunctsApart(ctx, x.tr, o.tr, times))) continue;
    if (same < 0) {
      // "Bei einem Überfall … haben Kämpfer der X … Geiseln genommen": the clause subject does both acts; a setting noun
      // without actors kept beside a distinct act shares the verb's actors
      for (const o of out) {
        if (o.tr.entry.type !== x.tr.entry.type || toks[o.tr.t0].clause !== c || !distinctActs(x.tr, o.tr)) continue;
        const [noun, verb] = x.tr.entry.pos === 'noun' ? [x, o] : [o, x];
        if (noun.tr.entry.pos === 'noun' && verb.tr.entry.pos === 'verb' && !noun.args.actors.length && verb.args.actors.length && /^(bei|beim|während)$/.test(phraseOpener(toks, noun.tr.t0, ctx.clauses[c][0]))) noun.args.actors = [...verb.args.actors];
      }
      out.push(x);
    }
    // ("Aus Protest gegen … haben die Seeleute einen Fährenstreik begonnen": a noun after "aus" is the motive, the other
    // mention of the type names the act)
    else if (triggerScore(x) - (toks[x.tr.t0 - 1]?.lower === 'aus' ? 0.25 : 0) > triggerScore(out[same]) - (toks[out[same].tr.t0 - 1]?.lower === 'aus' ? 0.25 : 0)) out[same] = x;
  }
  return out;
}

/** Adverbs of a habit: what happens often is no single event. */
const HABITUAL = new Set(['häufig', 'oft', 'regelmäßig', 'wiederholt', 'mehrfach', 'vielfach', 'gewöhnlich', 'üblicherweise']);

/** "einen Vergeltungsangriff gestartet, bei dem zwei Menschen verletzt wurden": the relative clause tells the same event. */
function sameEventClause(ctx: SentenceContext, kept: { tr: Trigger }[], x: { tr: Trigger }): boolean {
  const { toks } = ctx;
  const c = toks[x.tr.t0].clause;
  if (c === 0) return false;
  const a = ctx.clauses[c][0];
  const opener = toks[a].lower === 'wobei' || (/^(bei|durch|in)$/.test(toks[a].lower) && /^(dem|der|denen)$/.test(toks[a + 1]?.lower ?? ''));
  return opener && kept.some((o) => o !== x && o.tr.entry.type === x.tr.entry.type && toks[o.tr.t0].clause === c - 1);
}

/**
 * (h/evconj) Two triggers in different coordinated conjuncts of one clause ("sich im Juni in Kasachstan treffen und im
 * Oktober auf einem Treffen in Brasilien") whose conjuncts each carry their own time, and the times differ, or their own
 * place (a LOC after "in"/"im"/"auf"), and the places differ: two events.
 */
export function conjunctsApart(ctx: SentenceContext, a: Trigger, b: Trigger, times: readonly TimeExpression[]): boolean {
  const { toks } = ctx;
  if (toks[a.t0].clause !== toks[b.t0].clause) return false;
  const ka = conjunctOf(ctx, a.t0);
  const kb = conjunctOf(ctx, b.t0);
  if (ka[0] === kb[0]) return false;
  const timeIn = (k: readonly number[]) => times.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.start >= toks[k[0]].start && t.start < toks[k[1] - 1].end).map((t) => t.value);
  const ta = timeIn(ka);
  const tb = timeIn(kb);
  if (ta.length && tb.length && !ta.some((v) => tb.includes(v))) return true;
  const placeIn = (k: readonly number[]) => ctx.mentions.filter((m) => m.entity.type === 'LOC' && m.form !== 'deriv' && m.t0 >= k[0] && m.t0 < k[1] && m.prep !== null && /^(in|im|auf)$/.test(m.prep)).map((m) => m.entity.id);
  const pa = placeIn(ka);
  const pb = placeIn(kb);
  return pa.length > 0 && pb.length > 0 && !pa.some((v) => pb.includes(v));
}

function sameIds(a: MentionRef[], b: MentionRef[]): boolean {
  return a.length === b.length && a.every((m) => b.some((n) => n.entity.id === m.entity.id));
}

function triggerScore(x: { tr: Trigger; args: Arguments }): number {
  return x.args.actors.length * 2 + x.args.recipients.length + (x.tr.entry.pos === 'verb' ? 0.5 : 0);
}

/**
 * Two acts of one type that are not one event told twice: a taking of hostages, a rape or torture beside an attack ("Bei
 * einem Überfall auf eine Fabrik haben Kämpfer … Mitarbeiter als Geiseln genommen"); for COERCE two named kinds (an arrest
 * and a seizure: "Bei Razzien wurden … festgenommen" has no kind for the raid, and stays one).
 */
const DISTINCT_ASSAULT = new Set(['abduct', 'sexual', 'torture']);
function distinctActs(a: Trigger, b: Trigger): boolean {
  const x = a.entry.mode ?? null;
  const y = b.entry.mode ?? null;
  if (x === y) return false;
  if (a.entry.type === 'ASSAULT') return (x !== null && DISTINCT_ASSAULT.has(x)) !== (y !== null && DISTINCT_ASSAULT.has(y));
  return a.entry.type === 'COERCE' && x !== null && y !== null;
}

/** A reaction: "als Reaktion auf den Beschuss", "als Antwort auf", "als Vergeltung für" before the noun. */
const REACTION_NOUN = /^(reaktion|antwort|vergeltung|rache|vergeltungsmaßnahme)$/;

/** A noun after "nach"/"vor" names an earlier event ("griff nach einem Anschlag auf X … an"): an event of its own. */
function prior(toks: Tok[], x: { tr: Trigger }): boolean {
  if (x.tr.entry.pos !== 'noun') return false;
  // (h/ev29: not "vor allem", an adverb: "gegen die vor allem Terrorvorwürfe erhoben werden")
  for (let j = Math.max(0, x.tr.t0 - 3); j < x.tr.t0; j++) if (toks[j].lower === 'nach' || (toks[j].lower === 'vor' && toks[j + 1]?.lower !== 'allem')) return true;
  // (and the act reacted to: "griff als Reaktion auf den Beschuss Ziele des IS an")
  for (let j = Math.max(1, x.tr.t0 - 4); j < x.tr.t0; j++) if ((toks[j].lower === 'auf' || toks[j].lower === 'für') && REACTION_NOUN.test(toks[j - 1].lower) && toks.slice(j + 1, x.tr.t0).every((t) => DETERMINERS.has(t.lower) || ALL_LOWER.test(t.text))) return true;
  // evfn round: adjectives and adverbs between the preposition and the noun ("Nach dem weitgehend ergebnislosen Treffen")
  for (let j = x.tr.t0 - 1; j >= Math.max(0, x.tr.t0 - 7); j--) {
    const l = toks[j].lower;
    if (l === 'nach' || (l === 'vor' && toks[j + 1]?.lower !== 'allem')) return true;
    if (!ALL_LOWER.test(toks[j].text) && !(DETERMINERS.has(l) || /^\d/.test(l))) return false;
  }
  return false;
}

/** Different victims are different events ("Zwei Palästinenser erschossen und vier Israelis verletzt"). */
function apart(x: { args: Arguments }, o: { args: Arguments }): boolean {
  return x.args.recipients.length > 0 && o.args.recipients.length > 0 && !x.args.recipients.some((r) => o.args.recipients.some((q) => q.entity.id === r.entity.id)) &&
    !x.args.actors.some((a) => o.args.recipients.some((q) => q.entity.id === a.entity.id));
}
