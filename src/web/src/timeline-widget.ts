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
      .filter((e) => e.date && /^\d{4}-\d{2}-\d{2}/.test(e.date))
      .map((e, i) => {
        const cat = modalityCategory(e.modality);
        const who = e.actors.map((a) => a.name).join(', ');
        return {
          id: `${e.docId}:${e.id}:${i}`,
          group: cat,
          start: e.date!,
          type: 'box',
          className: `ev-item ev-${cat}`,
          content: h('a', { href: `#/doc/${encodeURIComponent(e.docId)}`, 'data-category': cat, title: e.sentence ?? '' },
            cat === 'occurred' ? '' : `${CATEGORY_NAMES[cat]}: `, e.type, who ? ` – ${who}` : ''),
        };
      }),
  );
  return new Timeline(container, items as never, groups as never, {
    stack: true,
    zoomable: true,
    orientation: 'top',
    margin: { item: 6 },
    maxHeight: 520,
    tooltip: { followMouse: false },
  });
}
