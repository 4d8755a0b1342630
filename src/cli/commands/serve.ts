import { isLoopbackHost } from '../../api/address.ts';
import { eventIndex } from '../../api/eventindex.ts';
import { createApiServer, listen } from '../../api/server.ts';
import { buildWeb, webBuilt } from '../../api/static.ts';
import { loadOrCreateToken } from '../../api/token.ts';
import { DEFAULT_DB, Store } from '../../store/index.ts';
import { DB_OPTION, intOpt, parse, stringOpt, UsageError, type Options } from '../args.ts';
import type { Command } from '../command.ts';

export const SERVE_OPTIONS: Options = {
  ...DB_OPTION,
  host: { type: 'string' },
  port: { type: 'string' },
  'require-token': { type: 'boolean' },
  'max-body-bytes': { type: 'string' },
  'no-build': { type: 'boolean' },
};

export interface ServeSettings {
  dbPath: string;
  host: string;
  port: number;
  requireToken: boolean;
  maxBodyBytes: number;
  build: boolean;
}

export function serveSettings(values: Record<string, string | boolean | undefined>): ServeSettings {
  const port = intOpt(values, 'port', Number(process.env.PORT) || 8077);
  if (port > 65535) throw new UsageError('--port must be at most 65535');
  return {
    dbPath: stringOpt(values, 'db') ?? DEFAULT_DB,
    host: stringOpt(values, 'host') ?? process.env.HOST ?? '127.0.0.1',
    port,
    requireToken: values['require-token'] === true,
    maxBodyBytes: intOpt(values, 'max-body-bytes', 5 * 1024 * 1024),
    build: values['no-build'] !== true,
  };
}

/** Serves the API and UI until SIGINT/SIGTERM; resolves with the exit code. */
export async function serve(s: ServeSettings): Promise<number> {
  if (s.build && !webBuilt()) {
    process.stdout.write('building the web UI (vite build)…\n');
    try {
      await buildWeb();
    } catch (e) {
      process.stderr.write(`warning: could not build the web UI (${(e as Error).message}); the API works, the page explains how to build it\n`);
    }
  }
  const store = new Store(s.dbPath);
  const { token, created, path } = loadOrCreateToken(s.dbPath);
  const local = isLoopbackHost(s.host);
  const server = createApiServer({ store, host: s.host, token, requireToken: s.requireToken, maxBodyBytes: s.maxBodyBytes });
  let bound;
  try {
    bound = await listen(server, s.port, s.host);
  } catch (e) {
    store.close();
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') throw new UsageError(`port ${s.port} on ${s.host} is in use; pick another with --port`);
    throw e;
  }
  const shown = local ? `http://localhost:${bound.port}/` : bound.url;
  process.stdout.write(`Lagebild is running at ${shown}  (${store.count()} documents in ${s.dbPath}; API description at ${shown}openapi.json)\n`);
  if (!local || s.requireToken) {
    process.stdout.write(`write token${created ? ' (new)' : ''}: ${token}\n  (stored in ${path ?? 'memory'}; send it as "Authorization: Bearer <token>" to POST endpoints)\n`);
  } else {
    process.stdout.write(`bound to ${s.host} only: writes need no token (use --host 0.0.0.0 to serve others; writes then need the token in ${path ?? 'memory'})\n`);
  }
  process.stdout.write('press Ctrl+C to stop\n');
  // Load the event index now rather than on the first timeline request (seconds on very large databases).
  setTimeout(() => {
    try {
      eventIndex(store).refresh();
    } catch {
      // the server is shutting down
    }
  }, 50).unref();
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => {
        store.close();
        resolve(0);
      });
      server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the web app and HTTP API (OpenAPI at /openapi.json) on the database',
  usage: `lagebild serve [--db FILE] [--host 127.0.0.1] [--port 8077] [--require-token] [--max-body-bytes N] [--no-build]

Serves the web UI (built with Vite into src/web/dist; built on first start when missing)
and the JSON API. On a loopback host writes need no token; on any other host POST
endpoints need the write token, generated on first start and stored beside the database
(FILE.token), which is printed.`,
  async run(args) {
    const { values } = parse(args, SERVE_OPTIONS);
    return serve(serveSettings(values));
  },
};
