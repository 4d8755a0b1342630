import './style.css';
import { clear, h } from './dom.ts';
import { renderEntities, renderEntity } from './entity.ts';
import { renderIngest, uploadFiles } from './ingest.ts';
import { renderNetwork } from './network.ts';
import { renderReader } from './reader.ts';
import { renderSearch } from './search.ts';
import { renderTimeline } from './timeline.ts';

const app = document.getElementById('app')!;

async function route(): Promise<void> {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, qs = ''] = hash.split('?');
  const params = new URLSearchParams(qs);
  const parts = path.split('/').filter(Boolean);
  const section = parts[0] ?? 'search';
  for (const a of document.querySelectorAll('[data-nav]')) a.classList.toggle('active', (a as HTMLElement).dataset.nav === (section === 'doc' ? 'search' : section === 'entity' ? 'entities' : section));
  document.title = 'Lagebild';
  app.dataset.view = section;
  app.dataset.ready = 'false';
  try {
    const id = parts[1] ? decodeURIComponent(parts.slice(1).join('/')) : '';
    switch (section) {
      case 'search':
        await renderSearch(app, params);
        break;
      case 'doc':
        await renderReader(app, id);
        break;
      case 'entities':
        await renderEntities(app, params);
        break;
      case 'entity':
        await renderEntity(app, id);
        break;
      case 'timeline':
        await renderTimeline(app, params);
        break;
      case 'network':
        await renderNetwork(app, params);
        break;
      case 'ingest':
        await renderIngest(app);
        break;
      default:
        clear(app);
        app.append(h('p', { class: 'error' }, 'Diese Seite gibt es nicht.'));
    }
  } catch (e) {
    clear(app);
    app.append(h('h1', {}, 'Fehler'), h('p', { class: 'error' }, (e as Error).message));
  }
  app.dataset.ready = 'true';
}

window.addEventListener('hashchange', () => void route());
void route();

// Drop a file anywhere to ingest it.
const overlay = document.getElementById('drop-overlay')!;
let depth = 0;
window.addEventListener('dragenter', (e) => {
  if (!e.dataTransfer?.types.includes('Files')) return;
  depth++;
  overlay.hidden = false;
});
window.addEventListener('dragleave', () => {
  depth = Math.max(0, depth - 1);
  if (depth === 0) overlay.hidden = true;
});
window.addEventListener('dragover', (e) => e.preventDefault());
window.addEventListener('drop', (e) => {
  e.preventDefault();
  depth = 0;
  overlay.hidden = true;
  const files = e.dataTransfer?.files;
  if (!files?.length) return;
  const go = async () => {
    if (!location.hash.startsWith('#/ingest')) {
      location.hash = '#/ingest';
      await new Promise((r) => setTimeout(r, 50));
      await route();
    }
    const out = app.querySelector('.ingest-result') as HTMLElement | null;
    if (out) await uploadFiles(files, out);
  };
  void go();
});
