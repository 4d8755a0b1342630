// Sense filters of the selection: readings in which a trigger word names no event of its own (attributive, reference, statistic, idiom, …).
import { isEvaluation } from './evaluations.ts';
import { VERB_FORMS } from './lexicon.ts';
import { AUX, DETERMINERS, PREPOSITIONS, RELATIVES } from './words.ts';
import type { Arguments, SentenceContext, Tok, Trigger } from './extract.ts';
import { ALL_LOWER, CONTENT_TYPES, GENITIVE_ARTICLE, INFLECTED_LOWER, isAux, LETTER, LOWER_START, RELATIVE_OPENER, UPPER_START } from './shared.ts';

const LOWER_STEM_ENDING = /^(\p{Ll}+?)(e|en|er|es|em)$/u;
const CAPITALISED_ER = /^\p{Lu}\p{Ll}+er$/u;

/** Attributive participles ("die kritisierten Luftangriffe", "im besetzten Gebiet", "der von X unterstützten Regierung"). */
export function attributive(ctx: SentenceContext, tr: Trigger): boolean {
  if (tr.entry.pos !== 'verb') return false;
  if (phraseAttributive(ctx, tr)) return true;
  const { toks } = ctx;
  const t = toks[tr.t0].lower;
  const next = toks[tr.t0 + 1];
  const prev = toks[tr.t0 - 1];
  if (!next || !prev) return false;
  // "eines getöteten türkischen Soldaten": participle, adjective, noun
  if (!UPPER_START.test(next.text)) {
    const after = toks[tr.t0 + 2];
    // "der im Dezember festgenommene römische Mafiaboss": a short prepositional phrase between determiner and participle
    const detBefore = DETERMINERS.has(prev.lower) || /^(im|am|vom|zum|zur|beim)$/.test(prev.lower) ||
      (DETERMINERS.has(toks[tr.t0 - 3]?.lower ?? '') && /^(im|am|seit|vor|nach|in|bei|beim|von|vom)$/.test(toks[tr.t0 - 2]?.lower ?? '') && UPPER_START.test(prev.text));
    return /(t|n)(e|en|er|es|em)$/.test(t) && detBefore &&
      INFLECTED_LOWER.test(next.text) && !!after && UPPER_START.test(after.text);
  }
  // present participle: "die kämpfenden Gruppen"
  if (/end(e|en|er|es|em)$/.test(t)) return true;
  // a strong adjective ending no finite verb has: "die Freilassung inhaftierter Oppositioneller"
  if (INFLECTED_PARTICIPLE.test(t)) return true;
  // a strong participle with an adjective ending ("als Geiseln genommene Insassen"): no finite form ends in -ene
  if (INFLECTED_EN_PARTICIPLE.test(t) && /^ge|^(an|ab|auf|aus|ein|fest|vor|zurück)ge/.test(t)) return true;
  if (!/(t|n)(e|en|er|es|em)$/.test(t)) return false;
  const pl = prev.lower;
  if (DETERMINERS.has(pl) || PREPOSITIONS.has(pl) || /^(im|am|vom|zum|zur|beim|ins)$/.test(pl)) return true;
  // "des im Stabilitätspakt vereinbarten Nulldefizits": determiner, a short prepositional phrase, participle, noun
  if (UPPER_START.test(prev.text) && UPPER_START.test(next.text) && /^(im|am|vom|zum|zur|beim|in|mit|von|bei|nach|seit|vor)$/.test(toks[tr.t0 - 2]?.lower ?? '') && DETERMINERS.has(toks[tr.t0 - 3]?.lower ?? '') && !ctx.mentions.some((x) => x.t0 <= tr.t0 - 1 && x.t1 > tr.t0 - 1)) return true;
  // "der von Russland unterstützten Regierung"
  const m = ctx.mentions.find((x) => x.t1 === tr.t0);
  if (m && (m.prep === 'von' || m.prep === 'vom' || m.prep === 'durch')) return true;
  // adverb before, noun after: "international scharf kritisierten Luftangriffen" (a description noun after it is a noun
  // too: "die international anerkannte Regierung in Libyen", not a name that a finite verb would take as object)
  return LOWER_START.test(prev.text) && !AUX.has(pl) && !ctx.mentions.some((x) => x.t0 === tr.t0 + 1 && x.form !== 'desc');
}

/** Numbers and quantifiers that open a noun phrase like a determiner ("zwei", "mehreren", "vielen", "zahlreiche"). */
const NP_QUANTIFIER = /^(\d[\d.]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|hunderte[nr]?|tausende[nr]?|dutzende[nr]?|mehrere[nmrs]?|einige[nmrs]?|viele[nmrs]?|zahlreiche[nmrs]?|alle[nmrs]?|beide[nmrs]?|wenige[nmrs]?|etliche[nmrs]?|weitere[nmrs]?|sämtliche[nmrs]?|jene[nmrs]?|keine[nmrs]?|unsere[nmrs]?)$/;
/** A participle whose stem carries ge- (also behind a separable particle): with an adjective ending it is no finite form. */
const GE_STEM = /^(ge|(ab|an|auf|aus|bei|ein|fest|frei|mit|nach|vor|weg|zu|zurück|heraus|hin|her|los|um|durch|über|unter|wieder|zusammen|hoch|nieder|fort|gegen|hinaus|hinein|herein|voran|vorbei)ge)\p{Ll}{3,}$/u;

/**
 * The whole noun phrase around an inflected participle: a determiner, number or quantifier opens it, prepositional
 * phrases without a finite verb or comma may stand before the participle, and a noun (after adjectives or a coordinated
 * participle) closes it: "zwei im Raum Köln und in Bonn festgenommenen Männer", "einem in der Nacht zum Montag in Ulm
 * festgenommenen Mann", "von mehreren getöteten und verwundeten Kämpfern". A ge-participle with an adjective ending
 * after such an opening ("das von vielen zurückgewiesene …") is attributive whatever follows; a participle without ge-
 * ("verhafteten") may be a finite past, so there a noun must follow ("die in der Stadt verhafteten, …" is a relative
 * clause).
 */
