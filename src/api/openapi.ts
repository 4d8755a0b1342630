import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../util/paths.ts';
import type { ApiRoute } from './server.ts';
import type { ParamSpec } from './validate.ts';

function paramSchema(p: ParamSpec): Record<string, unknown> {
  const s: Record<string, unknown> = {};
  switch (p.type) {
    case 'integer':
      s.type = 'integer';
      if (p.min !== undefined) s.minimum = p.min;
      if (p.max !== undefined) s.maximum = p.max;
      break;
    case 'date':
      s.type = 'string';
      s.pattern = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
      break;
    case 'enum':
      s.type = 'string';
      s.enum = [...p.enum!];
      break;
    case 'boolean':
      s.type = 'boolean';
      break;
    default:
      s.type = 'string';
      s.maxLength = p.maxLength ?? 500;
  }
  if (p.default !== undefined) s.default = p.default;
  return s;
}

/** The document JSON schema (docs/document.schema.json) as OpenAPI components. */
function documentSchemas(): Record<string, unknown> {
  try {
    const text = readFileSync(join(repoRoot, 'docs', 'document.schema.json'), 'utf8')
      .replaceAll('"#/$defs/span"', '"#/components/schemas/DocSpan"')
      .replaceAll('"#/$defs/offset"', '"#/components/schemas/DocOffset"');
    const schema = JSON.parse(text) as Record<string, unknown> & { $defs?: Record<string, unknown> };
    const { $defs, $schema: _s, $id: _i, ...doc } = schema;
    return { Document: doc, DocSpan: $defs?.span ?? {}, DocOffset: $defs?.offset ?? {} };
  } catch {
    return { Document: { type: 'object' } };
  }
}

const page = (item: Record<string, unknown>) => ({
  type: 'object',
  required: ['total', 'limit', 'offset', 'items'],
  properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: item } },
});

const SCHEMAS: Record<string, unknown> = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['status', 'code', 'message'],
        properties: { status: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' }, details: {} },
      },
    },
  },
  Info: { type: 'object', properties: { name: { type: 'string' }, version: { type: 'string' }, documents: { type: 'integer' }, writeNeedsToken: { type: 'boolean' }, maxBodyBytes: { type: 'integer' } } },
  IngestSummary: {
    type: 'object',
    properties: {
      stored: { type: 'integer' }, duplicates: { type: 'integer' }, nearDuplicates: { type: 'integer' }, failed: { type: 'integer' },
      items: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, status: { enum: ['stored', 'duplicate', 'failed'] }, id: { type: 'string' }, storyId: { type: 'string' }, nearDuplicateOf: { type: ['string', 'null'] }, error: { type: 'string' } } } },
    },
  },
  DocumentSummary: { type: 'object', properties: { id: { type: 'string' }, storyId: { type: 'string' }, title: { type: ['string', 'null'] }, url: { type: ['string', 'null'] }, source: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, lang: { type: ['string', 'null'] }, tokens: { type: 'integer' }, ingestedAt: { type: 'string' } } },
  DocumentPage: page({ $ref: '#/components/schemas/DocumentSummary' }),
  SearchHit: { type: 'object', properties: { id: { type: 'string' }, title: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, source: { type: ['string', 'null'] }, lang: { type: ['string', 'null'] }, snippet: { type: 'string', description: 'Matched words are wrapped in [ and ].' }, rank: { type: 'number' } } },
  SearchPage: { ...page({ $ref: '#/components/schemas/SearchHit' }), properties: { ...page({}).properties, items: { type: 'array', items: { $ref: '#/components/schemas/SearchHit' } }, sort: { enum: ['relevance', 'recent'] } } },
  EntitySummary: { type: 'object', properties: { key: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, canonicalId: { type: ['string', 'null'] }, documents: { type: 'integer' } } },
  EntityPage: page({ $ref: '#/components/schemas/EntitySummary' }),
  Entity: { type: 'object', properties: { key: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, canonicalId: { type: ['string', 'null'] }, documentCount: { type: 'integer' }, documents: { type: 'array' }, roles: { type: 'array' }, quotes: { type: 'array' }, events: { type: 'array', items: { $ref: '#/components/schemas/EventItem' } }, neighbours: { type: 'array' }, byMonth: { type: 'array' } } },
  EventActor: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, key: { type: ['string', 'null'] } } },
  EventItem: {
    type: 'object',
    properties: {
      docId: { type: 'string' }, docTitle: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, date: { type: ['string', 'null'] }, id: { type: 'string' }, type: { type: 'string' }, mode: { type: ['string', 'null'] },
      modality: { type: 'string' }, actors: { type: 'array', items: { $ref: '#/components/schemas/EventActor' } }, recipients: { type: 'array', items: { $ref: '#/components/schemas/EventActor' } },
      place: { type: ['string', 'null'] }, time: { type: ['string', 'null'] }, trigger: { oneOf: [{ $ref: '#/components/schemas/DocSpan' }, { type: 'null' }] }, sentence: { type: ['string', 'null'] },
      storyId: { type: ['string', 'null'], description: 'The story (near-duplicate documents) whose event this is; null for an event stored without story events (it stands alone).' },
      signature: { type: ['string', 'null'], description: 'With storyId, identifies the story event: one real-world event, however many documents of the story tell it.' },
      documentCount: { type: 'integer', description: 'Documents that tell the event.' },
      mentionCount: { type: 'integer', description: 'Its mentions (tellings) in all of them.' },
      mentions: { type: 'array', maxItems: 50, description: 'Its mentions, first stored document first (at most 50).', items: { $ref: '#/components/schemas/EventMention' } },
    },
    description: 'One event. In lists, an event told in several near-duplicate documents (one story) is one item: its earliest telling (docId, id, date, modality), with every telling in mentions.',
  },
  EventMention: {
    type: 'object',
    properties: {
      docId: { type: 'string' }, docTitle: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, eventId: { type: 'string', description: 'The event in that document.' },
      trigger: { $ref: '#/components/schemas/DocSpan' }, sentence: { type: ['string', 'null'], description: 'The sentence of the telling.' },
    },
  },
  EventPage: page({ $ref: '#/components/schemas/EventItem' }),
  Timeline: {
    type: 'object',
    properties: {
      interval: { enum: ['day', 'week', 'month'] }, total: { type: 'integer', description: 'Matching events (each story event once).' }, undated: { type: 'integer' },
      buckets: { type: 'array', items: { type: 'object', properties: { start: { type: 'string' }, total: { type: 'integer' }, counts: { type: 'object', additionalProperties: { type: 'integer' } } } } },
      items: { type: 'array', items: { $ref: '#/components/schemas/EventItem' } },
    },
  },
  Graph: {
    type: 'object',
    properties: {
      documents: { type: 'integer', description: 'Documents read (the window).' },
      nodes: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, label: { type: 'string' }, type: { type: 'string' }, documents: { type: 'integer' } } } },
      edges: { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, target: { type: 'string' }, type: { type: 'string', description: 'co-occurrence, or an event type' }, weight: { type: 'integer', description: 'co-occurrence: documents; event type: story events (an event told in near-duplicate documents counts once)' } } } },
    },
  },
};

