import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readGnad } from '../eval/gnad.ts';
import { segment } from '../segment/index.ts';
import { hasSharedData, sharedDataPath } from '../util/paths.ts';
import { RULES_DE } from './de.ts';
import { RULES_EN } from './en.ts';
import type { Rule } from './rule.ts';

/** Matches of gated rules whose sentence does not pass the gate (the tagger runs a gated rule only on passing sentences). */
function violations(texts: string[], rules: Rule[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const sents = segment(text).sentences;
    for (const r of rules) {
      if (!r.gate) continue;
      r.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = r.re.exec(text))) {
        if (!m[0].length) {
          r.re.lastIndex++;
          continue;
        }
        const at = m.index;
        const s = sents.find((x) => x.start <= at && at < x.end);
        if (s && !r.gate.test(text.slice(s.start, s.end))) out.push(`${r.name}: ${m[0]}`);
      }
    }
  }
  return out;
}

test('every gate is a necessary condition of its rule within a sentence', () => {
  const samples = [
    'Seit Jahrzehnten streiten sie. Der 34-Jährige kam am Montag, dem 3. Oktober 2015, um 11 Uhr.',
    'Vor drei Jahren, im Frühjahr 1990 und Mitte der achtziger Jahre, war es jahrelang ruhig.',
  ];
  assert.deepEqual(violations(samples, RULES_DE), []);
});

test('gates hold on 10kGNAD and TempEval-3', { skip: !hasSharedData('10kgnad', 'test.csv') || !hasSharedData('tempeval3-en', 'TBAQ-cleaned') }, () => {
  const de = readGnad(sharedDataPath('10kgnad', 'test.csv'), 300).map((a) => a.text);
  assert.deepEqual(violations(de, RULES_DE), []);
  const dir = sharedDataPath('tempeval3-en', 'TBAQ-cleaned');
  const en: string[] = [];
  for (const sub of readdirSync(dir, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const f of readdirSync(`${dir}/${sub.name}`).slice(0, 40)) en.push(readFileSync(`${dir}/${sub.name}/${f}`, 'utf8').replace(/<[^>]+>/g, ''));
  }
  assert.deepEqual(violations(en, RULES_EN), []);
});

test('gates are plain tests that hold in a longer text (the tagger tests them on all kept sentences at once first)', () => {
  for (const r of [...RULES_DE, ...RULES_EN]) {
    if (!r.gate) continue;
    assert.ok(!r.gate.global && !r.gate.sticky, `${r.name}: gate with flag g or y`);
    assert.ok(!/[\^$]|\\[bB]|\(\?<?[=!]/.test(r.gate.source), `${r.name}: gate with an anchor or lookaround`);
  }
});
