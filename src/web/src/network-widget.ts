import cytoscape from 'cytoscape';
import type { GraphData } from './network.ts';

const COLORS: Record<string, string> = { PER: '#c0392b', ORG: '#2c6fbb', LOC: '#2e8b57', MISC: '#8e6c8a' };
const EVENT_COLORS = ['#d35400', '#8e44ad', '#16a085', '#b7950b', '#2471a3', '#a93226'];

/** Draws the actor network with cytoscape (canvas: labels are never parsed as HTML). */
export function drawNetwork(container: HTMLElement, g: GraphData, onSelect: (key: string) => void) {
  const types = [...new Set(g.edges.map((e) => e.type).filter((t) => t !== 'co-occurrence'))];
  const cy = cytoscape({
    container,
    elements: [
      ...g.nodes.map((n) => ({ data: { id: n.id, label: n.label, type: n.type, size: Math.min(60, 16 + 9 * Math.log2(1 + n.documents)) } })),
      ...g.edges.map((e, i) => ({
        data: {
          id: `e${i}`, source: e.source, target: e.target, type: e.type, weight: e.weight,
          width: 1 + Math.min(8, Math.log2(1 + e.weight)),
          color: e.type === 'co-occurrence' ? '#b8b8b8' : EVENT_COLORS[types.indexOf(e.type) % EVENT_COLORS.length],
          label: e.type === 'co-occurrence' ? '' : e.type,
        },
        classes: e.type === 'co-occurrence' ? 'cooc' : 'event',
      })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, 'background-color': (ele: cytoscape.NodeSingular) => COLORS[ele.data('type') as string] ?? '#777' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'curve-style': 'bezier', opacity: 0.8, 'z-index': 2 } },
      { selector: 'edge.cooc', style: { opacity: 0.25, 'z-index': 1 } },
      { selector: 'edge.event', style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(color)', label: 'data(label)', 'font-size': 9, color: '#555', 'text-rotation': 'autorotate' } },
    ],
    layout: { name: 'cose', animate: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 120, nodeOverlap: 20, componentSpacing: 80 },
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node', (ev) => onSelect(ev.target.id() as string));
  (container as HTMLElement & { cy?: unknown }).cy = cy;
  return cy;
}
