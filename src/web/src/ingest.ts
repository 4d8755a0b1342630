import { ApiError, get, post } from './api.ts';
import { append, clear, h } from './dom.ts';

interface IngestSummary {
  stored: number;
  duplicates: number;
  failed: number;
  items: Array<{ name: string; status: string; id?: string; error?: string; nearDuplicateOf?: string | null }>;
}

function showResult(out: HTMLElement, s: IngestSummary) {
  clear(out);
  out.append(
    h('p', { class: 'ingest-summary' }, `${s.stored} gespeichert, ${s.duplicates} schon vorhanden, ${s.failed} fehlgeschlagen`),
    h('ul', {}, ...s.items.map((i) =>
      h('li', { class: `ingest-${i.status}` },
        i.id ? h('a', { href: `#/doc/${encodeURIComponent(i.id)}`, class: 'ingested-link' }, i.name) : i.name,
        ` – ${i.status === 'stored' ? 'gespeichert' : i.status === 'duplicate' ? 'schon vorhanden' : 'fehlgeschlagen'}`,
        i.nearDuplicateOf ? ' (gleiche Meldung wie ein früherer Artikel)' : '',
        i.error ? h('div', { class: 'error' }, i.error) : null,
      ))),
  );
}

/** Uploads files (multipart) and shows the outcome. */
export async function uploadFiles(files: FileList | File[], out: HTMLElement, published?: string): Promise<void> {
  const form = new FormData();
  for (const f of files) form.append('file', f, f.name);
  if (published) form.append('published', published);
  await send(out, () => post<IngestSummary>('/api/ingest', form));
}

async function send(out: HTMLElement, call: () => Promise<IngestSummary>) {
  clear(out);
  out.append(h('p', { class: 'loading' }, 'wird analysiert …'));
  try {
    showResult(out, await call());
  } catch (e) {
    clear(out);
    const err = e as ApiError;
    const body = err.body as IngestSummary | null;
    if (body && Array.isArray(body.items)) showResult(out, body);
    else out.append(h('p', { class: 'error' }, err.status === 401 ? 'Schreibzugriff braucht das Token (siehe Ausgabe beim Start).' : err.message));
  }
}

export async function renderIngest(app: HTMLElement): Promise<void> {
  clear(app);
  const info = await get<{ writeNeedsToken: boolean; maxBodyBytes: number }>('/api/info').catch(() => ({ writeNeedsToken: false, maxBodyBytes: 0 }));
  const out = h('section', { class: 'ingest-result', 'aria-live': 'polite' });
  const text = h('textarea', { name: 'text', rows: 12, placeholder: 'Artikeltext (oder HTML) hier einfügen …' });
  const title = h('input', { name: 'title', placeholder: 'Titel (optional)' });
  const published = h('input', { name: 'published', type: 'date', 'aria-label': 'Veröffentlicht am' });
  const url = h('input', { name: 'url', type: 'url', placeholder: 'https://… (Artikel oder RSS/Atom-Feed)' });
  const file = h('input', { type: 'file', multiple: true, accept: '.txt,.html,.htm,.xml,.rss,.atom,.jsonl,text/*' });
  const tokenInput = h('input', { type: 'password', placeholder: 'Schreib-Token', value: sessionStorage.getItem('lagebild-token') ?? '', autocomplete: 'off' });
  tokenInput.addEventListener('change', () => sessionStorage.setItem('lagebild-token', tokenInput.value.trim()));

  const pasteForm = h('form', { class: 'ingest-form' }, text, h('div', { class: 'row' }, title, published, h('button', { type: 'submit' }, 'Analysieren')));
  pasteForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = text.value;
    if (!value.trim()) return;
    const isHtml = /^\s*<(?:!doctype|html|article|body|div|p)[\s>]/i.test(value);
    const body: Record<string, string> = { [isHtml ? 'html' : 'text']: value };
    if (title.value.trim()) body.title = title.value.trim();
    if (published.value) body.published = published.value;
    void send(out, () => post<IngestSummary>('/api/ingest', JSON.stringify(body), 'application/json'));
  });
  const urlForm = h('form', { class: 'ingest-form row' }, url, h('button', { type: 'submit' }, 'Abrufen'));
  urlForm.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!url.value.trim()) return;
    void send(out, () => post<IngestSummary>('/api/ingest', JSON.stringify({ url: url.value.trim() }), 'application/json'));
  });
  file.addEventListener('change', () => {
    if (file.files?.length) void uploadFiles(file.files, out, published.value || undefined);
  });
  const drop = h('div', { class: 'dropzone', tabindex: 0 }, 'Dateien hierher ziehen oder ', file);
  append(app,
    h('h1', {}, 'Artikel hinzufügen'),
    info.writeNeedsToken ? h('p', { class: 'token-row' }, 'Dieser Server verlangt für Schreibzugriffe ein Token: ', tokenInput) : null,
    h('h2', {}, 'Text einfügen'), pasteForm,
    h('h2', {}, 'Datei'), drop,
    h('h2', {}, 'Adresse'), urlForm,
    out,
  );
}
