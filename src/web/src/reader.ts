import { pieces, type Mark } from './annotate.ts';
import { get, type DocumentJSON, type Quote } from './api.ts';
import { append, CATEGORY_NAMES, clear, entityKey, fmtDate, h, modalityCategory, TYPE_NAMES } from './dom.ts';

/** Name for an entity id, a name, or null (speaker, actor …). */
function resolver(doc: DocumentJSON) {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  return (v: string | null | undefined): string | null => (v ? (byId.get(v)?.name ?? v) : null);
}

const PRIORITY: Mark['kind'][] = ['speaker', 'cue', 'entity', 'time', 'figure', 'event', 'quote'];

export async function renderReader(app: HTMLElement, id: string): Promise<void> {
  const doc = await get<DocumentJSON>(`/api/documents/${encodeURIComponent(id)}`, { include: 'raw' });
  const name = resolver(doc);
  const speakerEntity = (v: string | null) => (v ? doc.entities.find((e) => e.id === v) : undefined);
  clear(app);
  document.title = `${doc.title ?? 'Artikel'} – Lagebild`;

  const body = h('div', { class: 'article-text', lang: doc.lang ?? undefined });
  const panel = h('aside', { class: 'side-panel' });
  const card = h('div', { class: 'quote-card', hidden: true, role: 'status' });

  const showQuote = (q: Quote) => {
    clear(card);
    card.hidden = false;
    append(card,
      h('div', { class: 'quote-card-label' }, 'Zitat', ` (${q.kind})`),
      h('div', { class: 'speaker' }, speakerEntity(q.speaker) ? h('a', { href: `#/entity/${encodeURIComponent(entityKey(speakerEntity(q.speaker)!))}` }, name(q.speaker)) : (name(q.speaker) ?? 'Sprecher unbekannt')),
      q.cue ? h('div', { class: 'cue' }, 'Redeeinleitung: ', q.cue.text) : null,
      q.addressee ? h('div', {}, 'an: ', name(q.addressee)) : null,
      h('blockquote', {}, q.text),
    );
    for (const el of body.querySelectorAll('.selected')) el.classList.remove('selected');
    for (const el of body.querySelectorAll(`[data-quote="${CSS.escape(q.id)}"]`)) el.classList.add('selected');
  };
  const quotes = new Map(doc.quotes.map((q) => [q.id, q]));

  for (const p of pieces(doc)) {
    if (p.kind === 'removed') {
      body.append(
        h('del', { class: `removed removed-${p.reason}`, title: p.reason === 'repeated-passage' ? 'entfernt: wiederholte Passage' : `entfernt: ${p.reason}` },
          h('span', { class: 'removed-label' }, p.reason === 'repeated-passage' ? 'entfernt (Wiederholung)' : 'entfernt'),
          p.text),
      );
      continue;
    }
    const text = doc.text.slice(p.start, p.end);
    if (p.marks.length === 0) {
      body.append(text);
      continue;
    }
    const classes: string[] = [];
    const attrs: Record<string, string> = {};
    const sorted = [...p.marks].sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
    const titles: string[] = [];
    for (const m of sorted) {
      switch (m.kind) {
        case 'entity':
          classes.push('ent', `ent-${m.variant}`);
          attrs['data-entity'] ??= m.id;
          break;
        case 'quote': {
          classes.push('q', `q-${m.variant}`);
          attrs['data-quote'] ??= m.id;
          const q = quotes.get(m.id);
          titles.push(`Zitat von ${name(q?.speaker) ?? 'unbekannt'}`);
          break;
        }
        case 'speaker':
          classes.push('spk');
          break;
        case 'cue':
          classes.push('cue-word');
          break;
        case 'time':
          classes.push('tm');
          attrs['data-time'] ??= m.id;
          break;
        case 'figure':
          classes.push('fig');
          attrs['data-figure'] ??= m.id;
          break;
        case 'event':
          classes.push('ev', `ev-${m.variant}`);
          attrs['data-event'] ??= m.id;
          titles.push(`Ereignis (${CATEGORY_NAMES[m.variant] ?? m.variant})`);
          break;
      }
    }
    // The first piece of each quote is focusable, so keyboard users can open its speaker card.
    const quoteStart = sorted.some((m) => m.kind === 'quote' && m.start === p.start);
    const span = h('span', { class: [...new Set(classes)].join(' '), title: titles.join(' · ') || undefined, tabindex: quoteStart ? 0 : undefined, role: quoteStart ? 'button' : undefined, ...attrs }, text);
    body.append(span);
  }

  body.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Enter' && ev.key !== ' ') return;
    const target = (ev.target as HTMLElement).closest('[data-quote]') as HTMLElement | null;
    const q = target ? quotes.get(target.dataset.quote!) : undefined;
    if (q) {
      ev.preventDefault();
      showQuote(q);
    }
  });
  body.addEventListener('click', (ev) => {
    const target = (ev.target as HTMLElement).closest('[data-quote]') as HTMLElement | null;
    if (target) {
      const q = quotes.get(target.dataset.quote!);
      if (q) showQuote(q);
    }
  });

  // Side panel: every layer, each item scrolls to its span.
  const focus = (start: number) => {
    for (const el of body.querySelectorAll('.flash')) el.classList.remove('flash');
    let offset = 0;
    for (const node of body.childNodes) {
      const len = node.nodeName === 'DEL' ? 0 : (node.textContent ?? '').length;
      if (offset + len > start && node instanceof HTMLElement) {
        node.classList.add('flash');
        node.scrollIntoView({ block: 'center', behavior: 'smooth' });
        return;
      }
      offset += len;
    }
  };
  const section = (title: string, count: number, items: HTMLElement[]) =>
    h('details', { class: 'panel-section', open: count > 0 && count < 40 }, h('summary', {}, `${title} (${count})`), count ? h('ul', {}, ...items) : h('p', { class: 'empty' }, 'keine'));

  const entityItems = [...doc.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .map((e) =>
      h('li', { class: `ent-item ent-${e.type}` },
        h('a', { href: `#/entity/${encodeURIComponent(entityKey(e))}` }, e.name),
        ` ${TYPE_NAMES[e.type] ?? e.type}, ${e.mentions.length}×`,
        e.roles?.length ? h('span', { class: 'roles' }, ` – ${e.roles.map((r) => r.title).join(', ')}`) : null,
      ),
    );
  const quoteItems = doc.quotes.map((q) =>
    h('li', { class: 'quote-item' },
      h('button', { type: 'button', class: 'linkish', onclick: () => { showQuote(q); focus(q.start); } }, h('strong', {}, name(q.speaker) ?? '?'), ': ', `„${q.text.length > 120 ? `${q.text.slice(0, 117)}…` : q.text}“`),
    ),
  );
  const timeItems = doc.times.map((t) => h('li', {}, h('button', { type: 'button', class: 'linkish', onclick: () => focus(t.start) }, t.text), ` → ${t.value}`));
  const figureItems = doc.figures.map((f) => h('li', {}, h('button', { type: 'button', class: 'linkish', onclick: () => focus(f.start) }, f.text), ` (${f.kind}${f.unit ? `, ${f.unit}` : ''})`));
  const eventItems = doc.events.map((e) => {
    const cat = modalityCategory(e.modality);
    return h('li', { class: `event-item ev-${cat}` },
      h('span', { class: `badge badge-${cat}` }, CATEGORY_NAMES[cat]),
      ' ',
      h('button', { type: 'button', class: 'linkish', onclick: () => focus(e.trigger?.start ?? 0) }, e.type),
      e.actors.length ? ` – ${e.actors.map((a) => name(a)).join(', ')}` : '',
      e.recipients.length ? ` → ${e.recipients.map((a) => name(a)).join(', ')}` : '',
      e.time ? ` (${doc.times.find((t) => t.id === e.time)?.value ?? e.time})` : '',
      // an event told more than once: each mention with what its own sentence says (docs/events.md)
      (e.mentions?.length ?? 0) > 1
        ? h('ul', { class: 'event-mentions' }, ...e.mentions!.map((m) =>
          h('li', {},
            h('button', { type: 'button', class: 'linkish', onclick: () => focus(m.trigger.start) }, `„${m.trigger.text}“`),
            ` (Satz ${m.sentence + 1})`,
            m.actors?.length ? ` – ${m.actors.map((a) => name(a)).join(', ')}` : '',
            m.recipients?.length ? ` → ${m.recipients.map((a) => name(a)).join(', ')}` : '',
          )))
        : null,
    );
  });
  const repeated = doc.removed.filter((r) => r.reason === 'repeated-passage' || r.reason === 'boilerplate');
  panel.append(
    card,
    section('Akteure', doc.entities.length, entityItems),
    section('Zitate', doc.quotes.length, quoteItems),
    section('Ereignisse', doc.events.length, eventItems),
    section('Zeitangaben', doc.times.length, timeItems),
    section('Zahlen', doc.figures.length, figureItems),
    h('p', { class: 'removed-note' }, repeated.length ? `${repeated.length} Passage(n) entfernt (durchgestrichen im Text)` : 'keine Passagen entfernt'),
  );

  const meta = h('p', { class: 'meta' },
    [fmtDate(doc.published), doc.source, doc.lang?.toUpperCase(), doc.byline].filter(Boolean).join(' · '),
    doc.url ? ' · ' : '', doc.url ? h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, 'Quelle') : null,
  );
  app.append(
    h('div', { class: 'reader' },
      h('article', {},
        h('h1', { class: 'doc-title' }, doc.title ?? doc.text.slice(0, 80)),
        meta,
        h('p', { class: 'legend' },
          h('span', { class: 'ent ent-PER' }, 'Person'), ' ', h('span', { class: 'ent ent-ORG' }, 'Organisation'), ' ', h('span', { class: 'ent ent-LOC' }, 'Ort'), ' ',
          h('span', { class: 'q' }, 'Zitat (anklicken: Sprecher)'), ' ', h('span', { class: 'tm' }, 'Zeit'), ' ', h('span', { class: 'fig' }, 'Zahl'), ' ',
          h('span', { class: 'ev ev-occurred' }, 'Ereignis'), ' ', h('span', { class: 'ev ev-planned' }, 'geplant'), ' ', h('del', { class: 'removed' }, 'entfernt'),
        ),
        body,
      ),
      panel,
    ),
  );
}