function phraseAttributive(ctx: SentenceContext, tr: Trigger): boolean {
  const { toks } = ctx;
  const t = toks[tr.t0].lower;
  const m = LOWER_STEM_ENDING.exec(t);
  if (!m) return false;
  const stem = m[1].endsWith('n') || m[1].endsWith('t') ? m[1] : null;
  if (!stem || !VERB_FORMS.get(stem)?.some((f) => f.participle)) return false;
  // walk back over prepositional phrases to the determiner, number or quantifier that opens the phrase
  let opened = false;
  for (let j = tr.t0 - 1, steps = 0; j >= 0 && steps < 12; j--, steps++) {
    const w = toks[j];
    const l = w.lower;
    const next = toks[j + 1];
    // (a relative pronoun after a comma opens a clause whose participle may be finite: "…, die in Ulm verhafteten, …")
    if (RELATIVES.has(l) && toks[j - 1]?.text === ',') break;
    // (a year is a time adverbial, not a number of things: "der 2015 eingeleiteten Verfahren", but "mit dem Verbot 2013
    // vereinbarten Bund und Länder …" is a finite verb)
    const year = /^(1[89]|20)\d\d$/.test(l);
    const opener = !year && (DETERMINERS.has(l) || NP_QUANTIFIER.test(l) || /^(im|am|vom|zum|zur|beim|ins)$/.test(l));
    if (opener && (j + 1 === tr.t0 || PREPOSITIONS.has(next.lower) || /^(1[89]|20)\d\d$/.test(next.lower) || PHRASE_ADVERB.test(next.lower))) { opened = true; break; }
    if (year) continue;
    // (h/ev28) an adverb inside the phrase: "den ebenfalls am Freitag festgenommenen Rabah N."
    if (PHRASE_ADVERB.test(l) && j + 1 < tr.t0) continue;
    if (PREPOSITIONS.has(l) && j + 1 === tr.t0) { opened = true; break; }
    if (UPPER_START.test(w.text) || opener || PREPOSITIONS.has(l) || /^(und|oder|sowie)$/.test(l) || INFLECTED_LOWER.test(w.text)) {
      if (AUX.has(l)) break;
      continue;
    }
    break;
  }
  if (!opened) return false;
  if (GE_STEM.test(stem)) return true;
  // what follows: a noun, maybe after adjectives or "und" and another inflected participle or adjective
  for (let j = tr.t0 + 1; j < Math.min(toks.length, tr.t0 + 7); j++) {
    const w = toks[j];
    if (UPPER_START.test(w.text)) return !ctx.mentions.some((x) => x.t0 === j && x.prep);
    // (h/ev28: an adjective with a number, "25-jähriger", is three tokens)
    if (/^\d+$/.test(w.text) && toks[j + 1]?.text === '-' && INFLECTED_LOWER.test(toks[j + 2]?.text ?? '')) { j += 2; continue; }
    if (!(INFLECTED_LOWER.test(w.text) || /^(und|oder|sowie)$/.test(w.lower))) return false;
  }
  return false;
}
/** (h/ev28) Adverbs that stand inside an attributive participle phrase ("den bereits im Mai verhafteten …"). */
const PHRASE_ADVERB = /^(ebenfalls|bereits|schon|erst|zuvor|gestern|vorgestern|damals|zunächst|zuletzt|inzwischen|mittlerweile|später|vorher|erneut|ebenso|bisher|bislang|seither|kürzlich|jüngst|eigens|vorläufig|mutmaßlich|offenbar|angeblich|vermutlich)$/;

/**
 * The topic of talks is no event of its own: a noun after "über" that follows a meeting word in its clause ("Die
 * Detailverhandlungen über ein drittes Hilfspaket", "berät … über die Folgen … der Unruhen"), or after "um" in "geht es bei
 * den Gesprächen um ein Hilfspaket".
 */
export function consultTopic(ctx: SentenceContext, tr: Trigger, found: { tr: Trigger }[]): boolean {
  if (tr.entry.pos !== 'noun' || tr.entry.type === 'CONSULT') return false;
  const { toks } = ctx;
  const c = toks[tr.t0].clause;
  for (let j = tr.t0 - 1; j >= Math.max(0, tr.t0 - 8) && toks[j].clause === c; j--) {
    const w = toks[j].lower;
    const um = w === 'um' && toks.some((t) => t.clause === c && /^(geht|ging|gehe|gehen)$/.test(t.lower));
    if (w !== 'über' && !um) continue;
    // ("ein Dokumentarfilm über die Niederschlagung": an "über" right after another noun belongs to that noun)
    const before = toks[j - 1];
    if (before && UPPER_START.test(before.text) && !found.some((o) => o.tr.entry.type === 'CONSULT' && o.tr.t0 === j - 1)) return false;
    return found.some((o) => o.tr.entry.type === 'CONSULT' && o.tr.t0 < j && toks[o.tr.t0].clause === c);
  }
  return false;
}

const INDEFINITES = new Set(['ein', 'eine', 'einer', 'einen', 'einem', 'eines']);
/** Noun types that often name a topic, a document or a position rather than an act ("die Forderungen abarbeiten"). */
const BARE_TYPES = new Set(['REQUEST', 'AGREE', 'COOPERATE', 'SUPPORT']);

/**
 * A speech-act or relation noun with neither an actor nor a recipient is a reference to a topic or a document
 * ("einen Großteil der Forderungen abgearbeitet", "die wirtschaftliche Zusammenarbeit"), not an event.
 */
