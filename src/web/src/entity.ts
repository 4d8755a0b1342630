import { get, type EventItem } from './api.ts';
import { CATEGORY_NAMES, clear, fmtDate, h, modalityCategory, TYPE_NAMES } from './dom.ts';

interface EntityDetail {
  key: string;
  name: string;
  names: Array<{ name: string; count: number }>;
  type: string;
  canonicalId: string | null;
  documentCount: number;
  documents: Array<{ id: string; title: string | null; published: string | null; mentions: number }>;
  roles: Array<{ title: string; country: string | null; docId: string; published: string | null; text: string }>;
  roleSummary?: Array<{ title: string; country: string | null; count: number; first_seen: string | null; last_seen: string | null }>;
  country?: string | null;
  quotes: Array<{ docId: string; docTitle: string | null; published: string | null; quote: { text: string; kind: string } }>;
  events: EventItem[];
  neighbours: Array<{ key: string; name: string; type: string; weight: number }>;
  byMonth: Array<{ month: string; documents: number }>;
}

interface EntitySummary {
  key: string;
  name: string;
  type: string;
  documents: number;
}

export function eventLine(e: EventItem): HTMLElement {
  const cat = modalityCategory(e.modality);
  return h('li', { class: `event-item ev-${cat}` },
    h('span', { class: `badge badge-${cat}` }, CATEGORY_NAMES[cat]), ' ',
    h('strong', {}, e.type), ' ',
    e.actors.length ? e.actors.map((a) => a.name).join(', ') : '',
    e.recipients.length ? ` → ${e.recipients.map((a) => a.name).join(', ')}` : '',
    e.date ? ` · ${fmtDate(e.date)}` : '', ' · ',
    h('a', { href: `#/doc/${encodeURIComponent(e.docId)}` }, e.docTitle ?? 'Artikel'),
    e.documentCount > 1 ? ` · in ${e.documentCount} Artikeln` : '',
    e.sentence ? h('div', { class: 'sentence' }, e.sentence) : null,
    e.mentionCount > 1 ? mentionList(e) : null,
  );
}

/** The tellings of an event told more than once (in near-duplicate articles, or twice in one): article and sentence. */
function mentionList(e: EventItem): HTMLElement {
  return h('details', { class: 'mentions' },
    h('summary', {}, `${e.mentionCount} Erwähnungen in ${e.documentCount} ${e.documentCount === 1 ? 'Artikel' : 'Artikeln'}`),
    h('ul', {}, ...e.mentions.map((m) => h('li', {},
      h('a', { href: `#/doc/${encodeURIComponent(m.docId)}` }, m.docTitle ?? 'Artikel'),
      m.published ? ` (${fmtDate(m.published)})` : '',
      m.sentence ? h('div', { class: 'sentence' }, m.sentence) : null,
    ))),
  );
}

export async function renderEntities(app: HTMLElement, params: URLSearchParams): Promise<void> {
  clear(app);
  const type = params.get('type') ?? '';
  const page = await get<{ total: number; items: EntitySummary[] }>('/api/entities', { type, q: params.get('q'), limit: 200 });
  const form = h('form', { class: 'filters' },
    h('input', { name: 'q', value: params.get('q') ?? '', placeholder: 'Name enthält …' }),
    h('select', { name: 'type' }, ...['', 'PER', 'ORG', 'LOC', 'MISC'].map((t) => h('option', { value: t, selected: t === type }, t ? TYPE_NAMES[t] : 'alle Typen'))),
    h('button', { type: 'submit' }, 'Filtern'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) if (typeof v === 'string' && v) next.set(k, v);
    location.hash = `#/entities?${next.toString()}`;
  });
  app.append(
    h('h1', {}, 'Akteure'), form,
    h('p', { class: 'count' }, `${page.total} Einträge`),
    page.items.length
      ? h('table', { class: 'entity-table' },
          h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Typ'), h('th', {}, 'Artikel'))),
          h('tbody', {}, ...page.items.map((e) => h('tr', {}, h('td', {}, h('a', { href: `#/entity/${encodeURIComponent(e.key)}` }, e.name)), h('td', {}, TYPE_NAMES[e.type] ?? e.type), h('td', {}, e.documents)))))
      : h('p', { class: 'empty' }, 'Noch keine Akteure erkannt.'),
  );
}

