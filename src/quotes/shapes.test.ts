import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { createDoc } from '../doc/index.ts';
import { Pipeline, defaultComponents } from '../pipeline/index.ts';
import { extractWithContext } from './extract.ts';

// Speed, not behaviour: V8's optimised code for the quote rules expects the objects it met before. An object of
// another hidden class (a spread copy `{ ...att }`, an entity literal of its own) sent Extractor.run and other rules
// back to the interpreter in the bench's timed pass (docs/EVALUATION.md, h/speed11). These keep one class each.
setFlagsFromString('--allow-natives-syntax');
const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

const TEXT = [
  'Berlin – Die Republikaner wollen das Gesetz stoppen. „Das ist ein Fehler“, sagte Anna Berger am Montag. „Wir werden klagen.“',
  'Sie fügte hinzu, die Regierung habe keine Mehrheit. Der Minister Karl Huber erklärte: „Wir halten an dem Plan fest.“',
  '„Es gibt keinen anderen Weg“, sagte Huber. „Die Zeit drängt“, fügte er hinzu. Demnach soll das Gesetz im Mai kommen.',
  'Die Opposition sei empört, hieß es. Berger betonte, man werde weiter verhandeln. Frau Petra Lang sagte, sie sei zufrieden.',
].join('\n\n');

test('attributions share one hidden class, entities (also pseudo persons and camps) another', () => {
  const pipeline = new Pipeline(defaultComponents().filter((c) => c.name !== 'quotes' && c.name !== 'events')).prepare();
  const doc = pipeline.run(createDoc(TEXT));
  const { ctx, atts } = extractWithContext(doc);
  assert.ok(atts.length >= 6, `${atts.length} attributions`);
  assert.ok(new Set(atts.map((a) => a.method)).size >= 3);
  for (const a of atts) assert.ok(sameMap(a, atts[0]), `attribution ${a.method} ${a.kind}`);
  const entities = [...new Set(ctx.mentions.map((m) => m.entity))];
  assert.ok(entities.some((e) => e.name === 'Republikaner'), 'a camp entity');
  for (const e of entities) assert.ok(sameMap(e, entities[0]), `entity ${e.name}`);
  // pseudo persons (no NER entities in the document)
  const bare = createDoc(TEXT);
  new Pipeline(defaultComponents().filter((c) => ['clean', 'lang', 'segment'].includes(c.name))).prepare().run(bare);
  const pseudo = extractWithContext(bare).ctx.mentions.map((m) => m.entity);
  assert.ok(pseudo.length > 0);
  for (const e of pseudo) assert.ok(sameMap(e, entities[0]), `pseudo entity ${e.name}`);
});