export function bareReference(ctx: SentenceContext, tr: Trigger, args: Arguments): boolean {
  if (!BARE_TYPES.has(tr.entry.type) || args.actors.length > 0 || args.recipients.length > 0) return false;
  // (h/ev29) an order frame ("auf Anweisung des Innenministers", "auf Befehl des Kommandanten") names the act that was ordered,
  // whoever issued it
  if (tr.entry.lemma === 'Anordnung' && tr.entry.nextGenitive) return false;
  // support (evprec): praise for something ("Lob für die Ankündigung") and support denied ("keine Unterstützung") stay
  // events; a bare support noun is a need, a share or thanks ("die Unterstützung vieler Einzelner benötigt", "an
  // Unterstützung gewinnen", "Vielen Dank für … Unterstützung")
  if (tr.entry.type === 'SUPPORT' && (ctx.toks[tr.t1]?.lower === 'für' || /^kein(e|en|er|em)?$/.test(ctx.toks[tr.t0 - 1]?.lower ?? ''))) return false;
  // an indefinite noun introduces a new act, even one only considered ("würde eine Kooperation erwogen")
  const { toks } = ctx;
  // (the noun's own article: adjectives may stand between, another noun may not — "einen Großteil der Forderungen")
  // (h/evsucc) a negative article denies the act where it states that none took place: "es gibt keinen Vergleich", "es
  // kommt zu keiner Einigung", or opens a verbless item after a colon or the sentence ("…: keine Rücktrittsaufforderungen,
  // keine Obmanndebatte"); not a predicate or a reception ("sei kein Kompromiss", "fand keine Zustimmung"); coordinated
  // adjectives may stand between the article and the noun ("ein starkes und ausgeglichenes Abkommen")
  for (let j = tr.t0 - 1; j >= Math.max(0, tr.t0 - 5); j--) {
    const w = toks[j];
    if (INDEFINITES.has(w.lower) || (NEGATIVE_ARTICLE.test(w.lower) && deniedAct(ctx, j))) return false;
    if (w.text === ',' || w.lower === 'und') continue;
    if (!ALL_LOWER.test(w.text) || DETERMINERS.has(w.lower) || PREPOSITIONS.has(w.lower)) break;
  }
  // (h/evsucc) a time frame set by the act: "Nach Bildung der rot-blauen Koalition", "seit (der) Unterzeichnung des
  // Abkommens", "vor Abschluss der Verträge" — a temporal preposition opening its phrase, the noun with its genitive
  if (tr.entry.pos === 'noun' && GENITIVE_ARTICLE.test(toks[tr.t1]?.lower ?? '')) {
    let p = tr.t0 - 1;
    if (/^(der|dem)$/.test(toks[p]?.lower ?? '')) p--;
    if (p >= 0 && /^(nach|seit|vor)$/.test(toks[p].lower) && (p === 0 || !UPPER_START.test(toks[p - 1].text) || !LETTER.test(toks[p - 1].text))) return false;
  }
  return true;
}
const NEGATIVE_ARTICLE = /^kein(e|en|er|em|es)?$/;
/** The negative article at `j` states that an act did not take place (see bareReference). */
function deniedAct(ctx: SentenceContext, j: number): boolean {
  const { toks } = ctx;
  if (j === 0 || toks[j - 1].text === ':') return true;
  const c = toks[j].clause;
  let exist = false, come = false;
  for (const t of toks) if (t.clause === c) {
    if (/^(gibt|gab|gaben|geben|gebe|gäbe|gegeben)$/.test(t.lower)) exist = true;
    if (/^(kommt|kam|kamen|kommen|komme|käme|gekommen)$/.test(t.lower)) come = true;
  }
  return exist || (come && /^(zu|zur|zum)$/.test(toks[j - 1].lower));
}

/** Words of a wish, a hope, a search or a wait ("wartete auf ihre Hinrichtung"): what follows them is wanted or expected, not done. */
const WISH = /^(interesse|wunsch|wünscht|wünschen|wünschte|wünschten|hofft|hoffen|hoffte|hofften|hoffnung|suche|sucht|suchen|bemüht|bemühen|bemühte|bemühungen|sehnsucht|chance|chancen|wartet|warten|wartete|warteten|gewartet)$/;

/**
 * A noun after a wish in its clause ("Sein Interesse an einer Einigung sei gering", "wünscht sich eine Einigung", "auf
 * der Suche nach einer Zusammenarbeit") is the content of that wish, like the content of a request: no event.
 */
export function wished(toks: Tok[], tr: Trigger): boolean {
  const c = toks[tr.t0].clause;
  // a topic: "nichts zum Inhalt der Gespräche", "Teil der Verhandlungen" (not "Thema der Unterredung war …", which the
  // gold annotates as the meeting)
  if (tr.entry.type === 'CONSULT' && /^(der|des)$/.test(toks[tr.t0 - 1]?.lower ?? '') && /^(inhalt|inhalte|inhalten|gegenstand|teil|details|erwartungen|ausgang|ergebnis|ergebnisse|ergebnissen|bilanz|protokoll|tagesordnung)$/.test(toks[tr.t0 - 2]?.lower ?? '')) return true;
  // advocated: "machte sich für eine erweiterte Gesprächsrunde stark", "plädierte für Verhandlungen"
  if (toks.slice(Math.max(0, tr.t0 - 3), tr.t0).some((t) => t.lower === 'für') &&
    toks.some((t, j) => t.clause === c && (/^plädier/.test(t.lower) || (j > tr.t0 && t.lower === 'stark' && toks.some((u) => u.clause === c && u.lower === 'sich'))))) return true;
  for (let j = tr.t0 - 1; j >= Math.max(0, tr.t0 - 8); j--) {
    if (toks[j].clause !== c) return false;
    if (WISH.test(toks[j].lower)) return true;
  }
  return false;
}

/**
 * The thing a request noun asks for ("mit der Forderung nach einem Einreiseverbot", "der Ruf nach Sanktionen") is the
 * request's content, not an event of its own.
 */
export function requestedNoun(toks: Tok[], tr: Trigger, live: { tr: Trigger }[]): boolean {
  if (tr.entry.type === 'REQUEST') return false;
  for (let j = tr.t0 - 1; j >= Math.max(0, tr.t0 - 4); j--) {
    if (!/^(nach|für|um|zu|zum|zur)$/.test(toks[j].lower)) continue;
    const head = j - 1;
    return live.some((o) => o.tr.entry.type === 'REQUEST' && o.tr.entry.pos === 'noun' && o.tr.t0 === head);
  }
  return false;
}

