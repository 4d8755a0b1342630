// Word lists, patterns and small token tests used by several events modules — one place, no copies.
import { AUX } from './words.ts';
import type { Tok } from './extract.ts';

// \p{…} regexps as module constants: tsx rewrites such a literal into a `new RegExp()` on every evaluation.
export const LOWER_START = /^\p{Ll}/u;
export const STATIVE_COPULA = new Set(['ist', 'sind', 'war', 'waren', 'bleibt', 'bleiben', 'blieb', 'gilt', 'gelten', 'galt', 'scheint', 'scheinen', 'schien', 'schienen']);
export const CLAUSE_PUNCT = new Set([';', ':', '–', '—', '„', '“', '”', '"', '»', '«', '?', '!']);

// \p{…} regexps of hot paths live in module constants: tsx's esbuild rewrites such a literal into a
// `new RegExp()` call, which runs each time the expression is evaluated.
export const UPPER_START = /^\p{Lu}/u;
export const LETTER = /\p{L}/u;
export const INFLECTED_LOWER = /^\p{Ll}+(e|en|er|es|em)$/u;

/** sentenceFilter's result: the sentence is analysed (a trigger, an amount of money or an evaluation may be in it). */
export const SENTENCE_ANALYSED = 1;
/** sentenceFilter's result: the sentence may hold an evaluation (mayHaveEvaluation). */
export const SENTENCE_EVALUABLE = 2;
/** sentenceFilter's result: the sentence has an amount of money (money.ts). */
export const SENTENCE_MONEY = 4;
/** Nouns for speech acts and relations: as the object of a reacting verb they are its content, not events. */
export const CONTENT_TYPES = new Set(['ACCUSE', 'REQUEST', 'THREATEN', 'AGREE', 'COOPERATE', 'CONSULT', 'SUPPORT', 'REJECT']);

export const ALL_LOWER = /^\p{Ll}+$/u;
export const GENITIVE_ARTICLE = /^(eines|des|einer|der|seines|ihres|dieses|jenes)$/;

export const RELATIVE_OPENER = /^(der|die|das|dem|den|deren|dessen|denen|welche|welcher|welches|welchem|welchen)$/;
/** Words that open a clause of its own after a relative clause (a coordinated or subordinate clause, a reporting verb). */
export const NOT_RESUMED = /^(und|oder|aber|sondern|um|ohne|statt|anstatt|so|wie|sagte|sagt|sagten|hieß|heißt)$/;

/** An auxiliary or modal; "IS" (the militia) is a name, not English "is". */
export function isAux(t: Tok): boolean {
  if (!AUX.has(t.lower)) return false;
  const c = t.text.charCodeAt(1);
  return !(c >= 65 && c <= 90);
}
export const ROLE_NOUN = /(minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|chef|chefin|sprecher|sprecherin|generalsekretär|gesandte|premier|regierungschef|staatschef|politiker|politikerin|vorsitzende|bürgermeister|botschafter|diplomat|papst|könig|monarch|machthaber|diktator|gouverneur|landeshauptmann|abgeordnete|senator|kandidat|kandidatin|beamte|beamtin|polizist|polizistin|angeklagte|richter|richterin|bischof|anwalt|anwältin)$/;
/** A plural (or infinitive) verb form: "sie" before it is plural. */
export const PLURAL_VERB = /(en|sind)$/;
export const LIGHT_VERBS = /^(fortsetz|fortzusetzen|wiederaufnehm|aufnehm|abhalt|abgehalten|start|führ|verüb|verübt|ausführ|durchführ|unternahm|unternehm|unternommen|flog|flieg|geflogen|leitet|begann|beginn|begonnen|setzt|setzte|fortgesetzt|startete|gestartet|geführt|verübten|ausgeführt|durchgeführt|hielt|abgehalten|kündig|angekündigt|abgibt|abgeben|abgegeben|anordn|angeordnet|ordnete|ordneten|einberuf|einzuberufen|berief|beriefen|organisier|veranstalt|fortführ|fortzuführen|fortgeführt|eingegangen|einzugehen|plant$|plante$|planten$|planen$|geplant$)/;

/** Verbs that utter a speech-act noun: "sagt ein klares Nein", "formulierte scharfe Kritik", "bekräftigte ihre Ablehnung",
 * "spendete Lob", "zollte Anerkennung" (finite forms only: "Spenden" are donations). */
export const SPEECH_LIGHT = /^(spendet|gespendet|zollt|gezollt|sag|sagt|sagte|sagten|sagen|gesagt|formulier|bekräftig|äußer|geäußert|richtet|richtete|richteten|gerichtet|wiederholt|wiederholte|erneuert|erneuerte)/;
export const SPEECH_NOUN_TYPES = new Set(['REJECT', 'REQUEST', 'ACCUSE', 'SUPPORT', 'THREATEN']);
export const SPRECHEN_FINITE = /^(spricht|sprechen|sprach|sprachen|spreche|sprich|sprichst)$/;

/** Verbs that file a motion, a suit or an appeal: "erhob einen Revisionsrekurs", "brachten einen Antrag ein", "hat eine Anfrage gestellt". */
export const FILING = /^(erheb|erhob|erhoben|eingelegt|legte|legten|einleg|eingebracht|einbring|brachte|brachten|eingereicht|einreich|reichte|reichten|stellte|stellten|gestellt)/;

/** Types whose grammatical object (or passive subject) is the victim: the recipient. */
export const PATIENT_TYPES = new Set(['ASSAULT', 'COERCE']);
export const POSSESSIVE = /^(ihre|ihren|ihrer|ihrem|ihr|seine|seinen|seiner|seinem|sein)$/;
export const PLURAL_DETERMINERS = new Set(['zwei', 'drei', 'vier', 'beide', 'beiden', 'mehrere', 'einige', 'viele', 'alle', 'zahlreiche']);

/** Nouns of a spokesperson or member who stands for the organisation named in the genitive after it. */
export const SPOKES_NOUN = /^(sprecher|sprecherin|vertreter|vertreterin|vertreterinnen|mitglieder|mitglied|politiker|abgeordnete|abgeordneter|anhänger|kämpfer|soldaten|delegation|delegierte|funktionäre|aktivisten)$/;

/** Bare plural nouns of members who stand for their organisation: "Politiker von CSU und SPD hatten gefordert". */
export const MEMBER_NOUN = /^(politiker|politikerinnen|vertreter|vertreterinnen|mitglieder|abgeordnete|funktionäre|anhänger|kämpfer|aktivisten|delegierte|delegationen|spitzenpolitiker|parteigänger|mandatare)$/;

/** Prepositions that introduce the recipient for every trigger of a type. */
export const TYPE_PREPS: Record<string, string[]> = {
  CONSULT: ['mit'], AGREE: ['mit'], COOPERATE: ['mit'], ACCUSE: ['gegen'], PROTEST: ['gegen'], SANCTION: ['gegen'],
  ASSAULT: ['gegen', 'auf'], THREATEN: ['gegen'], REQUEST: ['an'], AID: ['an', 'für'], SUPPORT: ['für'],
};
/** Determiners of an accusative or dative noun phrase only (never a subject): "den", "dem", "einen", "unseren" … */
export const OBJECT_DETERMINERS = /^(den|dem|einen|einem|diesen|diesem|jenen|jenem|unseren|unserem|unsern|seinen|seinem|ihren|ihrem|meinen|meinem|deinen|deinem|euren|eurem|keinen|keinem)$/;
