import { DataSet } from 'vis-data';
import { Timeline } from 'vis-timeline';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { EventItem } from './api.ts';
import { CATEGORY_NAMES, h, modalityCategory } from './dom.ts';

const GROUPS = ['occurred', 'planned', 'denied', 'reported', 'hypothetical'] as const;

/** Draws events on a vis-timeline, one row per modality category; item contents are DOM elements (no HTML strings). */
export function drawTimeline(container: HTMLElement, events: EventItem[]) {
  const used = new Set(events.map((e) => modalityCategory(e.modality)));
  const groups = new DataSet(
    GROUPS.filter((g) => used.has(g)).map((g, i) => ({ id: g, order: i, content: h('span', { class: `badge badge-${g}` }, CATEGORY_NAMES[g]), className: `group-${g}` })),
  );
  const items = new DataSet(
    events
      .filter((e) => e.date && /^\d{4}(?:-\d{2}){0,2}$/.test(e.date.slice(0, 10)))
      .map((e, i) => {
        const cat = modalityCategory(e.modality);
        const who = e.actors.map((a) => a.name).join(', ');
        return {
          id: `${e.docId}:${e.id}:${i}`,
          group: cat,
          start: fullDate(e.date!),
          type: 'box',
          className: `ev-item ev-${cat}`,
          content: h('a', { href: `#/doc/${encodeURIComponent(e.docId)}`, 'data-category': cat, title: e.sentence ?? '' },
            cat === 'occurred' ? '' : `${CATEGORY_NAMES[cat]}: `, e.type, who ? ` – ${who}` : '', e.documentCount > 1 ? ` (${e.documentCount} Artikel)` : ''),
        };
      }),
  );
  // Show every item: vis-timeline's own fit() miscomputes the window with wide box items.
  const times = items.get().map((i) => Date.parse(String(i.start))).filter((t) => Number.isFinite(t));
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  const pad = Math.max((hi - lo) * 0.15, 14 * 86_400_000);
  const timeline = new Timeline(container, items as never, groups as never, {
    start: new Date(lo - pad),
    end: new Date(hi + pad),
    stack: true,
    zoomable: true,
    orientation: 'top',
    margin: { item: 6 },
    maxHeight: 520,
    tooltip: { followMouse: false },
  });
  return timeline;
}

/** YYYY, YYYY-MM or YYYY-MM-DD… as YYYY-MM-DD (first day of a month or year). */
function fullDate(d: string): string {
  const day = d.slice(0, 10);
  return day.length === 4 ? `${day}-01-01` : day.length === 7 ? `${day}-01` : day;
}
