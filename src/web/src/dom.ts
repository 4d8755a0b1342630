/**
 * DOM helpers. Article data only ever reaches the page as text nodes (textContent) or
 * attribute values (setAttribute); nothing here parses HTML.
 */
export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v as EventListener);
    else if (k === 'class') el.className = String(v);
    else if (k === 'href') el.setAttribute('href', safeHref(String(v)));
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, ...children);
  return el;
}

export function append(el: Element, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Only same-page hash links and http(s) URLs become links; anything else (javascript:, data:) is dropped. */
export function safeHref(href: string): string {
  if (href.startsWith('#') || href.startsWith('/')) return href;
  try {
    const u = new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : '#';
  } catch {
    return '#';
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.firstChild.remove();
}

export function fmtDate(s: string | null | undefined): string {
  if (!s) return '';
  const d = s.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? d.split('-').reverse().join('.') : s;
}

export function entityKey(e: { canonicalId?: string | null; type: string; name: string }): string {
  return e.canonicalId ?? `${e.type}:${e.name}`;
}

export const TYPE_NAMES: Record<string, string> = { PER: 'Person', ORG: 'Organisation', LOC: 'Ort', MISC: 'Sonstiges' };

/** Display category of an event modality. */
export function modalityCategory(m: string): 'occurred' | 'planned' | 'denied' | 'reported' | 'hypothetical' {
  switch (m) {
    case 'planned':
      return 'planned';
    case 'negated':
      return 'denied';
    case 'reported':
      return 'reported';
    case 'hypothetical':
      return 'hypothetical';
    default:
      return 'occurred';
  }
}

export const CATEGORY_NAMES: Record<string, string> = {
  occurred: 'erfolgt',
  planned: 'geplant',
  denied: 'verneint/dementiert',
  reported: 'berichtet',
  hypothetical: 'hypothetisch',
};
