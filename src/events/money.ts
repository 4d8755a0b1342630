/**
 * Money transfers found from their arguments (AID), not from a listed trigger word: an amount of money (the figures
 * layer: "26 Millionen Euro", "mit drei Millionen"), a verb of giving, flowing, taking part or funding, whatever the
 * exact verb, and — for verbs that need it — a payee or a purpose ("an X", "für X", "am X-Fonds", the subject of a
 * passive "wird mit drei Millionen unterstützt").
 *
 *   "26 Millionen Euro sollen an den Fonds fließen"        flow + "an X"
 *   "will sich mit 11,5 Millionen am Fonds beteiligen"     taking part + "mit <amount>" + "am X"
 *   "Die gleiche Summe soll an UN-Organisationen gehen"    motion + "an X" (a figure later in the sentence)
 *   "Der Fonds soll mit drei Millionen unterstützt werden" support + "mit <amount>": AID, not SUPPORT
 *   "Die USA haben drei Millionen Dollar gegeben"          giving: no payee needed
 *
 * Commercial money (prices, sales, salaries, fines, company deals, investments, budgets) is no aid: a sentence with
 * a word of that field makes no event. One event per sentence (the gold's "one record per sentence, a davon breakdown
 * included"). Pledges ("zusagen", "versprechen") are left to the lexicon (AGREE by the gold convention).
 */
import type { Figure } from '../doc/index.ts';
import { newEntry, type LexEntry } from './lexicon.ts';
import type { SentenceContext, Trigger, Tok } from './extract.ts';

/** Verbs of giving: the amount is the thing given, no payee needed ("haben drei Millionen Dollar gegeben"). */
const GIVE = /^(gegeben|gab|gaben|gibt|geben|gebe|spendet|spendete|spendeten|spenden|gespendet|überwies|überwiesen|überweist|überweisen|überweisung|freigegeben|freigeben|freizugeben|bereitgestellt|bereitstellen|bereitzustellen|bereitstellt)$/;
/** Verbs of flowing, going, taking part, funding or raising: they need a payee or purpose. */
const FLOW = /^(fließen|fließt|fliesst|floss|flossen|geflossen|fließe|gehen|geht|ging|gingen|gegangen|beteiligt|beteiligen|beteiligte|beteiligten|beteilige|unterstützt|unterstützen|unterstützte|unterstützten|unterstütze|gefördert|fördert|fördern|förderte|förderten|finanziert|finanzieren|finanzierte|finanzierten|mitfinanziert|mitfinanzieren|mitzufinanzieren|kofinanziert|kofinanzieren|aufgestockt|aufstocken|aufzustocken|aufstockt)$/;
/** Split verbs: stem token and the particle at the clause end ("stellt … bereit", "gibt … frei", "stockt … auf"). */
const SPLIT: [RegExp, string, boolean][] = [
  [/^(stellt|stellte|stellten|stellen|stelle)$/, 'bereit', true],
  [/^(gibt|gab|gaben|geben|gebe)$/, 'frei', true],
  [/^(stockt|stockte|stockten|stocken)$/, 'auf', false],
];
/** "zur Verfügung stellen": giving. */
const STELLEN = /^(stellt|stellte|stellten|stellen|stelle|gestellt|zu stellen)$/;
/** Particles that turn "geben" into another verb (ausgeben, abgeben, zurückgeben, angeben, zugeben, bekanntgeben …). */
const GEBEN_PARTICLE = /^(aus|ab|zurück|an|zu|nach|vor|bekannt|auf|her|weiter|preis|statt|heraus|wieder|hin|durch|um|kund|wider|acht|frei)$/;
/**
 * Words of commercial money, by word head: prices, sales, profits, salaries, fines, purchases, company deals,
 * investments, taxes, loans, bribes, budgets. A sentence with one of them carries no aid.
 */