/**
 * A speech-act noun that is judged ("hält eine Wahlempfehlung für ein Relikt", "hielt Gespräche für sinnlos") is a topic of
 * an opinion, not an event.
 */
export function judgedNoun(toks: Tok[], tr: Trigger): boolean {
  if (!CONTENT_TYPES.has(tr.entry.type)) return false;
  const c = toks[tr.t0].clause;
  let halt = false;
  for (let j = tr.t0 - 1; j >= 0 && toks[j].clause === c; j--) if (/^(hält|halte|halten|hielt|hielten|erachtet|erachten)$/.test(toks[j].lower)) halt = true;
  if (!halt) return false;
  for (let j = tr.t0 + 1; j < toks.length && toks[j].clause === c; j++) if (toks[j].lower === 'für') return true;
  return false;
}

/** A sentence about an indefinite person ("jemand", "jemanden") states a rule or a case in general, not an event. */
export function genericPerson(toks: Tok[]): boolean {
  for (const t of toks) if (t.lower === 'jemand' || t.lower === 'jemanden' || t.lower === 'jemandem') return true;
  return false;
}

/** (h/ev29) A norm about an indefinite person defined by a relative clause ("Ein Abgeordneter, der …, darf nicht festgenommen
 * werden"): a sentence, or a part after a colon or a quotation mark, that opens with "Ein/Eine X, der/die …" and holds a modal
 * of permission or duty after it; the acts after the opener are the norm's, not events. */
