/**
 * Document-level sport context. In a match report "schlägt Stuttgart 3:0", "trifft auf den Sieger", "die Offensive der
 * Admira", "drängte auf den Ausgleich", "empfangen Bayern München" are sport senses, not PLOVER events; political
 * interactions in sport articles (a club's board meeting, a coach's criticism of the UEFA, arrests) keep their senses.
 */

/** Sport words (lower case, matched at a word start, also as the head of a compound: "Heimspiel", "Torschütze"). */
const SPORT_WORDS = [
  'tor', 'tore', 'toren', 'torschütze', 'treffer', 'trainer', 'liga', 'bundesliga', 'saison', 'spiel', 'spiele', 'spielen',
  'spieler', 'mannschaft', 'meisterschaft', 'partie', 'fußball', 'tabelle', 'weltcup', 'elfmeter', 'stürmer', 'verteidiger',
  'tormann', 'torhüter', 'goalie', 'halbfinale', 'viertelfinale', 'achtelfinale', 'finale', 'abstieg', 'aufstieg', 'remis',
  'heimspiel', 'auswärtsspiel', 'tennis', 'golf', 'slalom', 'abfahrt', 'rennen', 'formel', 'eishockey', 'champions league',
  'europa league', 'weltrangliste', 'ranking', 'satz', 'sätze', 'schlussdrittel', 'drittel', 'pause', 'ausgleich', 'sieg',
  'niederlage', 'punkte', 'punkten', 'runde', 'olympia', 'olympisch', 'wm', 'em', 'klub', 'verein', 'nationalteam',
  'teamchef', 'legionär', 'transfer', 'ablösesumme', 'titelverteidiger', 'qualifikation', 'weltmeister', 'europameister',
];
// A sport word (with an optional compound opener) at a word start, read sticky at each run of letters: the same matches
// as a global search for it after "^" or a non-letter (a match ends before a non-letter, and the one multi-word entry
// pair's second words, "league", open no match), without trying the alternation at every non-letter.
const SPORT_AT = new RegExp(`(?:heim|auswärts|tabellen|cup|ligen|liga|meisterschafts)?(${SPORT_WORDS.join('|')})(?![\\p{L}])`, 'yui');
const LETTER_RUN = /\p{L}+/gu;
/** A result ("3:0", "6:2,7:5", "0:4-Niederlage"), not a time of day ("15:00 Uhr"). */
const SCORE_RE = /(?:^|[^\d:.])(\d{1,2}):(\d{1,2})(?![\d:]|\s*Uhr)/g;

/** True when the text reads as a sports report: a match result and sport words, or many sport words. */
export function sportContext(text: string): boolean {
  const head = text.length > 6000 ? text.slice(0, 6000) : text;
  let scores = 0;
  for (const _ of head.matchAll(SCORE_RE)) scores++;
  // the answer is known once the sport words reach the count asked for
  const need = scores >= 1 ? 2 : 4;
  const words = new Set<string>();
  LETTER_RUN.lastIndex = 0;
  for (let run = LETTER_RUN.exec(head); run; run = LETTER_RUN.exec(head)) {
    SPORT_AT.lastIndex = run.index;
    const m = SPORT_AT.exec(head);
    if (m && words.add(m[1].toLowerCase()).size >= need) return true;
  }
  return false;
}

/** Entries whose sense in a sports report is play: beating, attacking, shooting, meeting or hosting an opponent, pressing. */
const SPORT_SENSES = new Set([
  'ASSAULT:schlagen', 'ASSAULT:Schläge', 'ASSAULT:Angriff', 'ASSAULT:Kampf', 'ASSAULT:kämpfen', 'ASSAULT:schießen', 'ASSAULT:feuern',
  'CONSULT:treffen', 'CONSULT:Aufeinandertreffen', 'CONSULT:empfangen', 'REQUEST:drängen', 'COERCE:besetzen',
  'COERCE:Besetzung', 'MOBILIZE:Manöver',
]);

/** Words of real violence that keep an assault in a sports report ("Fans griffen Polizisten an"). */
const VIOLENCE = /polizei|polizist|verletz|festgenommen|waffe|messer|terror|soldat|armee|hooligan|ausschreitung|randal|getötet|tot\b/i;

/** Whether a trigger of this entry is a sport sense in a sports report (the sentence is checked for real violence). */
export function sportSense(type: string, lemma: string, sentence: string): boolean {
  if (!SPORT_SENSES.has(`${type}:${lemma}`)) return false;
  if (type === 'ASSAULT' && VIOLENCE.test(sentence)) return false;
  return true;
}
