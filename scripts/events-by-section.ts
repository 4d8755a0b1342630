/**
 * Event mentions per article by 10kGNAD section on the rows that no gold file uses (rows >= 500 of the test file):
 * a precision check on unannotated text, since sections such as Sport or Web hold few PLOVER events.
 *
 *   node --import tsx scripts/events-by-section.ts            # this checkout
 *   node --import tsx /tmp/base/scripts/events-by-section.ts  # a `git archive` copy with node_modules linked
 */
import { readGnad } from '../src/eval/gnad.ts';
import { analyze } from '../src/pipeline/index.ts';
import { sharedDataPath } from '../src/util/paths.ts';

const articles = new Map<string, number>();
const mentions = new Map<string, number>();
for (const a of readGnad(sharedDataPath('10kgnad', 'test.csv'))) {
  if (a.row < 500) continue;
  const doc = analyze(a.text, { lang: 'de' });
  articles.set(a.label, (articles.get(a.label) ?? 0) + 1);
  mentions.set(a.label, (mentions.get(a.label) ?? 0) + doc.events.reduce((n, e) => n + (Array.isArray(e.mentions) ? e.mentions.length : 1), 0));
}
const perArticle = Object.fromEntries([...articles].sort().map(([label, n]) => [label, Math.round(((mentions.get(label) ?? 0) / n) * 100) / 100]));
console.log(JSON.stringify({ task: 'events-by-section', rowsFrom: 500, articles: [...articles.values()].reduce((x, y) => x + y, 0), mentions: [...mentions.values()].reduce((x, y) => x + y, 0), perArticle }));
