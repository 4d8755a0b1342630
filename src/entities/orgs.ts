/**
 * Well-known organisations with their short and long names (broad reference data: international bodies,
 * Austrian, German and Swiss parties, agencies). Everything else is clustered by name and acronym evidence.
 */
import { fold, phraseKey } from './text.ts';

export interface Org {
  id: string;
  name: string;
  country: string | null;
}

const ORGS: Array<[string, string[], string | null]> = [
  ['EU', ['Europäische Union', 'EU'], null],
  ['UN', ['Vereinte Nationen', 'UNO', 'UN', 'Uno', 'United Nations'], null],
  ['NATO', ['NATO', 'Nato', 'Nordatlantikpakt', 'Atlantische Bündnis', 'Militärbündnis Nato'], null],
  ['EU-Kommission', ['EU-Kommission', 'Europäische Kommission'], null],
  ['Europäisches Parlament', ['Europäisches Parlament', 'EU-Parlament', 'Europaparlament'], null],
  ['EZB', ['Europäische Zentralbank', 'EZB'], null],
  ['IWF', ['Internationaler Währungsfonds', 'IWF', 'IMF'], null],
  ['OSZE', ['Organisation für Sicherheit und Zusammenarbeit in Europa', 'OSZE'], null],
  ['WHO', ['Weltgesundheitsorganisation', 'WHO'], null],
  ['UNHCR', ['UN-Flüchtlingshochwerk', 'UNHCR', 'UN-Flüchtlingshilfswerk', 'Flüchtlingshochkommissariat'], null],
  ['BRICS', ['BRICS', 'Brics'], null],
  ['G7', ['G7', 'G-7'], null],
  ['G20', ['G20', 'G-20'], null],
  ['OPEC', ['OPEC', 'Opec'], null],
  ['Arabische Liga', ['Arabische Liga'], null],
  ['Afrikanische Union', ['Afrikanische Union', 'AU'], null],
  ['IS', ['Islamischer Staat', 'IS', 'ISIS', 'Daesh', 'IS-Miliz'], null],
  ['Hamas', ['Hamas'], null],
  ['Hisbollah', ['Hisbollah', 'Hezbollah'], null],
  ['Taliban', ['Taliban'], null],
  ['ÖVP', ['ÖVP', 'Österreichische Volkspartei', 'Volkspartei'], 'AUT'],
  ['SPÖ', ['SPÖ', 'Sozialdemokratische Partei Österreichs'], 'AUT'],
  ['FPÖ', ['FPÖ', 'Freiheitliche Partei Österreichs', 'Freiheitlichen'], 'AUT'],
  ['Grüne', ['Grüne', 'Grünen', 'Die Grünen'], null],
  ['Neos', ['Neos', 'NEOS'], 'AUT'],
  ['Team Stronach', ['Team Stronach'], 'AUT'],
  ['CDU', ['CDU', 'Christlich Demokratische Union'], 'DEU'],
  ['CSU', ['CSU', 'Christlich-Soziale Union'], 'DEU'],
  ['SPD', ['SPD', 'Sozialdemokratische Partei Deutschlands'], 'DEU'],
  ['AfD', ['AfD', 'Alternative für Deutschland'], 'DEU'],
  ['FDP', ['FDP', 'Freie Demokratische Partei'], 'DEU'],
  ['SVP', ['SVP', 'Schweizerische Volkspartei'], 'CHE'],
  ['Bundesheer', ['Bundesheer'], 'AUT'],
  ['Bundeswehr', ['Bundeswehr'], 'DEU'],
  ['Reuters', ['Reuters'], null],
  ['APA', ['APA', 'Austria Presse Agentur'], 'AUT'],
  ['dpa', ['dpa', 'Deutsche Presse-Agentur'], 'DEU'],
  ['AFP', ['AFP', 'Agence France-Presse'], 'FRA'],
  ['AP', ['AP', 'Associated Press'], 'USA'],
  ['Interfax', ['Interfax'], 'RUS'],
  ['Tass', ['Tass', 'TASS'], 'RUS'],
  ['Xinhua', ['Xinhua'], 'CHN'],
  ['FBI', ['FBI'], 'USA'],
  ['CIA', ['CIA'], 'USA'],
  ['Fed', ['Fed', 'US-Notenbank', 'Federal Reserve'], 'USA'],
];

const BY_KEY = new Map<string, Org>();
for (const [id, names, country] of ORGS) {
  const org: Org = { id: `org:${fold(id).replace(/[^a-z0-9]+/g, '-')}`, name: names[0], country };
  for (const n of names) {
    BY_KEY.set(fold(n), org);
    if (n.includes(' ')) BY_KEY.set(phraseKey(n), org);
  }
}

/** Known organisation named by `name` (case-folded; inflected multi-word forms accepted). */
export function lookupOrg(name: string): Org | null {
  const f = fold(name.trim());
  const hit = BY_KEY.get(f);
  if (hit) return hit;
  if (name.includes(' ')) return BY_KEY.get(phraseKey(name)) ?? null;
  // genitive: "Natos", "Hamas'" (only for longer names)
  if (f.length > 4 && /s$/.test(f)) return BY_KEY.get(f.slice(0, -1)) ?? (/es$/.test(f) ? BY_KEY.get(f.slice(0, -2)) ?? null : null);
  return null;
}