const INGEST_BODY = {
  required: true,
  content: {
    'application/json': {
      schema: {
        type: 'object',
        additionalProperties: false,
        description: 'Exactly one of text, html, feed or url.',
        properties: {
          text: { type: 'string' }, html: { type: 'string' }, feed: { type: 'string', description: 'RSS/Atom XML' }, url: { type: 'string', format: 'uri', description: 'http(s) URL of an article or feed; private, loopback and link-local addresses are refused.' },
          format: { enum: ['text', 'html', 'jsonl', 'feed'] }, name: { type: 'string' }, title: { type: 'string' }, source: { type: 'string' }, published: { type: 'string', description: 'YYYY-MM-DD' },
        },
      },
    },
    'multipart/form-data': {
      schema: {
        type: 'object',
        properties: { file: { type: 'array', items: { type: 'string', format: 'binary' } }, text: { type: 'string' }, html: { type: 'string' }, feed: { type: 'string' }, url: { type: 'string' }, format: { type: 'string' }, published: { type: 'string' }, title: { type: 'string' }, source: { type: 'string' } },
      },
    },
    'text/plain': { schema: { type: 'string' } },
    'text/html': { schema: { type: 'string' } },
    'application/rss+xml': { schema: { type: 'string' } },
    'application/atom+xml': { schema: { type: 'string' } },
  },
};

/** OpenAPI 3.1 description of the API, built from the same route specs that validate requests. */
export function buildOpenApi(routes: ApiRoute[], o: { version: string; writeNeedsToken: boolean }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const err = (d: string) => ({ description: d, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const pathParams = [...r.path.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    const ok: Record<string, unknown> =
      r.response === 'Export'
        ? { description: 'The export, streamed', content: { 'application/x-ndjson': { schema: { type: 'string' } }, 'text/csv': { schema: { type: 'string' } } } }
        : { description: 'OK', content: { 'application/json': { schema: { $ref: `#/components/schemas/${r.response}` } } } };
    const responses: Record<string, unknown> = { [r.write ? '201' : '200']: ok, '400': err('Invalid input') };
    if (r.write) {
      responses['200'] = { description: 'Only duplicates of stored documents', content: ok.content };
      responses['401'] = err('Missing or wrong write token');
      responses['403'] = err('Cross-origin write, or a URL resolving to a non-public address');
      responses['413'] = err('Body or fetched document over the size limit');
      responses['415'] = err('Unsupported content type');
      responses['422'] = err('Nothing could be stored (the summary lists why), or the URL could not be fetched');
    }
    if (pathParams.length) responses['404'] = err('Not found');
    paths[path] ??= {};
    paths[path][r.method.toLowerCase()] = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method.toLowerCase()}${path.replace(/[^a-zA-Z]+(\w)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      parameters: [...pathParams, ...r.params.map((p) => ({ name: p.name, in: 'query', required: false, description: p.description, schema: paramSchema(p) }))],
      ...(r.requestBody ? { requestBody: INGEST_BODY } : {}),
      ...(r.write ? { security: o.writeNeedsToken ? [{ bearer: [] }] : [{}, { bearer: [] }] } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lagebild API',
      version: o.version,
      description: 'Sourced situation picture from news articles: documents with entities, quotes, times, figures and events, each linked to its source span. Lists page with limit/offset and report totals; errors are JSON {error: {status, code, message}}.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths,
    components: {
      schemas: { ...SCHEMAS, ...documentSchemas() },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The write token printed at first start (stored beside the database). Not needed when the server listens on localhost only.' } },
    },
  };
}
