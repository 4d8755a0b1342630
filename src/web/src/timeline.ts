import { get, type EventItem } from './api.ts';
import { CATEGORY_NAMES, clear, h, modalityCategory } from './dom.ts';
import { eventLine } from './entity.ts';

interface TimelineData {
  interval: string;
  total: number;
  undated: number;
  buckets: Array<{ start: string; total: number; counts: Record<string, number> }>;
  items: EventItem[];
}

const CATEGORIES = ['occurred', 'planned', 'denied', 'reported', 'hypothetical'] as const;

export async function renderTimeline(app: HTMLElement, params: URLSearchParams): Promise<void> {
  clear(app);
  const interval = params.get('interval') ?? 'month';
  const query = { interval, entity: params.get('entity'), type: params.get('type'), from: params.get('from'), to: params.get('to'), limit: 500 };
  const data = await get<TimelineData>('/api/timeline', query);
  const form = h('form', { class: 'filters' },
    h('input', { name: 'entity', value: params.get('entity') ?? '', placeholder: 'Akteur' }),
    h('input', { name: 'type', value: params.get('type') ?? '', placeholder: 'Ereignistyp', size: 10 }),
    h('select', { name: 'interval' }, ...['day', 'week', 'month'].map((i) => h('option', { value: i, selected: i === interval }, { day: 'Tage', week: 'Wochen', month: 'Monate' }[i]!))),
    h('button', { type: 'submit' }, 'Anzeigen'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) if (typeof v === 'string' && v) next.set(k, v);
    location.hash = `#/timeline?${next.toString()}`;
  });
  const legend = h('p', { class: 'legend' }, ...CATEGORIES.flatMap((c) => [h('span', { class: `badge badge-${c}` }, CATEGORY_NAMES[c]), ' ']));
  const max = Math.max(1, ...data.buckets.map((b) => b.total));
  const chart = h('div', { class: 'bucket-chart', role: 'img', 'aria-label': 'Ereignisse pro Zeitraum nach Modalität' },
    ...data.buckets.map((b) => {
      const col = h('div', { class: 'bucket', title: `${b.start}: ${b.total}` });
      const cats: Record<string, number> = {};
      for (const [m, n] of Object.entries(b.counts)) cats[modalityCategory(m)] = (cats[modalityCategory(m)] ?? 0) + n;
      for (const c of CATEGORIES) if (cats[c]) col.append(h('div', { class: `seg seg-${c}`, style: `height:${(cats[c] / max) * 100}%`, title: `${CATEGORY_NAMES[c]}: ${cats[c]}` }));
      return h('div', { class: 'bucket-wrap' }, col, h('span', { class: 'bucket-label' }, b.start.slice(0, interval === 'month' ? 7 : 10)));
    }),
  );
  const widget = h('div', { class: 'timeline-widget', id: 'timeline-widget' }, h('p', { class: 'loading' }, 'Zeitleiste wird geladen …'));
  app.append(
    h('h1', {}, 'Zeitleiste der Ereignisse'),
    form,
    h('p', { class: 'count' }, `${data.total} Ereignisse${data.undated ? `, ${data.undated} ohne Datum` : ''}`),
    legend,
    data.buckets.length ? chart : h('p', { class: 'empty' }, 'Noch keine datierten Ereignisse.'),
    widget,
    h('details', { class: 'event-list' }, h('summary', {}, `Liste (${data.items.length})`), h('ul', { class: 'events' }, ...data.items.map(eventLine))),
  );
  if (data.items.length) {
    const { drawTimeline } = await import('./timeline-widget.ts');
    clear(widget);
    drawTimeline(widget, data.items);
  } else clear(widget);
}
