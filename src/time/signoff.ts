/**
 * The sign-off of a news article: "(APA, 12.9.2015)", "(red, 2. 9. 2015)", "(Renate Graber, 10.5.2016)",
 * "(APA/dpa, 1.11.2015)", "(7.9.2015)". Austrian and German papers close the body with the author or
 * agency credit and the day the piece was written; scraped text often keeps it while the page's date
 * metadata is lost. It is the best document creation time such a text has: without one, "am 25.
 * September" cannot be placed before or after the article, and a scheduled rally reads as past.
 */

export interface SignOff {
  start: number;
  end: number;
  /** YYYY-MM-DD */
  value: string;
  /** The credit before the date ("APA", "red", "Renate Graber"), or '' when there is none. */
  credit: string;
}

const SIGN_OFF = /\(([^()\d]{0,80}?)[,;–-]?\s*(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})\)/g;
/** One credit item: initials, agency names, an author name, optionally "aus <place>". */
const CREDIT_ITEM = /^\p{L}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,4}$/u;
/** Parentheses with a date that are not credits: "(Stand 12.9.2015)", "(seit 1.1.2016)". */
const NOT_CREDIT = /^(?:stand|stichtag|seit|bis|ab|vom|von|am|zum|datum|inkrafttreten|geboren|gest|geb|erschienen|urteil|beschluss)\b/iu;

/** The last sign-off credit with a date in `text`, or null. */
export function findSignOff(text: string): SignOff | null {
  let found: SignOff | null = null;
  SIGN_OFF.lastIndex = 0;
  for (let m = SIGN_OFF.exec(text); m; m = SIGN_OFF.exec(text)) {
    const credit = m[1].trim().replace(/[,;–-]\s*$/, '').trim();
    const items = credit === '' ? [] : credit.split(/\s*[,;/–]\s*|\s+-\s+/).filter((s) => s !== '');
    if (items.some((s) => !CREDIT_ITEM.test(s) || NOT_CREDIT.test(s))) continue;
    const day = Number(m[2]);
    const month = Number(m[3]);
    const year = Number(m[4]);
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) continue;
    const dateStart = m.index + m[0].search(/\d/);
    found = {
      start: dateStart,
      end: m.index + m[0].length - 1,
      value: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      credit,
    };
  }
  return found;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
