/**
 * Trigger words from OpenThesaurus (https://www.openthesaurus.de, LGPL; Debian package openthesaurus-de-text), curated.
 *
 * `npm run build:event-synonyms` lists, for every lemma of `lexicon.ts`, the other terms of its synsets as candidates
 * (tmp/event-synonym-candidates.tsv, not shipped). The entries below are the candidates kept after review: the sense that
 * fits the seed's PLOVER type (not "Begegnung" as a match, "Besprechung" as a book review), frequent enough in news, and
 * checked on the unannotated 10kGNAD rows (docs/events.md). Nothing here reads the thesaurus at run time.
 *
 * Each entry names its seed: a lexicon lemma of the same type and part of speech whose options it inherits — a noun
 * its compound-head behaviour, recipient prepositions, needed and excluded words; a verb its argument frame. The verb's
 * own particle and reflexive are its own (`opts.p`, `opts.refl`), and `opts` overrides what is inherited.
 */
import type { EntryOptions, PloverType } from './lexicon.ts';

export interface SynonymEntry {
  /** The synonym, as OpenThesaurus writes it. */
  word: string;
  pos: 'noun' | 'verb';
  type: PloverType;
  /** The lexicon lemma (same type and part of speech, unless `seedPos`) whose options it inherits. */
  seed: string;
  /** A noun of a seed verb: its -ung noun ("Enthauptung" of enthaupten), a word of OpenThesaurus, or the noun of an idiom
   * in the verb's synset ("Applaus spenden" beside applaudieren). It takes over only the verb options that fit a noun
   * (`NOMINAL`). */
  seedPos?: 'verb';
  /** Nouns: lower-case forms (each also a compound head unless the seed has `noCompound`); verbs: stems as in lexicon.ts. */
  forms: string;
  /** Own options (a particle, a reflexive) and overrides of the inherited ones (`excl` adds to the seed's). */
  opts?: EntryOptions;
  source: 'OpenThesaurus';
}

const OT = 'OpenThesaurus' as const;
const SPORT = ['spiel', 'tor', 'liga', 'runde', 'saison', 'trainer', 'heimspiel', 'auswärts', 'match', 'meisterschaft', 'pokal', 'cup', 'finale', 'mannschaft', 'team', 'punkt', 'remis', 'sieg', 'niederlage', 'tabelle'];