export async function renderEntity(app: HTMLElement, key: string): Promise<void> {
  const e = await get<EntityDetail>(`/api/entities/${encodeURIComponent(key)}`);
  clear(app);
  document.title = `${e.name} – Lagebild`;
  const max = Math.max(1, ...e.byMonth.map((m) => m.documents));
  const section = (title: string, content: HTMLElement) => h('section', { class: 'entity-section' }, h('h2', {}, title), content);
  app.append(
    h('h1', { class: 'entity-name' }, e.name),
    h('p', { class: 'meta' }, `${TYPE_NAMES[e.type] ?? e.type} · in ${e.documentCount} Artikel(n)`, e.canonicalId ? ` · ${e.canonicalId}` : '', ' · ',
      h('a', { href: `#/network?entity=${encodeURIComponent(e.key)}` }, 'Netzwerk'), ' · ',
      h('a', { href: `#/timeline?entity=${encodeURIComponent(e.key)}` }, 'Zeitleiste'), ' · ',
      h('a', { href: `#/search?entity=${encodeURIComponent(e.name)}` }, 'Artikel')),
    e.names.length > 1 ? h('p', {}, 'auch: ', e.names.slice(1).map((n) => n.name).join(', ')) : '',
    h('div', { class: 'entity-grid' },
      section('Rollen im Zeitverlauf', e.roleSummary?.length || e.roles.length
        ? h('div', {},
            e.roleSummary?.length
              ? h('ul', { class: 'role-summary' }, ...e.roleSummary.map((r) => h('li', {}, h('strong', {}, r.title), r.country ? ` (${r.country})` : '',
                  r.first_seen ? ` · ${fmtDate(r.first_seen)}${r.last_seen && r.last_seen !== r.first_seen ? ` – ${fmtDate(r.last_seen)}` : ''}` : '', ` · ${r.count}×`)))
              : null,
            e.roles.length
              ? h('details', { open: !e.roleSummary?.length }, h('summary', {}, 'Belege'),
                  h('ul', {}, ...e.roles.map((r) => h('li', {}, h('strong', {}, r.title), r.country ? ` (${r.country})` : '', r.published ? ` · ${fmtDate(r.published)}` : '', ' · ', h('a', { href: `#/doc/${encodeURIComponent(r.docId)}` }, 'Beleg')))))
              : null)
        : h('p', { class: 'empty' }, 'keine Rollen erkannt')),
      section('Nennungen pro Monat', e.byMonth.length
        ? h('div', { class: 'bars' }, ...e.byMonth.map((m) => h('div', { class: 'bar-row' }, h('span', { class: 'bar-label' }, m.month), h('span', { class: 'bar', style: `width:${Math.round((m.documents / max) * 100)}%` }), h('span', {}, m.documents))))
        : h('p', { class: 'empty' }, 'keine Datumsangaben')),
      section(`Zitate (${e.quotes.length})`, e.quotes.length
        ? h('ul', { class: 'quotes' }, ...e.quotes.map((q) => h('li', {}, h('blockquote', {}, q.quote.text), h('a', { href: `#/doc/${encodeURIComponent(q.docId)}` }, q.docTitle ?? 'Artikel'), q.published ? ` · ${fmtDate(q.published)}` : '')))
        : h('p', { class: 'empty' }, 'keine Zitate')),
      section(`Ereignisse (${e.events.length})`, e.events.length ? h('ul', { class: 'events' }, ...e.events.map(eventLine)) : h('p', { class: 'empty' }, 'keine Ereignisse')),
      section('Im Umfeld (gemeinsame Artikel)', e.neighbours.length
        ? h('ul', {}, ...e.neighbours.map((n) => h('li', {}, h('a', { href: `#/entity/${encodeURIComponent(n.key)}` }, n.name), ` (${TYPE_NAMES[n.type] ?? n.type}, ${n.weight})`)))
        : h('p', { class: 'empty' }, 'keine')),
      section('Artikel', h('ul', {}, ...e.documents.map((d) => h('li', {}, h('a', { href: `#/doc/${encodeURIComponent(d.id)}` }, d.title ?? d.id), d.published ? ` · ${fmtDate(d.published)}` : '', ` · ${d.mentions}×`)))),
    ),
  );
}