const COMMERCIAL = /(preis|preise|preises|kosten|kostet|kostete|gekostet|umsatz|umsätze|gewinn|gewinne|verlust|verluste|gehalt|gehälter|lohn|löhne|gage|honorar|strafe|strafen|buße|bußgeld|schadenersatz|schadensersatz|miete|mieten|kauf|kaufs|kauft|kaufte|kauften|gekauft|kaufen|verkauf|verkauft|verkaufte|übernahme|übernimmt|übernommen|aktie|aktien|anteil|anteile|dividende|investition|investitionen|investiert|investieren|investor|investoren|kapital|kapitalerhöhung|börse|konzern|firma|unternehmen|steuer|steuern|gebühr|gebühren|ablöse|ablösesumme|sponsor|sponsoren|zinsen|kredit|kredite|darlehen|rabatt|bonus|boni|prämie|prämien|abfindung|pension|kaution|lösegeld|bestechung|bestechungsgeld|schmiergeld|budget|budgets|haushalt|haushalts|etat|wert|werbung|auftrag|aufträge|auftragsvolumen|vertrag|einnahmen|ausgaben|schulden|defizit|subvention|subventionen|förderung|förderungen|fördermittel|bilanz|quartal|jahresergebnis|ertrag|erträge|erlös|erlöse|spieler|transfer|gage|tickets?|eintritt)$/;
/** Payee or purpose prepositions ("an X", "am X-Fonds", "für X", "zugunsten X"). */
const PAYEE_PREP = /^(an|am|ans|für|zugunsten)$/;
/** After "für": a time, not a purpose ("für das Jahr 2016", "für drei Jahre"). */
const TIME_AFTER_FUER = /^(\d[\d.]*|jahr|jahre|jahren|monat|monate|woche|wochen|zeit|zeitraum|periode|heuer|dieses|diesen|nächstes|kommendes|kommende|kommenden)$/;
/** "mit <amount>" taking part or supporting verbs. */
const NEEDS_MIT = /^(beteilig|unterstütz|förder|geförder|finanzier|mitfinanzier|mitzufinanzier|kofinanzier)/;

/** Past participles ("gegeben", "aufgestockt", "mitfinanziert"). */
const PARTICIPLE = /^(\p{Ll}*ge\p{Ll}+(t|en)|\p{Ll}*iert)$/u;
const LETTER = /\p{L}/u;
const UPPER = /^\p{Lu}/u;
/** Nouns of an amount of money ("die gleiche Summe", "das Geld", "der Betrag"). */
const MONEY_NOUN = /^(summe|summen|betrag|beträge|geld|gelder|geldern|geldsumme|gesamtsumme|gesamtbetrag)$/;

/** The smallest amount taken for a transfer between actors. */
const MIN_AMOUNT = 100000;

const ENTRIES = new Map<string, LexEntry>();
function entryFor(verb: string): LexEntry {
  let e = ENTRIES.get(verb);
  if (!e) ENTRIES.set(verb, (e = newEntry('AID', null, `money:${verb}`, 'verb', { recPrep: ['an', 'für', 'am'] })));
  return e;
}

/** A figure that is an amount of money: a currency, or a bare scale ("mit drei Millionen") with no counted noun. */
export function moneyFigure(f: Figure): boolean {
  // (aid between actors is large money; small sums are prizes, fees, ads and private donations)
  if (f.kind === 'money') return f.unit !== 'EUR_CENT' && f.value >= MIN_AMOUNT;
  return f.kind === 'number' && f.value >= MIN_AMOUNT && /(million|milliard|mio\b|mrd\b)/i.test(f.text);
}

/** Token range [a, b) of a figure in the sentence's tokens. */
function figureTokens(toks: Tok[], f: Figure): [number, number] | null {
  let a = -1, b = -1;
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].start >= f.start && toks[k].end <= f.end) {
      if (a < 0) a = k;
      b = k + 1;
    }
  }
  return a < 0 ? null : [a, b];
}

/** An opening parenthesis without its closing one in [a, b). */
function unclosed(toks: Tok[], a: number, b: number): boolean {
  let open = 0;
  for (let j = a; j < b; j++) {
    if (toks[j].text === '(') open++;
    else if (toks[j].text === ')') open = Math.max(0, open - 1);
  }
  return open > 0;
}

function payee(toks: Tok[], c0: number, c1: number, skip: [number, number]): boolean {
  for (let j = c0; j < c1 - 1; j++) {
    if (j >= skip[0] && j < skip[1]) continue;
    if (!PAYEE_PREP.test(toks[j].lower)) continue;
    const nx = toks[j + 1].lower;
    if (toks[j].lower === 'für' && (TIME_AFTER_FUER.test(nx) || TIME_AFTER_FUER.test(toks[j + 2]?.lower ?? ''))) continue;
    // "an" as a separated particle at the clause end is no preposition
    if (!LETTER.test(toks[j + 1].text)) continue;
    return true;
  }
  return false;
}

