/** Events: actors from discourse context — pronoun and role-noun subjects, "ich"/"wir" of a quote (general mechanisms). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventRows, eventOn, type DocSpec, type EntitySpec } from './testing.ts';

const ENTITIES: EntitySpec[] = [
  { name: 'Olaf Berger', type: 'PER', forms: ['Olaf Berger', 'Berger'], roles: [{ title: 'ÖVP-Sicherheitssprecher', country: null }] },
  { name: 'Kemal Aydin', type: 'PER', forms: ['Kemal Aydin', 'Aydin'] },
  { name: 'Sonja Wehrle', type: 'PER', forms: ['Sonja Wehrle', 'Wehrle'] },
  { name: 'ÖVP', type: 'ORG' },
  { name: 'CSU', type: 'ORG' },
  { name: 'Nordallianz', type: 'ORG' },
  { name: 'Tunesien', type: 'LOC' },
];

const run = (text: string, extra: DocSpec = {}) => eventRows(text, { entities: ENTITIES, published: null, ...extra });

test('a pronoun that opens the clause before its verb is the subject, also of a noun trigger in a setting phrase', () => {
  const rows = run('Berger traf Aydin am Montag. Er betonte bei einem Besuch in Tunesien, man werde helfen.');
  assert.deepEqual(eventOn(rows, 'Besuch')?.actors, ['Olaf Berger']);
  // "sie" with a singular verb: only a woman named last (it as often stands for a feminine noun such as "die Polizei")
  assert.deepEqual(eventOn(run('Wehrle sprach am Montag in Wien. Sie betonte bei einem Besuch in Tunesien, man werde helfen.'), 'Besuch')?.actors, ['Sonja Wehrle']);
  assert.deepEqual(eventOn(run('Berger sprach am Montag in Wien. Sie betonte bei einem Besuch in Tunesien, man werde helfen.'), 'Besuch')?.actors, []);
  // a passive auxiliary after the pronoun: "ich" is the victim
  const victim = run('Ich wurde gefoltert, geschlagen und bedroht, sagte Berger.', { quotes: [{ text: 'Ich wurde gefoltert, geschlagen und bedroht', speaker: 'Olaf Berger' }] });
  assert.ok(victim.filter((e) => e.type === 'ASSAULT').every((e) => !e.actors.includes('Olaf Berger')));
});

test('a nominative pronoun right after the finite verb is the subject when the Vorfeld names no one', () => {
  assert.deepEqual(eventOn(run('Berger kritisierte die Nordallianz. Den Vorschlag lehnte er ab.'), 'lehnte')?.actors, ['Olaf Berger']);
  assert.deepEqual(eventOn(run('Berger kritisierte die Nordallianz. Eine Rückkehr an den Verhandlungstisch schließt er aus.'), 'schließt')?.actors, ['Olaf Berger']);
  // "sie" after a subject-like Vorfeld is the object: "Die Partei unterstützt sie"
  const object = eventOn(run('Wehrle kritisierte die Nordallianz. Die Partei unterstützt sie.'), 'unterstützt');
  assert.ok(!object?.actors.includes('Sonja Wehrle'));
  // "wir" in a quote is the speaker, and the speaker's own act stays reported
  const wir = eventOn(run('Den Vorschlag der Nordallianz lehnen wir ab, sagte Berger.', { quotes: [{ text: 'Den Vorschlag der Nordallianz lehnen wir ab', speaker: 'Olaf Berger' }] }), 'lehnen');
  assert.deepEqual(wir?.actors, ['Olaf Berger']);
  assert.equal(wir?.modality, 'reported');
});

test('"ich"/"wir" governing a zu-infinitive make the quote speaker its actor (control)', () => {
  const quote = 'Ich habe entschieden, die Nordallianz zu unterstützen';
  const rows = run(`${quote}, sagte Aydin am Freitag.`, { quotes: [{ text: quote, speaker: 'Kemal Aydin' }] });
  assert.deepEqual(eventOn(rows, 'unterstützen')?.actors, ['Kemal Aydin']);
  // outside a quote no one
  assert.deepEqual(eventOn(run(`${quote}.`), 'unterstützen')?.actors, []);
});

test('a compound role noun ("der ÖVP-Politiker") is the recent person holding a role of that prefix, not the party', () => {
  const rows = run('Auch der ÖVP-Sicherheitssprecher Olaf Berger hat sich am Montag geäußert. Der ÖVP-Politiker kritisierte Aydin scharf.');
  assert.deepEqual(eventOn(rows, 'kritisierte')?.actors, ['Olaf Berger']);
  // no recent person with a CSU role: the party stays (the CSU chief is not the speaker named last)
  const csu = run('Aydin sprach am Montag. Der CSU-Chef kritisierte die Nordallianz scharf, erklärte Berger.');
  assert.ok(!eventOn(csu, 'kritisierte')?.actors.includes('Olaf Berger'));
});

test('"sie" with a plural verb is a group, not the person named last; the polite "Sie" of an interview is the interviewee', () => {
  assert.deepEqual(eventOn(run('Berger sprach am Montag mit Aydin. Sie werfen der Nordallianz vor, Geiseln genommen zu haben.'), 'werfen')?.actors, []);
  assert.deepEqual(eventOn(run('Berger sprach am Montag in Wien. STANDARD: Sie haben die Nordallianz scharf kritisiert.'), 'kritisiert')?.actors, ['Olaf Berger']);
});

test('a noun trigger whose clause opens with its light verb after an apposition takes the name of the apposition', () => {
  const rows = run('Der Gouverneur der Region, Olaf Berger, ordnete eine Untersuchung des Unglücks an.');
  assert.deepEqual(eventOn(rows, 'Untersuchung')?.actors, ['Olaf Berger']);
  // a speech verb opening the clause reports the clause before ("…, sagte X bei einem Besuch in Y"): unchanged
  const said = run('Die Nordallianz werde helfen, sagte Berger am Sonntag bei einem Besuch in Tunesien.');
  assert.deepEqual(eventOn(said, 'Besuch')?.actors, ['Olaf Berger']);
});

test('"ich"/"wir" anywhere in the trigger\'s own active clause is its subject (the speaker), a noun only with its light verb', () => {
  const quote = 'Sollte die Regierung das planen, sagen wir schon jetzt ein klares Nein';
  assert.deepEqual(eventOn(run(`${quote}, so Berger.`, { quotes: [{ text: quote, speaker: 'Olaf Berger' }] }), 'Nein')?.actors, ['Olaf Berger']);
  // another's act in a setting phrase: "Seit dem Angriff … können wir …" is not the speaker's attack
  const setting = 'Seit dem Angriff auf die Fabrik können wir unsere Angehörigen nicht erreichen';
  assert.ok(!eventOn(run(`${setting}, sagte Berger.`, { quotes: [{ text: setting, speaker: 'Olaf Berger' }] }), 'Angriff')?.actors.includes('Olaf Berger'));
});

test('praise given with "spenden"/"zollen" is the subject\'s act, also in a subjectless second conjunct', () => {
  const rows = run('Auch Berger meldete sich am Nachmittag zu Wort und spendete der Nordallianz ausdrücklich Lob.');
  assert.deepEqual(eventOn(rows, 'Lob')?.actors, ['Olaf Berger']);
});

test('a lone "Es" before a singular verb is the neuter group noun that opened the previous sentence, when it is linked', () => {
  const spec = { entities: [{ name: 'Nordkorea', type: 'LOC' as const, forms: ['Nordkorea', '+Das Militär'] }, { name: 'Park Geun-hye', type: 'PER' as const }], published: null };
  const rows = eventRows('Das Militär drohte mit Schlägen. Es warf der Regierung von Park Geun-hye vor, einen Angriff geplant zu haben.', spec);
  assert.deepEqual(eventOn(rows, 'warf')?.actors, ['Nordkorea']);
  // an expletive "es" ("Es gibt …", "Es hieß …") and an unlinked opener give no actor
  const none = eventRows('Die Lage ist ernst. Es warf der Regierung von Park Geun-hye vor, einen Angriff geplant zu haben.', spec);
  assert.deepEqual(eventOn(none, 'warf')?.actors ?? [], []);
});

test('the possessor of a noun of what is done to someone ("seine Begnadigung", "seine Festnahme") is its recipient, not its actor', () => {
  const rows = run('Kemal Aydin kam frei. Die Behörden teilten mit, er habe seine Begnadigung dem Präsidenten von Tunesien zu verdanken.');
  const e = eventOn(rows, 'Begnadigung');
  assert.deepEqual(e?.recipients, ['Kemal Aydin']);
  assert.ok(!e?.actors.includes('Kemal Aydin'));
  // a noun of the possessor's own act keeps the possessor as actor
  assert.deepEqual(eventOn(run('Berger reiste nach Wien. Sein zweites Sondierungsgespräch hat lange gedauert.'), 'Sondierungsgespräch')?.actors, ['Olaf Berger']);
});
