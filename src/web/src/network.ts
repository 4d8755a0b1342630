import { get } from './api.ts';
import { clear, h } from './dom.ts';

export interface GraphData {
  nodes: Array<{ id: string; label: string; type: string; documents: number }>;
  edges: Array<{ source: string; target: string; type: string; weight: number }>;
}

export async function renderNetwork(app: HTMLElement, params: URLSearchParams): Promise<void> {
  clear(app);
  const data = await get<GraphData>('/api/graph', { entity: params.get('entity'), nodes: params.get('nodes') ?? 60, minWeight: params.get('minWeight') });
  const eventsOnly = params.get('edges') === 'events';
  if (eventsOnly) data.edges = data.edges.filter((e) => e.type !== 'co-occurrence');
  const form = h('form', { class: 'filters' },
    h('input', { name: 'entity', value: params.get('entity') ?? '', placeholder: 'um Akteur zentrieren' }),
    h('label', {}, 'Knoten ', h('input', { name: 'nodes', type: 'number', min: 2, max: 300, value: params.get('nodes') ?? 60 })),
    h('label', {}, 'Mindestgewicht ', h('input', { name: 'minWeight', type: 'number', min: 1, value: params.get('minWeight') ?? 1 })),
    h('label', {}, h('input', { name: 'edges', type: 'checkbox', value: 'events', checked: eventsOnly }), ' nur Ereignis-Kanten'),
    h('button', { type: 'submit' }, 'Anzeigen'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) if (typeof v === 'string' && v) next.set(k, v);
    location.hash = `#/network?${next.toString()}`;
  });
  const types = [...new Set(data.edges.map((e) => e.type))];
  const canvas = h('div', { class: 'network', id: 'network' });
  app.append(
    h('h1', {}, 'Akteursnetzwerk'),
    form,
    h('p', { class: 'count' }, `${data.nodes.length} Akteure, ${data.edges.length} Verbindungen`, types.length ? ` (${types.join(', ')})` : ''),
    h('p', { class: 'legend' }, h('span', { class: 'ent ent-PER' }, 'Person'), ' ', h('span', { class: 'ent ent-ORG' }, 'Organisation'), ' ', h('span', { class: 'ent ent-LOC' }, 'Ort'),
      ' · graue Kanten: im selben Satz genannt (Gewicht: Artikel); farbige Pfeile: Ereignisse (Typ als Beschriftung)'),
    data.nodes.length ? canvas : h('p', { class: 'empty' }, 'Noch keine Akteure erkannt.'),
    h('details', {}, h('summary', {}, 'Kanten als Liste'), h('ul', {}, ...data.edges.slice(0, 300).map((e) => h('li', {}, `${label(data, e.source)} – ${label(data, e.target)}: ${e.type} (${e.weight})`)))),
  );
  if (!data.nodes.length) return;
  const { drawNetwork } = await import('./network-widget.ts');
  drawNetwork(canvas, data, (key) => {
    location.hash = `#/entity/${encodeURIComponent(key)}`;
  });
}

function label(g: GraphData, id: string): string {
  return g.nodes.find((n) => n.id === id)?.label ?? id;
}