/**
 * The money transfer trigger of a sentence, or null. `figures` are the sentence's figures; `lexicon` the lexicon's
 * triggers (a clause with a lexicon AID or AGREE trigger keeps it). The returned trigger sits on the verb.
 */
export function moneyTrigger(ctx: SentenceContext, figures: readonly Figure[], lexicon: readonly Trigger[]): Trigger | null {
  const { toks } = ctx;
  let amounts: [number, number][] | null = null;
  for (const f of figures) {
    if (!moneyFigure(f)) continue;
    const r = figureTokens(toks, f);
    if (r) (amounts ??= []).push(r);
  }
  if (!amounts) return null;
  for (let k = 0; k < toks.length; k++) {
    const l = toks[k].lower;
    if (COMMERCIAL.test(l)) return null;
    // a money noun in a sentence with an amount is an amount too ("Die gleiche Summe soll an X gehen, davon 5,5 Millionen …")
    if (MONEY_NOUN.test(l) && UPPER.test(toks[k].text)) amounts.push([k, k + 1]);
  }
  for (const [a, b] of amounts) {
    const ci = toks[a].clause;
    const c0 = ctx.clauses[ci][0];
    let c1 = ctx.clauses[ci][1];
    // a parenthesis split by a comma belongs to the clause: "haben drei Millionen Dollar (2,65 Millionen Euro, Anm.) gegeben"
    for (let k = ci + 1; k < ctx.clauses.length && unclosed(toks, c0, c1); k++) c1 = ctx.clauses[k][1];
    if (lexicon.some((x) => toks[x.t0].clause === ci && (x.entry.type === 'AID' || x.entry.type === 'AGREE'))) continue;
    // the clause end (last word), for split particles
    let last = c1 - 1;
    while (last > c0 && !LETTER.test(toks[last].text)) last--;
    const mit = toks[a - 1]?.lower === 'mit' || toks[a - 2]?.lower === 'mit';
    const hasPayee = payee(toks, c0, c1, [a, b]);
    for (let j = c0; j < c1; j++) {
      if (j >= a && j < b) continue;
      const l = toks[j].lower;
      let verb: string | null = null;
      let particle: number | null = null;
      let give = false;
      if (GIVE.test(l)) {
        // "gibt … aus", "gab … bekannt": another verb; "es gibt": existence
        if (/^(gibt|gab|gaben|geben|gebe|gegeben)$/.test(l) && (GEBEN_PARTICLE.test(toks[last].lower) || toks.slice(c0, c1).some((t) => t.lower === 'es'))) continue;
        verb = l;
        give = true;
      } else if (FLOW.test(l)) {
        // taking part and funding: "mit <amount>"; going: "an X"
        if (NEEDS_MIT.test(l) && !mit) continue;
        if (/^(gehen|geht|ging|gingen|gegangen)$/.test(l) && !toks.slice(c0, c1).some((t, k) => (t.lower === 'an' || t.lower === 'ans') && c0 + k !== last)) continue;
        // flowing, going and taking part need a payee; supporting and funding "mit <amount>" have theirs as object
        // or as the subject of a passive ("unterstützt die UNO mit 30 Millionen", "wird mit drei Millionen unterstützt")
        if (!hasPayee && !(NEEDS_MIT.test(l) && !/^beteilig/.test(l))) continue;
        verb = l;
      } else if (STELLEN.test(l) && toks.slice(c0, c1).some((t) => t.lower === 'verfügung')) {
        verb = 'zur Verfügung stellen';
        give = true;
      } else {
        for (const [stem, p, g] of SPLIT) {
          if (stem.test(l) && toks[last].lower === p && last > j) {
            if (!g && !hasPayee) break;
            verb = `${l} ${p}`;
            particle = last;
            give = g;
            break;
          }
        }
      }
      if (verb === null) continue;
      // a giving verb needs someone giving or a payee: "die USA haben … gegeben"
      if (give && !hasPayee && !ctx.mentions.some((m) => m.t0 >= c0 && m.t1 <= c1 && m.prep === null && m.entity.type !== 'MISC')) continue;
      return { entry: entryFor(verb), t0: j, t1: j + 1, particle, participle: PARTICIPLE.test(l) };
    }
  }
  return null;
}
