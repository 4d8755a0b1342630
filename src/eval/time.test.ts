import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { evalTime, normaliseValue, parseInlineTimex } from './time.ts';

const TIMEX2 = `<DOC>
<DOCID>t2</DOCID>
<DATETIME> <TIMEX2 val="2011-02-16T17:00:00">2011-02-16T17:00:00</TIMEX2> </DATETIME>
<TEXT>
Der Krieg begann am <TIMEX2 val="1914-07-28">28. Juli 1914</TIMEX2>. Am <TIMEX2 val="1914-07-30">30. Juli</TIMEX2> &amp; <TIMEX2 val="1914-08" mod="START">Anfang August</TIMEX2> folgten weitere. <TIMEX2 val="PRESENT_REF">Heute</TIMEX2> ist das anders.
</TEXT>
</DOC>`;

const TIMEX3 = `<?xml version="1.0" ?>
<TimeML>
<DOCID>t3</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" temporalFunction="false" functionInDocument="CREATION_TIME">19980213</TIMEX3></DCT>
<TEXT>
The talks <EVENT eid="e1" class="OCCURRENCE">ended</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-02-10">Tuesday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>. Prices rose <TIMEX3 tid="t3" type="DATE" value="1997">last year</TIMEX3>; the war lasted a while.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>`;

describe('time gold readers', () => {
  it('strips TIMEX2 markup and keeps offsets, values, mods and the DCT', () => {
    const d = parseInlineTimex(TIMEX2, 't2');
    assert.equal(d.scheme, 'timex2');
    assert.equal(d.dct, '2011-02-16');
    assert.deepEqual(d.timexes.map((t) => [t.text, t.value, t.mod]), [
      ['28. Juli 1914', '1914-07-28', null],
      ['30. Juli', '1914-07-30', null],
      ['Anfang August', '1914-08', 'START'],
      ['Heute', 'PRESENT_REF', null],
    ]);
    for (const t of d.timexes) assert.equal(d.text.slice(t.start, t.end), t.text);
    assert.match(d.text, / & Anfang August/);
  });
  it('reads TimeML with EVENT tags inside the text and the DCT outside it', () => {
    const d = parseInlineTimex(TIMEX3, 't3');
    assert.equal(d.scheme, 'timex3');
    assert.equal(d.dct, '1998-02-13');
    assert.deepEqual(d.timexes.map((t) => [t.text, t.type, t.value]), [
      ['Tuesday', 'DATE', '1998-02-10'],
      ['three days', 'DURATION', 'P3D'],
      ['last year', 'DATE', '1997'],
    ]);
    assert.ok(d.text.includes('The talks ended on Tuesday'));
  });
  it('normalises equivalent values', () => {
    assert.equal(normaliseValue('2011-02-16t17:00:00'), '2011-02-16T17:00');
    assert.equal(normaliseValue(' p3d '), 'P3D');
  });
});

describe('evalTime', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-time-'));
  mkdirSync(join(dir, 'keyinline'));
  writeFileSync(join(dir, 'keyinline', 'x.key.xml'), TIMEX2);
  writeFileSync(join(dir, 'y.tml'), TIMEX3);

  it('scores a perfect German narrative without using its DCT', () => {
    const r = evalTime(join(dir, 'keyinline'), {});
    assert.equal(r.summary.n, 1);
    assert.equal(r.summary.f1, 1);
    assert.equal(r.summary.valueAccuracy, 1);
    assert.equal(r.summary.gold, 4);
  });
  it('scores TimeML with the DCT as published date, and reports the type accuracy', () => {
    const r = evalTime(join(dir, 'y.tml'), {});
    assert.equal(r.summary.precision, 1);
    assert.equal(r.summary.recall, 1);
    assert.equal(r.summary.valueAccuracy, 1);
    assert.equal(r.summary.typeAccuracy, 1);
    assert.ok((r.summary.tokensPerSecond as number) > 0);
  });
  it('counts strict misses, relaxed matches and wrong values separately', () => {
    // Gold marks only "Tuesday"; a longer prediction is a relaxed but not a strict match, the value is wrong.
    const xml = TIMEX3.replace('on <TIMEX3 tid="t1" type="DATE" value="1998-02-10">Tuesday</TIMEX3>', 'on <TIMEX3 tid="t1" type="DATE" value="1998-02-17">Tuesday</TIMEX3> morning')
      .replace('<TIMEX3 tid="t3" type="DATE" value="1997">last year</TIMEX3>', 'last year');
    writeFileSync(join(dir, 'z.tml'), xml);
    const r = evalTime(join(dir, 'z.tml'), {});
    // predicted: "Tuesday morning" (relaxed only), "three days" (exact), "last year" (extra)
    assert.equal(r.summary.gold, 2);
    assert.equal(r.summary.predicted, 3);
    assert.equal(r.summary.precision, 0.3333);
    assert.equal(r.summary.recall, 0.5);
    assert.equal(r.summary.relaxedPrecision, 0.6667);
    assert.equal(r.summary.relaxedRecall, 1);
    assert.equal(r.summary.valueAccuracy, 0.5);
  });
  it('filters documents by id', () => {
    const r = evalTime(dir, { docs: '^y$' });
    assert.equal(r.summary.n, 1);
  });
});
