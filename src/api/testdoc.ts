import { createDoc, type Doc } from '../doc/index.ts';

/**
 * A hand-built analysed document with every layer filled (for API and browser tests; invented names).
 * The quote's speaker is entity e1; ev1 is a planned meeting dated by t1; ev2 a denied one.
 */
export function sampleDoc(opts: { suffix?: string; published?: string; title?: string } = {}): Doc {
  const s1 = 'Erika Musterfrau sagte am Montag in Nordstadt: „Wir werden das Abkommen im Juni 2031 unterzeichnen.“';
  const s2 = ' Der Bund der Fischer wies Berichte über ein Treffen mit Musterfrau zurück.';
  const s3 = opts.suffix ? ` ${opts.suffix}` : '';
  const text = s1 + s2 + s3;
  const doc = createDoc(text, { title: opts.title ?? 'Abkommen in Nordstadt geplant', published: opts.published ?? '2031-05-12', source: 'Testquelle' });
  doc.lang = 'de';
  const at = (needle: string, from = 0) => {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`sampleDoc: ${needle} not found`);
    return { start, end: start + needle.length, text: needle };
  };
  doc.sentences = [
    { start: 0, end: s1.length },
    { start: s1.length + 1, end: s1.length + s2.length },
    ...(s3 ? [{ start: s1.length + s2.length + 1, end: text.length }] : []),
  ];
  const quote = at('„Wir werden das Abkommen im Juni 2031 unterzeichnen.“');
  doc.entities = [
    { id: 'e1', type: 'PER', name: 'Erika Musterfrau', canonicalId: null, roles: [{ title: 'Ministerin', country: 'XNL', span: at('Erika Musterfrau') }],
      mentions: [{ ...at('Erika Musterfrau'), form: 'name' }, { ...at('Musterfrau', s1.length), form: 'name' }] },
    { id: 'e2', type: 'ORG', name: 'Bund der Fischer', canonicalId: null, mentions: [{ ...at('Bund der Fischer'), form: 'name' }] },
    { id: 'e3', type: 'LOC', name: 'Nordstadt', canonicalId: 'loc:nordstadt', mentions: [{ ...at('Nordstadt'), form: 'name' }] },
  ];
  doc.quotes = [{ id: 'q1', ...quote, kind: 'direct', speaker: 'e1', speakerMention: at('Erika Musterfrau'), cue: at('sagte'), addressee: null }];
  doc.times = [
    { id: 't1', ...at('Juni 2031'), type: 'DATE', value: '2031-06' },
    { id: 't2', ...at('Montag'), type: 'DATE', value: '2031-05-12' },
  ];
  doc.figures = [{ id: 'f1', ...at('2031', quote.start), value: 2031, unit: null, kind: 'year' }];
  doc.events = [
    { id: 'ev1', type: 'SIGN', mode: null, modality: 'planned', actors: ['e1'], recipients: ['e2'], place: 'e3', time: 't1', source: 'e1', trigger: at('unterzeichnen'), sentence: 0 },
    { id: 'ev2', type: 'MEET', mode: null, modality: 'negated', actors: ['e2'], recipients: ['e1'], place: null, time: null, source: 'e2', trigger: at('Treffen'), sentence: 1 },
    { id: 'ev3', type: 'STATEMENT', mode: null, modality: 'asserted', actors: ['e1'], recipients: [], place: 'e3', time: 't2', source: null, trigger: at('sagte'), sentence: 0 },
  ];
  doc.pipeline = { test: '1' };
  return doc;
}