export const SYNONYMS: SynonymEntry[] = [
  // CONSULT
  { word: 'Begegnung', pos: 'noun', type: 'CONSULT', seed: 'Treffen', forms: 'begegnung begegnungen', opts: { excl: SPORT, needArg: true }, source: OT },
  { word: 'Besprechung', pos: 'noun', type: 'CONSULT', seed: 'Treffen', forms: 'besprechung besprechungen', opts: { excl: ['buchbesprechung', 'filmbesprechung', 'rezension', 'buch', 'film', 'roman', 'album'] }, source: OT },
  { word: 'Gedankenaustausch', pos: 'noun', type: 'CONSULT', seed: 'Gespräch', forms: 'gedankenaustausch gedankenaustauschs gedankenaustausches', source: OT },
  // talks with a named party only ("diskutierte mit X"), not a public debate ("wird heftig diskutiert")
  { word: 'diskutieren', pos: 'verb', type: 'CONSULT', seed: 'erörtern', forms: 'diskutier =diskutiert', opts: { recByPrep: true, needRec: true }, source: OT },
  { word: 'unterrichten', pos: 'verb', type: 'CONSULT', seed: 'informieren', forms: 'unterricht unterrichte =unterrichtet', opts: { notForms: ['unterricht'] }, source: OT },
  // AGREE
  { word: 'ausverhandeln', pos: 'verb', type: 'AGREE', seed: 'vereinbaren', forms: 'verhandel verhandl =verhandelt', opts: { p: 'aus' }, source: OT },
  { word: 'signieren', pos: 'verb', type: 'AGREE', seed: 'unterzeichnen', forms: 'signier =signiert', opts: { excl: ['buch', 'bücher', 'autogramm', 'trikot', 'platte', 'album', 'poster', 'foto'] }, source: OT },
  { word: 'Verständigung', pos: 'noun', type: 'AGREE', seed: 'Vereinbarung', forms: 'verständigung', source: OT },
  { word: 'Konvention', pos: 'noun', type: 'AGREE', seed: 'Abkommen', forms: 'konvention konventionen', source: OT },
  { word: 'Einverständnis', pos: 'noun', type: 'AGREE', seed: 'Zustimmung', forms: 'einverständnis', source: OT },
  // SUPPORT
  // ("Preis", "Preise", "Preisen" are prices)
  { word: 'preisen', pos: 'verb', type: 'SUPPORT', seed: 'loben', forms: 'preis pries =gepriesen', opts: { notForms: ['preis', 'preise', 'preisen', 'preises'] }, source: OT },
  { word: 'Würdigung', pos: 'noun', type: 'SUPPORT', seed: 'Lob', forms: 'würdigung würdigungen', source: OT },
  { word: 'Belobigung', pos: 'noun', type: 'SUPPORT', seed: 'Lob', forms: 'belobigung belobigungen', source: OT },
  { word: 'Gratulation', pos: 'noun', type: 'SUPPORT', seed: 'Glückwunsch', forms: 'gratulation gratulationen', source: OT },
  // (not "Rechtsbeistand", a lawyer)
  { word: 'Beistand', pos: 'noun', type: 'SUPPORT', seed: 'Unterstützung', forms: 'beistand beistands', opts: { noCompound: true }, source: OT },
  { word: 'Verbundenheit', pos: 'noun', type: 'SUPPORT', seed: 'Solidarität', forms: 'verbundenheit', source: OT },
  { word: 'Verzeihung', pos: 'noun', type: 'SUPPORT', seed: 'Entschuldigung', forms: 'verzeihung', source: OT },
  { word: 'Abbitte', pos: 'noun', type: 'SUPPORT', seed: 'Entschuldigung', forms: 'abbitte', source: OT },
  // COOPERATE
  { word: 'sich verbünden', pos: 'verb', type: 'COOPERATE', seed: 'koalieren', forms: 'verbünd verbünde =verbündet', opts: { refl: true }, source: OT },
  // AID
  { word: 'bewilligen', pos: 'verb', type: 'AID', seed: 'gewähren', forms: 'bewillig =bewilligt', source: OT },
  { word: 'beliefern', pos: 'verb', type: 'AID', seed: 'versorgen', forms: 'beliefer =beliefert', source: OT },
  // ASSAULT
  { word: 'verwunden', pos: 'verb', type: 'ASSAULT', seed: 'verletzen', forms: 'verwund verwunde =verwundet', source: OT },
  { word: 'totschlagen', pos: 'verb', type: 'ASSAULT', seed: 'erschlagen', forms: 'schlag schläg schlug =geschlagen', opts: { p: 'tot', excl: ['zeit'] }, source: OT },
  { word: 'Blutbad', pos: 'noun', type: 'ASSAULT', seed: 'Massaker', forms: 'blutbad blutbads blutbades', source: OT },
  { word: 'Misshandlung', pos: 'noun', type: 'ASSAULT', seed: 'Folter', forms: 'misshandlung misshandlungen', source: OT },
  { word: 'Folterung', pos: 'noun', type: 'ASSAULT', seed: 'Folter', forms: 'folterung folterungen', source: OT },
  { word: 'Detonation', pos: 'noun', type: 'ASSAULT', seed: 'Explosion', forms: 'detonation detonationen', source: OT },
  { word: 'Kidnapping', pos: 'noun', type: 'ASSAULT', seed: 'Entführung', forms: 'kidnapping', source: OT },
  { word: 'Menschenraub', pos: 'noun', type: 'ASSAULT', seed: 'Entführung', forms: 'menschenraub', source: OT },
  // (not delaying: "Prozessverschleppung", "die Verschleppung des Verfahrens")
  { word: 'Verschleppung', pos: 'noun', type: 'ASSAULT', seed: 'Entführung', forms: 'verschleppung verschleppungen', opts: { excl: ['prozess', 'verfahren', 'insolvenz', 'konkurs', 'reform', 'entscheidung', 'krankheit', 'grippe', 'infekt'] }, source: OT },
  { word: 'Militäroperation', pos: 'noun', type: 'ASSAULT', seed: 'Militärschlag', forms: 'militäroperation militäroperationen', source: OT },
  { word: 'Okkupation', pos: 'noun', type: 'ASSAULT', seed: 'Invasion', forms: 'okkupation', source: OT },
  { word: 'Bombenabwurf', pos: 'noun', type: 'ASSAULT', seed: 'Bombardement', forms: 'bombenabwurf bombenabwürfe bombenabwürfen', source: OT },
  { word: 'Züchtigung', pos: 'noun', type: 'ASSAULT', seed: 'Schläge', forms: 'züchtigung züchtigungen körperstrafe körperstrafen', source: OT },
  { word: 'Rangelei', pos: 'noun', type: 'ASSAULT', seed: 'Auseinandersetzung', forms: 'rangelei rangeleien', source: OT },
  { word: 'Kugelhagel', pos: 'noun', type: 'ASSAULT', seed: 'Schüsse', forms: 'kugelhagel kugelregen kugelwechsel', source: OT },
  { word: 'Gewehrfeuer', pos: 'noun', type: 'ASSAULT', seed: 'Schüsse', forms: 'gewehrfeuer', source: OT },
  { word: 'Handgreiflichkeiten', pos: 'noun', type: 'ASSAULT', seed: 'Rauferei', forms: 'handgreiflichkeit handgreiflichkeiten', source: OT },
  { word: 'Tätlichkeiten', pos: 'noun', type: 'ASSAULT', seed: 'Rauferei', forms: 'tätlichkeit tätlichkeiten', source: OT },
  { word: 'Reizgas', pos: 'noun', type: 'ASSAULT', seed: 'Tränengas', forms: 'reizgas', source: OT },
  // COERCE
  { word: 'Arretierung', pos: 'noun', type: 'COERCE', seed: 'Festnahme', forms: 'arretierung arretierungen', source: OT },
  { word: 'Annektierung', pos: 'noun', type: 'COERCE', seed: 'Besetzung', forms: 'annektierung', source: OT },
  { word: 'Schuldspruch', pos: 'noun', type: 'COERCE', seed: 'Verurteilung', forms: 'schuldspruch schuldsprüche', source: OT },
  { word: 'Delogierung', pos: 'noun', type: 'COERCE', seed: 'Räumung', forms: 'delogierung delogierungen', source: OT },
  { word: 'Untersagung', pos: 'noun', type: 'COERCE', seed: 'Verbot', forms: 'untersagung', source: OT },
  // CONCEDE
  { word: 'Abdankung', pos: 'noun', type: 'CONCEDE', seed: 'Rücktritt', forms: 'abdankung', source: OT },
  { word: 'Amtsniederlegung', pos: 'noun', type: 'CONCEDE', seed: 'Rücktritt', forms: 'amtsniederlegung', source: OT },
  { word: 'Amtsenthebung', pos: 'noun', type: 'CONCEDE', seed: 'Absetzung', forms: 'amtsenthebung', source: OT },
  { word: 'Abberufung', pos: 'noun', type: 'CONCEDE', seed: 'Absetzung', forms: 'abberufung', source: OT },
  // RETREAT
  { word: 'Entmilitarisierung', pos: 'noun', type: 'RETREAT', seed: 'Abrüstung', forms: 'entmilitarisierung demilitarisierung', source: OT },
  // REJECT
  { word: 'Rückweisung', pos: 'noun', type: 'REJECT', seed: 'Zurückweisung', forms: 'rückweisung', source: OT },
  { word: 'Verweigerung', pos: 'noun', type: 'REJECT', seed: 'Weigerung', forms: 'verweigerung verweigerungen', source: OT },
  { word: 'Einwendung', pos: 'noun', type: 'REJECT', seed: 'Einwand', forms: 'einwendung einwendungen', source: OT },
  // REQUEST
  // (an asylum application is no request between actors)
  // ACCUSE
  { word: 'verdammen', pos: 'verb', type: 'ACCUSE', seed: 'verurteilen', forms: 'verdamm', opts: { notForms: ['verdammt', 'verdammte', 'verdammten'] }, source: OT },
  { word: 'verteufeln', pos: 'verb', type: 'ACCUSE', seed: 'verleumden', forms: 'verteufel verteufl =verteufelt', source: OT },
  { word: 'sich beschweren', pos: 'verb', type: 'ACCUSE', seed: 'sich beklagen', forms: 'beschwer =beschwert', opts: { refl: true }, source: OT },
  { word: 'Schmähung', pos: 'noun', type: 'ACCUSE', seed: 'Beleidigung', forms: 'schmähung schmähungen', source: OT },
  { word: 'Herabwürdigung', pos: 'noun', type: 'ACCUSE', seed: 'Beleidigung', forms: 'herabwürdigung herabwürdigungen', source: OT },
  { word: 'Rufmord', pos: 'noun', type: 'ACCUSE', seed: 'Beleidigung', forms: 'rufmord rufmords', source: OT },
  { word: 'Zurechtweisung', pos: 'noun', type: 'ACCUSE', seed: 'Rüge', forms: 'zurechtweisung zurechtweisungen', source: OT },
  { word: 'Maßregelung', pos: 'noun', type: 'ACCUSE', seed: 'Rüge', forms: 'maßregelung maßregelungen', source: OT },
  { word: 'Verdächtigung', pos: 'noun', type: 'ACCUSE', seed: 'Vorwurf', forms: 'verdächtigung verdächtigungen', source: OT },
  { word: 'Bezichtigung', pos: 'noun', type: 'ACCUSE', seed: 'Vorwurf', forms: 'bezichtigung bezichtigungen', source: OT },
  { word: 'Anwurf', pos: 'noun', type: 'ACCUSE', seed: 'Vorwurf', forms: 'anwurf anwürfe anwürfen', source: OT },
  { word: 'Nachforschung', pos: 'noun', type: 'ACCUSE', seed: 'Ermittlung', forms: 'nachforschung nachforschungen', source: OT },
  // PROTEST
  { word: 'Arbeitskampf', pos: 'noun', type: 'PROTEST', seed: 'Streik', forms: 'arbeitskampf arbeitskampfs arbeitskampfes arbeitskämpfe arbeitsausstand', source: OT },
  { word: 'Meuterei', pos: 'noun', type: 'PROTEST', seed: 'Krawall', forms: 'meuterei meutereien', source: OT },
  { word: 'Rebellion', pos: 'noun', type: 'PROTEST', seed: 'Krawall', forms: 'rebellion rebellionen', source: OT },
  { word: 'Buhruf', pos: 'noun', type: 'PROTEST', seed: 'Protest', forms: 'buhruf buhrufe buhrufen buh-rufe buh-rufen', source: OT },
  { word: 'Missfallenskundgebung', pos: 'noun', type: 'PROTEST', seed: 'Protest', forms: 'missfallenskundgebung missfallenskundgebungen', source: OT },
  // SANCTION
  { word: 'Handelssperre', pos: 'noun', type: 'SANCTION', seed: 'Embargo', forms: 'handelssperre handelssperren handelsblockade einfuhrverbot einfuhrverbote ausfuhrverbot ausfuhrverbote', source: OT },
  { word: 'Landesverweis', pos: 'noun', type: 'SANCTION', seed: 'Ausweisung', forms: 'landesverweis landesverweise', source: OT },
  { word: 'Dienstenthebung', pos: 'noun', type: 'SANCTION', seed: 'Suspendierung', forms: 'dienstenthebung', source: OT },
  { word: 'Zwangsmaßnahme', pos: 'noun', type: 'SANCTION', seed: 'Sanktion', forms: 'zwangsmaßnahme zwangsmaßnahmen', source: OT },
  // THREATEN
  { word: 'bedrohen', pos: 'verb', type: 'THREATEN', seed: 'drohen', forms: 'bedroh =bedroht', opts: { excl: ['aussterben', 'art', 'arten', 'tierart', 'pflanzenart', 'existenz', 'arbeitsplätze', 'hochwasser', 'lawine', 'überschwemmung', 'armut', 'hunger', 'obdachlos', 'klimawandel', 'gefahr', 'pleite', 'insolvenz'] }, source: OT },
  { word: 'Androhung', pos: 'noun', type: 'THREATEN', seed: 'Drohung', forms: 'androhung androhungen', source: OT },
  // second review round: candidates that OpenThesaurus links to two or more seeds of one type
  { word: 'anschuldigen', pos: 'verb', type: 'ACCUSE', seed: 'beschuldigen', forms: 'schuldig =geschuldigt', opts: { p: 'an' }, source: OT },
  { word: 'brandmarken', pos: 'verb', type: 'ACCUSE', seed: 'anprangern', forms: 'brandmark brandmarke =gebrandmarkt', source: OT },
  { word: 'stigmatisieren', pos: 'verb', type: 'ACCUSE', seed: 'anprangern', forms: 'stigmatisier =stigmatisiert', source: OT },
  { word: 'herabwürdigen', pos: 'verb', type: 'ACCUSE', seed: 'beleidigen', forms: 'würdig =gewürdigt', opts: { p: 'herab' }, source: OT },
  { word: 'beipflichten', pos: 'verb', type: 'AGREE', seed: 'zustimmen', forms: 'pflicht pflichte =gepflichtet', opts: { p: 'bei', notForms: ['pflicht'] }, source: OT },
  { word: 'akkordieren', pos: 'verb', type: 'AGREE', seed: 'vereinbaren', forms: 'akkordier =akkordiert', source: OT },
  { word: 'killen', pos: 'verb', type: 'ASSAULT', seed: 'töten', forms: 'kill =gekillt', source: OT },
  { word: 'strangulieren', pos: 'verb', type: 'ASSAULT', seed: 'erwürgen', forms: 'strangulier =stranguliert', source: OT },
  { word: 'totschießen', pos: 'verb', type: 'ASSAULT', seed: 'erschießen', forms: 'schieß schoss =geschossen', opts: { p: 'tot' }, source: OT },
  { word: 'niederstrecken', pos: 'verb', type: 'ASSAULT', seed: 'niederschlagen (Person)', forms: 'streck =gestreckt', opts: { p: 'nieder' }, source: OT },
  { word: 'Hiebe', pos: 'noun', type: 'ASSAULT', seed: 'Schläge', forms: 'hiebe hieben', source: OT },
  { word: 'ertappen', pos: 'verb', type: 'COERCE', seed: 'festnehmen', forms: 'ertapp =ertappt', source: OT },
  { word: 'okkupieren', pos: 'verb', type: 'COERCE', seed: 'besetzen', forms: 'okkupier =okkupiert', source: OT },
  { word: 'sich einverleiben', pos: 'verb', type: 'COERCE', seed: 'annektieren', forms: 'verleib =verleibt', opts: { p: 'ein' }, source: OT },
  { word: 'zurückweichen', pos: 'verb', type: 'CONCEDE', seed: 'einlenken', forms: 'weich wich =gewichen', opts: { p: 'zurück' }, source: OT },
  { word: 'besichtigen', pos: 'verb', type: 'CONSULT', seed: 'besuchen', forms: 'besichtig =besichtigt', source: OT },
  { word: 'bereden', pos: 'verb', type: 'CONSULT', seed: 'besprechen', forms: 'bered beredet =beredet', source: OT },
  { word: 'durchsprechen', pos: 'verb', type: 'CONSULT', seed: 'besprechen', forms: 'sprech sprich sprach =gesprochen', opts: { p: 'durch' }, source: OT },
  { word: 'anfordern', pos: 'verb', type: 'REQUEST', seed: 'fordern', forms: 'forder fordr =gefordert', opts: { p: 'an' }, source: OT },
  { word: 'insistieren', pos: 'verb', type: 'REQUEST', seed: 'urgieren', forms: 'insistier =insistiert', source: OT },
  { word: 'erbitten', pos: 'verb', type: 'REQUEST', seed: 'fordern', forms: 'erbitt erbat =erbeten', source: OT },
  { word: 'flehen', pos: 'verb', type: 'REQUEST', seed: 'appellieren', forms: 'fleh =gefleht', source: OT },
  { word: 'verschmähen', pos: 'verb', type: 'REJECT', seed: 'ablehnen', forms: 'verschmäh =verschmäht', source: OT },
  { word: 'negieren', pos: 'verb', type: 'REJECT', seed: 'verneinen', forms: 'negier =negiert', source: OT },
  { word: 'durchkreuzen', pos: 'verb', type: 'REJECT', seed: 'torpedieren', forms: 'durchkreuz =durchkreuzt', source: OT },
  { word: 'belobigen', pos: 'verb', type: 'SUPPORT', seed: 'loben', forms: 'belobig =belobigt', source: OT },
  { word: 'goutieren', pos: 'verb', type: 'SUPPORT', seed: 'gutheißen', forms: 'goutier =goutiert', source: OT },
  // third round: Austrian terms (label "österr.") and the nouns of the seed's idioms ("Beifall spenden", "Applaus spenden"
  // in the synset of applaudieren)
  { word: 'vernadern', pos: 'verb', type: 'ACCUSE', seed: 'denunzieren', forms: 'vernader vernadr =vernadert', source: OT },
  { word: 'ausschnapsen', pos: 'verb', type: 'AGREE', seed: 'vereinbaren', forms: 'schnaps =geschnapst', opts: { p: 'aus' }, source: OT },
  { word: 'zensurieren', pos: 'verb', type: 'COERCE', seed: 'zensieren', forms: 'zensurier =zensuriert', source: OT },
  { word: 'Amtsentsetzung', pos: 'noun', type: 'CONCEDE', seed: 'Absetzung', forms: 'amtsentsetzung', source: OT },
  { word: 'Applaus', pos: 'noun', type: 'SUPPORT', seed: 'applaudieren', seedPos: 'verb', forms: 'applaus beifall beifalls', source: OT },
  // nominalisations: the -ung noun of a lexicon verb that OpenThesaurus has as a word (npm run build:event-synonyms, kind "nominal")
  { word: 'Enthauptung', pos: 'noun', type: 'ASSAULT', seed: 'enthaupten', seedPos: 'verb', forms: 'enthauptung enthauptungen', source: OT },
  { word: 'Abschlachtung', pos: 'noun', type: 'ASSAULT', seed: 'abschlachten', seedPos: 'verb', forms: 'abschlachtung', source: OT },
  { word: 'Enteignung', pos: 'noun', type: 'COERCE', seed: 'enteignen', seedPos: 'verb', forms: 'enteignung enteignungen', source: OT },
  { word: 'Konfiszierung', pos: 'noun', type: 'COERCE', seed: 'konfiszieren', seedPos: 'verb', forms: 'konfiszierung konfiszierungen', source: OT },
  { word: 'Erörterung', pos: 'noun', type: 'CONSULT', seed: 'erörtern', seedPos: 'verb', forms: 'erörterung erörterungen', source: OT },
  { word: 'Befürwortung', pos: 'noun', type: 'SUPPORT', seed: 'befürworten', seedPos: 'verb', forms: 'befürwortung', source: OT },
  { word: 'Abweisung', pos: 'noun', type: 'REJECT', seed: 'abweisen', seedPos: 'verb', forms: 'abweisung abweisungen', source: OT },
  { word: 'Boykottierung', pos: 'noun', type: 'PROTEST', seed: 'boykottieren', seedPos: 'verb', forms: 'boykottierung', source: OT },
  { word: 'Sanktionierung', pos: 'noun', type: 'SANCTION', seed: 'sanktionieren', seedPos: 'verb', forms: 'sanktionierung', source: OT },
  { word: 'Erpressung', pos: 'noun', type: 'THREATEN', seed: 'erpressen', seedPos: 'verb', forms: 'erpressung erpressungen', opts: { excl: ['wegen', 'verdacht'] }, source: OT },
  { word: 'Missbilligung', pos: 'noun', type: 'ACCUSE', seed: 'missbilligen', seedPos: 'verb', forms: 'missbilligung', source: OT },
  { word: 'Geißelung', pos: 'noun', type: 'ACCUSE', seed: 'geißeln', seedPos: 'verb', forms: 'geißelung', source: OT },
  { word: 'Verspottung', pos: 'noun', type: 'ACCUSE', seed: 'verspotten', seedPos: 'verb', forms: 'verspottung', source: OT },
  { word: 'Denunzierung', pos: 'noun', type: 'ACCUSE', seed: 'denunzieren', seedPos: 'verb', forms: 'denunzierung denunzierungen', source: OT },
];