const NORM_MODAL = /^(darf|dürfe|dürfen|muss|müsse|müssen|kann|könne|soll|solle)$/;
export function indefiniteNorm(toks: Tok[], t0: number): boolean {
  for (let k = 0; k < t0; k++) {
    if (!/^(ein|eine)$/.test(toks[k].lower)) continue;
    let b = k - 1;
    while (b >= 0 && /^["„“”»«']$/.test(toks[b].text)) b--;
    if (b >= 0 && toks[b].text !== ':') continue;
    let j = k + 1;
    while (j < k + 4 && j < toks.length && ALL_LOWER.test(toks[j].text)) j++;
    if (!UPPER_START.test(toks[j]?.text ?? '') || toks[j + 1]?.text !== ',' || !/^(der|die|welcher|welche)$/.test(toks[j + 2]?.lower ?? '')) continue;
    if (t0 > j + 2 && toks.some((t, n) => n > j + 2 && NORM_MODAL.test(t.lower))) return true;
  }
  return false;
}

export function auxIn(toks: Tok[], a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (isAux(toks[j])) return true;
  return false;
}

/** "Verletzt wurde niemand", "Dabei wurde niemand getötet": an injury or killing of no one is no event. */
export function noHarm(ctx: SentenceContext, tr: Trigger, a: number, b: number): boolean {
  if (tr.entry.type !== 'ASSAULT' || tr.entry.pos !== 'verb' || !tr.participle) return false;
  for (let j = a; j < b; j++) if (/^(niemand|keiner|niemanden)$/.test(ctx.toks[j].lower)) return true;
  // injuries and deaths of an accident or a natural hazard ("bei einem Verkehrsunfall schwer verletzt", "von einem Blitz
  // getroffen und leicht verletzt", "von einem Braunbären verletzt"), unless the sentence names an attack or an attacker
  if (/^(verletzt|getötet|schwerverletzt)$/.test(ctx.toks[tr.t0].lower)) {
    let accident = false, attack = false;
    for (const t of ctx.toks) {
      if (/(unfall|unglück|blitz|lawine|erdbeben|unwetter|absturz|abgestürzt|bären?$|verkehrsunfall|frontalzusammenstoß)/.test(t.lower)) accident = true;
      if (/(angriff|attack|anschlag|amok|täter|schuss|schüsse|messer|waffe|bombe|explosion|überfall|schläger|polizei|ermittl|verdacht)/.test(t.lower)) attack = true;
    }
    if (accident && !attack) return true;
  }
  return false;
}

/**
 * Counts and trends are statistics, not events: "die Zunahme der Angriffe", "die Zahl der Anschläge",
 * "hat es mehr als tausend Angriffe gegeben", "2014 hatte es insgesamt 199 Attacken gegeben".
 */
export function statistic(ctx: SentenceContext, tr: Trigger, a: number, b: number): boolean {
  if (tr.entry.pos !== 'noun') return false;
  const { toks } = ctx;
  const p1 = toks[tr.t0 - 1]?.lower ?? '';
  const p2 = toks[tr.t0 - 2]?.lower ?? '';
  if (/^(der|an|von)$/.test(p1) && /^(zahl|zunahme|anstieg|anteil|rückgang|häufung|statistik|gesamtzahl|anzahl)$/.test(p2)) return true;
  let counted = false;
  for (let j = Math.max(a, tr.t0 - 3); j < tr.t0; j++) {
    const w = toks[j].lower;
    if (/^(insgesamt|hunderte|tausende|dutzende|hundert|tausend)$/.test(w) || (/^\d[\d.]*$/.test(w) && Number(w.replace(/\./g, '')) >= 10 && toks[j + 1]?.lower !== 'uhr')) counted = true;
  }
  if (!counted) return false;
  let es = false;
  let gab = false;
  for (let j = a; j < b; j++) {
    const w = toks[j].lower;
    if (w === 'es') es = true;
    if (/^(gab|gibt|gegeben|geben|gezählt|registriert|verzeichnet)$/.test(w)) gab = true;
  }
  return (es && gab) || toks.slice(a, b).some((t) => /^(gezählt|registriert|verzeichnet)$/.test(t.lower));
}

/** Nouns of a link or an involvement: what they govern ("Verbindung zu den Anschlägen") is a topic, not an event (not
 * "im Zusammenhang mit dem Anschlag gefasst": the gold keeps that attack as an event). */
const LINK_NOUN = /^(verbindung|verbindungen|kontakt|kontakte|kontakten|verwicklung|verstrickung|bezug|bezüge|nähe)$/;
/** Predicates of a link by their preposition: "mit X in Verbindung gebracht", "in X verwickelt" (not "an X beteiligt":
 * taking part in fighting is the fighting). */
const LINK_PREDICATE: [RegExp, RegExp][] = [
  [/^mit$/, /^(verbindung)$/],
  [/^in$/, /^(verwickelt|verstrickt|involviert)$/],
];
/** (h/ev28) Role nouns that name people by an event in the genitive ("Drahtzieher der Anschläge", "Verantwortlichen der …"). */
const ROLE_GENITIVE = /^(drahtzieher|drahtziehern|hintermann|hintermänner|hintermännern|verantwortliche|verantwortlichen|urheber|urhebern|auftraggeber|auftraggebern|planer|planern|organisator|organisatoren|mastermind|kopf|köpfe|köpfen)$/;
/** Nouns of plotting: what they govern in the genitive ("die Vorbereitung eines Anschlags") has not happened. */
const PLOT_NOUN = /^(vorbereitung|vorbereitungen|planung|planungen|plan|pläne|plänen)$/;
/** Fractions and rankings over a class of events ("ein Viertel aller Anschläge", "Spitzenreiter bei Übergriffen"). */
const SHARE_NOUN = /^(viertel|drittel|hälfte|fünftel|zehntel|prozent|großteil|mehrheit|anteil|spitzenreiter|schlusslicht|statistik|bilanz)$/;
/** Words that may stand between a governor and the noun it governs: articles, prepositions, inflected adjectives, numbers. */
function npFiller(t: Tok): boolean {
  return DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || INFLECTED_LOWER.test(t.text) || /^(\d[\d.]*|aller|allen|bisher|bislang|insgesamt|mehr|als|fast|knapp|rund|etwa|über|jüngsten|jüngste)$/.test(t.lower);
}

/**
 * A noun governed by a link, a plot or a share is a reference to an event, not a mention of it:
 * - the topic of a suspected link ("mit den Anschlägen in Verbindung gebracht", "in die Anschläge verwickelt", "der
 *   Verdacht einer Verbindung zu den Anschlägen", "an den Angriffen beteiligt");
 * - a plotted attack ("an der Vorbereitung eines Anschlags beteiligt", "der einen Anschlag geplant haben soll");
 * - a share or ranking over a class of events ("ein Viertel aller registrierten Brandanschläge", "Spitzenreiter bei
 *   Übergriffen") and every event noun of a clause that registers counted events ("Einschließlich der Brandanschläge
 *   wurden insgesamt 459 Angriffe registriert"), also a verbless count ("Insgesamt 459 Angriffe.").
 * A noun whose own relative clause tells the event ("Anschläge, bei denen 38 Menschen starben") stays an event.
 */
export function governedReference(ctx: SentenceContext, tr: Trigger, a: number, b: number): boolean {
  if (tr.entry.pos !== 'noun') return false;
  const { toks } = ctx;
  if (toks[tr.t1]?.text === ',' && /^(bei|in|an|wobei|während|nach)$/.test(toks[tr.t1 + 1]?.lower ?? '') && /^(denen|dem|der|welchen|welchem|welcher)$/.test(toks[tr.t1 + 2]?.lower ?? '')) return false;
  // (the clause's words are read in place: this runs for every noun trigger)
  const anyWord = (re: RegExp, from = a, to = b) => { for (let k = from; k < to; k++) if (re.test(toks[k].lower)) return true; return false; };
  // (h/ev28) a role noun before the genitive names people by the event: "der Drahtzieher der Pariser Anschläge", "Verbindungen
  // zu den Verantwortlichen der Terroranschläge"; a foiled act did not happen: "dem vereitelten Terroranschlag"
  {
    let k = tr.t0 - 1;
    if (k > a && CAPITALISED_ER.test(toks[k].text) && /^(der|des)$/.test(toks[k - 1].lower)) k--;
    if (k > a && /^(der|des|dieser|dieses)$/.test(toks[k].lower) && ROLE_GENITIVE.test(toks[k - 1].lower)) return true;
    if (/^vereitelt(e|en|er|es|em)$/.test(toks[tr.t0 - 1]?.lower ?? '')) return true;
  }
  // the governing preposition and the word before it
  let j = tr.t0 - 1;
  // (a place adjective right before the noun is part of its phrase: "zu den Brüsseler Anschlägen")
  if (j > a && CAPITALISED_ER.test(toks[j].text) && DETERMINERS.has(toks[j - 1].lower)) j--;
  while (j >= a && j >= tr.t0 - 6 && npFiller(toks[j]) && !PREPOSITIONS.has(toks[j].lower)) j--;
  const prep = j >= a && PREPOSITIONS.has(toks[j].lower) ? toks[j].lower : null;
  if (prep) {
    // the link noun right before the preposition (after its own article): "Verbindung zu", "im Zusammenhang mit"
    if (/^(zu|mit|an|in)$/.test(prep) && LINK_NOUN.test(toks[j - 1]?.lower ?? '')) return true;
    for (const [p, pred] of LINK_PREDICATE) {
      if (!p.test(prep)) continue;
      for (let k = a; k < b; k++) {
        if (k >= j && k <= tr.t0) continue;
        if (!pred.test(toks[k].lower)) continue;
        // "in Verbindung", "im Zusammenhang": the noun stands after "in"/"im"
        if (p.source === '^mit$' && !/^(in|im)$/.test(toks[k - 1]?.lower ?? '')) continue;
        return true;
      }
    }
  }
  // (h/ev28) a class of events recalled: "die an frühere Anschläge erinnert" (not a definite event: "erinnert an den
  // Anschlag von 1972" may be told as background). (What someone is held responsible for, "für den Anschlag verantwortlich
  // machen", stays an event: the tuned gold codes it three times, blind 28 twice not.)
  if (prep === 'an' && anyWord(/^erinner/) && !DETERMINERS.has(toks[tr.t0 - 1]?.lower ?? '') && !DETERMINERS.has(toks[j + 1]?.lower ?? '')) return true;
  // (h/ev28) a simulated or practised attack is an exercise: "… überflogen und Angriffe simuliert"
  if (tr.entry.type === 'ASSAULT' && anyWord(/^(simuliert|simulierte|simulierten|simulieren|simuliere|simulierend|geprobt|probten|probte)$/, tr.t1, b)) return true;
  // one of a series: "die jüngste in einer Reihe von Drohungen"
  if (prep === 'von' && j >= a + 3 && /^(reihe|serie)$/.test(toks[j - 1].lower) && toks[j - 2].lower === 'einer' && toks[j - 3].lower === 'in') return true;
  // the means of a threat: "drohte … mit Militärschlägen" (also where the threat itself found no trigger or was dropped)
  if (prep === 'mit' && anyWord(THREAT_VERB)) return true;
  // a part of events told before: "Für zwei dieser Anschläge", "einer dieser Angriffe"
  if (/^(dieser|jener)$/.test(toks[tr.t0 - 1]?.lower ?? '') && PARTITIVE_COUNT.test(toks[tr.t0 - 2]?.lower ?? '')) return true;
  // what a picture shows: "ein Propagandavideo …, das einen Atomangriff auf die USA zeigt"
  if (depicted(toks, tr, a, b)) return true;
  // a predicate noun classifying what was said: "Das ist keine Begnadigung, sondern …", "Dies war ein Angriff auf …"
  // (not an evaluation, which is the speaker's censure: "Das ist ein Wahnsinn, sagt X")
  if (tr.entry.type !== 'ACCUSE' && !isEvaluation(tr.entry) && predicateNoun(toks, tr, a, b)) return true;
  // the genitive of a plot noun: "(an der) Vorbereitung eines Terroranschlags"
  if (/^(eines|einer|des|der|von)$/.test(toks[tr.t0 - 1]?.lower ?? '') && PLOT_NOUN.test(toks[tr.t0 - 2]?.lower ?? '')) return true;
  // the object of an alleged plot: "der einen Anschlag geplant haben soll"
  // (the perfect after the noun: not "Der Gipfel soll wie geplant stattfinden")
  for (let k = tr.t1; k < b - 1; k++) {
    if (!/^(geplant|vorbereitet)$/.test(toks[k].lower)) continue;
    const perfect = toks[k + 1].lower === 'haben' || (toks[k + 1].lower === 'zu' && toks[k + 2]?.lower === 'haben');
    if (perfect && anyWord(/^(soll|sollen|solle|sollten|verdächtigt|beschuldigt|mutmaßlich)$/)) return true;
  }
  // a share or ranking: "ein Viertel aller …", "Spitzenreiter bei …"
  // (a prepositional phrase may stand inside: "ein Viertel aller bisher in diesem Jahr registrierten Brandanschläge")
  for (let k = tr.t0 - 1; k >= Math.max(a, tr.t0 - 9); k--) {
    if (SHARE_NOUN.test(toks[k].lower)) return true;
    if (!npFiller(toks[k]) && !(UPPER_START.test(toks[k].text) && DETERMINERS.has(toks[k - 1]?.lower ?? '') && PREPOSITIONS.has(toks[k - 2]?.lower ?? ''))) break;
  }
  // a clause that registers counts: every event noun in it
  const counted = (w: string) => /^(insgesamt|hunderte|tausende|dutzende|hundert|tausend)$/.test(w) || (/^\d[\d.]*$/.test(w) && Number(w.replace(/\./g, '')) >= 10);
  if (anyWord(/^(registriert|registrierten|gezählt|verzeichnet)$/) && (toks.slice(a, b).some((t) => counted(t.lower)) || anyWord(/^aller$/, Math.max(a, tr.t0 - 8), tr.t0))) return true;
  // a verbless total: "Insgesamt 459 Angriffe." (not a headline's news: "15 Festnahmen nahe der Grenze")
  const total = (w: string) => /^(insgesamt|bisher|bislang|jährlich)$/.test(w);
  if (toks.slice(Math.max(a, tr.t0 - 3), tr.t0).some((t) => counted(t.lower)) && toks.some((t) => total(t.lower)) &&
    toks.every((t, k) => k === tr.t0 || !LETTER.test(t.text) || UPPER_START.test(t.text) || total(t.lower) || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || /^(mehr|als|fast|knapp|rund|etwa|über|und)$/.test(t.lower) || (INFLECTED_LOWER.test(t.text) && UPPER_START.test(toks[k + 1]?.text ?? '')))) return true;
  return false;
}

/**
 * An infinitive under a Konjunktiv-I "müsse" in its clause (or in the clause an "und" continues): "Südkorea müsse sich
 * entschuldigen und die Planer hinrichten lassen". Not a participle or an epistemic perfect ("müsse … gekommen sein"),
 * not with a "man"/"wir"/"ich" subject (the speaker's side: "man müsse X unterstützen").
 */
export function demandedInfinitive(ctx: SentenceContext, tr: Trigger, a: number, b: number): boolean {
  const { toks } = ctx;
  if (tr.participle || !/en$/.test(toks[tr.t0].lower)) return false;
  for (let k = tr.t1; k < b; k++) if (/^(sein|haben|worden|werden)$/.test(toks[k].lower)) return false;
  // (not the speaker's own side: "man müsse X unterstützen" states the stance of whoever speaks)
  const modalIn = (k0: number, k1: number) => {
    let modal = false;
    for (let k = k0; k < k1; k++) {
      if (toks[k].lower === 'müsse') modal = true;
      if (/^(man|wir|ich)$/.test(toks[k].lower)) return false;
    }
    return modal;
  };
  if (modalIn(a, b)) return true;
  const c = toks[tr.t0].clause;
  if (c > 0 && /^(und|oder|sowie)$/.test(toks[a]?.lower ?? '')) return modalIn(...ctx.clauses[c - 1]);
  return false;
}

/** Forms of "drohen" whose "mit" phrase names the threatened means ("drohte … mit Militärschlägen"). */
const THREAT_VERB = /^(droht|drohte|drohten|drohen|drohe|gedroht|androht|androhte|drohend)$/;
/** Counts before a partitive demonstrative: "zwei dieser Anschläge", "einer dieser Angriffe". */
const PARTITIVE_COUNT = /^(\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|einer|eines|einen|einem|eine|viele|vielen|einige|einigen|mehrere|mehreren|keiner|keines|beide|beiden|manche|alle)$/;
/** Pictures and recordings whose relative clause "…, das … zeigt" depicts an event rather than telling it. */
const PICTURE_NOUN = /(video|videos|film|films|foto|fotos|bild|bilder|aufnahme|aufnahmen|clip|clips|plakat|plakate|karikatur|grafik|animation|spiel|computerspiel|szene|szenen)$/;
const SHOW_VERB = /^(zeigt|zeigte|zeigen|zeigten|darstellt|darstellte|darstellen|simuliert|simulierte|simulieren)$/;

/** The event noun in a relative clause of a picture noun whose verb shows it ("ein Video …, das einen Angriff zeigt"). */
function depicted(toks: Tok[], tr: Trigger, a: number, b: number): boolean {
  if (a < 2 || toks[a].text !== ',' && toks[a - 1]?.text !== ',') return false;
  const comma = toks[a].text === ',' ? a : a - 1;
  if (!RELATIVE_OPENER.test(toks[comma + 1]?.lower ?? '')) return false;
  let shows = false;
  for (let k = tr.t1; k < b; k++) if (SHOW_VERB.test(toks[k].lower)) shows = true;
  if (!shows) return false;
  for (let k = comma - 1; k >= Math.max(0, comma - 3); k--) if (UPPER_START.test(toks[k].text) && PICTURE_NOUN.test(toks[k].lower)) return true;
  return false;
}

/** "Das ist keine Begnadigung", "Dies war ein Angriff auf …": a noun after a demonstrative subject and a copula, with
 * no participle after it ("Es ist kein Zugeständnis erfolgt" tells an event). */
function predicateNoun(toks: Tok[], tr: Trigger, a: number, b: number): boolean {
  let k = a;
  if (toks[k]?.text === ',' || /^[„“"»]$/.test(toks[k]?.text ?? '')) k++;
  if (!/^(das|dies)$/.test(toks[k]?.lower ?? '') || !/^(ist|war|sei|wäre)$/.test(toks[k + 1]?.lower ?? '')) return false;
  let m = k + 2;
  if (/^(doch|auch|aber|nur|eben|also|schon|wirklich|eindeutig|klar|natürlich|sicher|sicherlich)$/.test(toks[m]?.lower ?? '')) m++;
  if (!/^(k?ein|k?eine|k?einen)$/.test(toks[m]?.lower ?? '')) return false;
  for (let n = m + 1; n < tr.t0; n++) if (!INFLECTED_LOWER.test(toks[n].text)) return false;
  for (let n = tr.t1; n < b; n++) if (GE_STEM.test(toks[n].lower) || /^(worden|wird|werden)$/.test(toks[n].lower)) return false;
  return true;
}

/** Words of a threatened consequence in the clause after a condition. */
const CONSEQUENCE = /^(sanktionen|konsequenzen|strafmaßnahmen|vergeltung|gegenmaßnahmen)$/;

/**
 * The condition of a threat is no event: "Sollten die Separatisten weitere Gebiete erobern, werde dies zusätzliche
 * Sanktionen nach sich ziehen", "Falls X angreift, droht Y mit …". The clause opens with "sollte(n)" (verb first) or
 * "falls" and the next clause names a consequence (Sanktionen, Konsequenzen, "nach sich ziehen") or holds a threat.
 */
export function threatCondition(ctx: SentenceContext, tr: Trigger, found: { tr: Trigger }[]): boolean {
  if (tr.entry.type === 'THREATEN') return false;
  const { toks } = ctx;
  const c = toks[tr.t0].clause;
  const [c0] = ctx.clauses[c];
  const opener = toks[c0]?.lower;
  const first = c0 === 0 || /^[:;–—-]$/.test(toks[c0 - 1]?.text ?? '');
  if (!((opener === 'sollte' || opener === 'sollten') && first) && opener !== 'falls') return false;
  const next = ctx.clauses[c + 1];
  if (!next) return false;
  for (let j = next[0]; j < next[1]; j++) {
    if (CONSEQUENCE.test(toks[j].lower) || (toks[j].lower === 'nach' && toks[j + 1]?.lower === 'sich' && /^zieh/.test(toks[j + 2]?.lower ?? ''))) return true;
  }
  return found.some((o) => o.tr.entry.type === 'THREATEN' && toks[o.tr.t0].clause === c + 1);
}

/** "Demo gegen das Treffen": a meeting noun after "gegen" in a clause with a PROTEST trigger. */
export function protestTarget(toks: Tok[], tr: Trigger, live: { tr: Trigger }[]): boolean {
  let gegen = false;
  for (let j = Math.max(0, tr.t0 - 3); j < tr.t0; j++) {
    if (toks[j].lower === 'gegen') {
      gegen = true;
      // "Widerstandscamp gegen den G7-Gipfel", "Demo gegen das Treffen": a noun of opposition before "gegen"
      if (PROTEST_NOUN.test(toks[j - 1]?.lower ?? '')) return true;
    }
    // "die Gegner des G7-Gipfels"
    if (/^(gegner|gegnern|gegnerinnen|kritiker|kritikern)$/.test(toks[j].lower) && /^(des|der|eines)$/.test(toks[j + 1]?.lower ?? '')) return true;
  }
  if (!gegen) return false;
  for (const o of live) if (o.tr.entry.type === 'PROTEST' && toks[o.tr.t0].clause === toks[tr.t0].clause) return true;
  return false;
}

/** "Sie müssen ermittelt und bestraft werden, forderte er": what is demanded before a REQUEST verb opening the next clause. */
export function demanded(ctx: SentenceContext, tr: Trigger, found: { tr: Trigger }[]): boolean {
  if (tr.entry.type === 'REQUEST') return false;
  const nx = ctx.clauses[ctx.toks[tr.t0].clause + 1];
  if (!nx) return false;
  // (not a second main clause of the same subject: "lobten den Vertrag, riefen aber auch zu raschem Handeln auf")
  for (const o of found) if (o.tr.t0 === nx[0] && o.tr.entry.type === 'REQUEST' && o.tr.entry.pos === 'verb' && !/^(aber|jedoch|zudem|auch|allerdings|gleichzeitig|zugleich|außerdem|ebenfalls|dann)$/.test(ctx.toks[o.tr.t0 + 1]?.lower ?? '')) return true;
  return false;
}

/** Idioms with an event word: "die Ursachen in Angriff nehmen" (tackle them). */
export function idiom(ctx: SentenceContext, tr: Trigger, a: number, b: number): boolean {
  const { toks } = ctx;
  // "in Angriff nehmen" (start a task), "nahmen 33 Berichte in Verhandlung" (deliberate on them)
  if (((tr.entry.lemma === 'Angriff' && toks[tr.t0].lower === 'angriff') || (tr.entry.lemma === 'Verhandlung' && toks[tr.t0].lower === 'verhandlung')) && toks[tr.t0 - 1]?.lower === 'in') {
    for (let j = a; j < b; j++) if (j !== tr.t0 && /^(genommen|nehmen|nimmt|nahm|nahmen|zu nehmen)$/.test(toks[j].lower)) return true;
  }
  // a "-verbot" compound names a rule ("gegen das Referendumsverbot", "Missachtung des Kopfverbots", "Abtreibungsverbot"
  // in a list); it is an event only where the ban is imposed ("ein Veröffentlichungsverbot erwirkt", "verhängte ein Demoverbot")
  if (tr.entry.lemma === 'Verbot' && !/^verbot(s|e|en)?$/.test(toks[tr.t0].lower)) {
    let imposed = false;
    for (let j = a; j < b; j++) if (j !== tr.t0 && /^(verhäng|beleg|erlass|erließ|ausgesprochen|sprach|spricht|erwirk|beschloss|beschließ|beschlossen|angeordnet|ordnet|ordnete|verfügt|erteil|verordn|eingeführt|führt|führte|plan|geplant|will|wollen|kündig|angekündigt|fordert|forderte|gefordert|verlang|erwäg|prüf|diskutier|liebäugel|verschärf|aufgehoben|aufheb|hebt|hob|lockert|gelockert|bestätigt)/.test(toks[j].lower)) imposed = true;
    if (!imposed) return true;
  }
  // a team's attack line: "Im Angriff muss der Trainer auf X verzichten", "in der Offensive hat Moldau nicht stattgefunden"
  // (not "im Angriff auf Mossul")
  const lw = toks[tr.t0].lower;
  if (((lw === 'angriff' && toks[tr.t0 - 1]?.lower === 'im') || (lw === 'offensive' && toks[tr.t0 - 1]?.lower === 'der' && toks[tr.t0 - 2]?.lower === 'in')) && !/^(auf|gegen)$/.test(toks[tr.t0 + 1]?.lower ?? '')) return true;
  // "Wir sind alle gefordert", "aktuell ist der Trainer gefordert": challenged, called upon — a state, not a demand
  if (lw === 'gefordert' && tr.entry.type === 'REQUEST') {
    const cl = toks.slice(a, b).map((t) => t.lower);
    if (cl.some((w) => /^(ist|sind|sei|seien|war|waren|bin|bist|seid|wäre|wären)$/.test(w)) && !cl.some((w) => /^(worden|wird|werden|wurde|wurden|hat|haben|hatte|hatten|habe)$/.test(w))) return true;
  }
  // "das Gaspedal bis zum Anschlag", "die Heugabeln in Anschlag bringen": the stop and the ready position, no attack
  if (lw === 'anschlag' && ((toks[tr.t0 - 1]?.lower === 'zum' && toks[tr.t0 - 2]?.lower === 'bis') || toks[tr.t0 - 1]?.lower === 'in')) return true;
  // a state of alert, not a mobilisation: "ist … in erhöhter Alarmbereitschaft" (not "in Alarmbereitschaft versetzt")
  if (lw.startsWith('alarmbereitschaft') && (toks[tr.t0 - 1]?.lower === 'in' || (toks[tr.t0 - 2]?.lower === 'in' && INFLECTED_LOWER.test(toks[tr.t0 - 1]?.text ?? '')))) {
    let put = false;
    for (let j = a; j < b; j++) if (/^(versetzt|versetzte|versetzten|versetzen|versetze|versetzend)$/.test(toks[j].lower)) put = true;
    if (!put) return true;
  }
  // "führt ein Argument ins Treffen" (puts forward)
  if (lw === 'treffen' && toks[tr.t0 - 1]?.lower === 'ins') return true;
  // legal jeopardy: "Ihm drohen bei einer Verurteilung bis zu 30 Jahre Haft"
  if (tr.entry.lemma === 'Verurteilung' && /^(einer|eine)$/.test(toks[tr.t0 - 1]?.lower ?? '') && /^(bei|im|für)$/.test(toks[tr.t0 - 2]?.lower ?? '')) return true;
  return false;
}
const INFLECTED_PARTICIPLE = /^(ge\p{L}+|\p{L}+iert|\p{L}*(haftet|schoss|letzt|tötet|führt))(er|es|em)$/u;
const INFLECTED_EN_PARTICIPLE = /\p{L}{3,}en(e|er|es|em)$/u;
const PROTEST_NOUN = /(widerstand|protest|demo|kundgebung|camp|marsch|aufruf|mobilisierung)\p{L}*$/u;
