import { get, type Page, type SearchHit } from './api.ts';
import { clear, fmtDate, h } from './dom.ts';

const MODALITIES = ['', 'asserted', 'planned', 'negated', 'reported', 'hypothetical', 'historical'];

/** Snippet with [matched] words as <mark> elements (text nodes only). */
export function snippet(s: string): HTMLElement {
  const p = h('p', { class: 'snippet' });
  for (const part of s.split(/(\[[^\][]*\])/)) {
    if (part.startsWith('[') && part.endsWith(']') && part.length > 2) p.append(h('mark', {}, part.slice(1, -1)));
    else if (part) p.append(part);
  }
  return p;
}

export async function renderSearch(app: HTMLElement, params: URLSearchParams): Promise<void> {
  clear(app);
  const field = (name: string, label: string, input: HTMLElement) => h('label', { class: `f-${name}` }, h('span', {}, label), input);
  const val = (k: string) => params.get(k) ?? '';
  const q = h('input', { type: 'search', name: 'q', value: val('q'), placeholder: 'Suchbegriffe, z. B. Waffenstillstand', autofocus: true, 'aria-label': 'Suche' });
  const modality = h('select', { name: 'modality' }, ...MODALITIES.map((m) => h('option', { value: m, selected: m === val('modality') }, m || 'alle')));
  const form = h('form', { class: 'search-form', role: 'search' },
    h('div', { class: 'search-row' }, q, h('button', { type: 'submit' }, 'Suchen')),
    h('div', { class: 'filters' },
      field('lang', 'Sprache', h('input', { name: 'lang', value: val('lang'), size: 3, placeholder: 'de' })),
      field('from', 'von', h('input', { name: 'from', type: 'date', value: val('from') })),
      field('to', 'bis', h('input', { name: 'to', type: 'date', value: val('to') })),
      field('entity', 'Akteur', h('input', { name: 'entity', value: val('entity'), placeholder: 'Name' })),
      field('eventType', 'Ereignistyp', h('input', { name: 'eventType', value: val('eventType'), size: 10 })),
      field('modality', 'Modalität', modality),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) if (typeof v === 'string' && v.trim()) next.set(k, v.trim());
    location.hash = `#/search?${next.toString()}`;
  });
  const results = h('section', { class: 'results', 'aria-label': 'Ergebnisse' });
  app.append(h('h1', {}, 'Artikel durchsuchen'), form, results);

  const offset = Number(params.get('offset') ?? 0) || 0;
  const limit = 20;
  const query: Record<string, string | number> = { limit, offset };
  for (const k of ['q', 'lang', 'from', 'to', 'entity', 'eventType', 'modality']) if (val(k)) query[k] = val(k);
  let page: Page<SearchHit> & { sort?: string };
  try {
    page = await get<Page<SearchHit> & { sort?: string }>('/api/search', query);
  } catch (e) {
    results.append(h('p', { class: 'error' }, (e as Error).message));
    return;
  }
  results.append(
    h('p', { class: 'count' }, page.total === 0 ? 'Keine Treffer.' : `${offset + 1}–${offset + page.items.length} von ${page.total} ${val('q') ? 'Treffern' : 'Artikeln'}`,
      page.total > 0 ? ` · ${page.sort === 'relevance' ? 'nach Relevanz' : 'neueste zuerst'}` : ''),
  );
  const list = h('ol', { class: 'hits', start: offset + 1 });
  for (const hit of page.items) {
    list.append(
      h('li', { class: 'hit' },
        h('a', { class: 'hit-title', href: `#/doc/${encodeURIComponent(hit.id)}` }, hit.title ?? hit.snippet.replace(/[[\]]/g, '').slice(0, 80)),
        h('span', { class: 'meta' }, [fmtDate(hit.published), hit.source, hit.lang?.toUpperCase()].filter(Boolean).join(' · ')),
        snippet(hit.snippet),
      ),
    );
  }
  results.append(list);
  const nav = h('nav', { class: 'pager' });
  const go = (o: number) => {
    const next = new URLSearchParams(params);
    next.set('offset', String(o));
    return `#/search?${next.toString()}`;
  };
  if (offset > 0) nav.append(h('a', { href: go(Math.max(0, offset - limit)) }, '← zurück'));
  if (offset + page.items.length < page.total) nav.append(h('a', { href: go(offset + limit) }, 'weiter →'));
  results.append(nav);
}