/** Options a synonym does not take over from its seed: forms and particles of the seed word itself. */
const OWN: (keyof EntryOptions)[] = ['p', 'refl', 'notForms', 'formNeeds'];
/** Options a nominalisation takes over from its verb: participants and excluded words (not the verb's frame). */
const NOMINAL: (keyof EntryOptions)[] = ['recPrep', 'needRec', 'needActor', 'needArg', 'excl'];

type Row = [PloverType, string | null, string, string, EntryOptions?];

/**
 * Lexicon rows for the synonyms of one part of speech: each with its seed's mode and options (less the seed's own forms,
 * particle and reflexive), its own options over them, and `seed`/`source` for tracing. A synonym whose seed is not among
 * `rows` (for a nominalisation: among `verbRows`) is left out (lexicon-synonyms.test.ts checks that every seed is found). `LAGEBILD_NO_SYNONYMS=1` leaves all out
 * (A/B measurement).
 */
export function synonymRows(rows: readonly Row[], pos: 'noun' | 'verb', entries: readonly SynonymEntry[] = SYNONYMS, verbRows: readonly Row[] = []): Row[] {
  if (process.env.LAGEBILD_NO_SYNONYMS === '1') return [];
  const out: Row[] = [];
  for (const s of entries) {
    if (s.pos !== pos) continue;
    const seed = (s.seedPos === 'verb' ? verbRows : rows).find((r) => r[0] === s.type && r[2] === s.seed);
    if (!seed) continue;
    const inherited: EntryOptions = { ...(seed[4] ?? {}) };
    for (const k of OWN) delete inherited[k];
    if (s.seedPos === 'verb') for (const k of Object.keys(inherited) as (keyof EntryOptions)[]) if (!NOMINAL.includes(k)) delete inherited[k];
    const opts = { ...inherited, ...(s.opts ?? {}), seed: s.seed, source: s.source } as EntryOptions;
    if (inherited.excl && s.opts?.excl) opts.excl = [...new Set([...inherited.excl, ...s.opts.excl])];
    out.push([s.type, seed[1], s.word, s.forms, opts]);
  }
  return out;
}
