// The test bridge's HTTP server: the built renderer, the window.hearth shim, and the one API
// endpoint that runs the real service through the same dispatch as the Electron IPC handler.
import { timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createHandlers, dispatch, type DispatchTarget, type Handlers } from '../../electron/ipc/dispatch';
import type { FileDialogs } from '../../electron/ipc/file-dialogs';
import { CSP_DIRECTIVES } from '../../electron/shell/csp';
import { LockHandshake } from '../../electron/shell/lock-handshake';
import type { EventHub } from './events';
import { readStatic } from './static-files';

/** The app's own policy; only connect-src differs, as the bridge's transport is fetch to itself. */
export const CSP = Object.entries({ ...CSP_DIRECTIVES, 'connect-src': "'self'" })
  .map(([directive, value]) => `${directive} ${value}`)
  .join('; ');

const MAX_BODY_BYTES = 1024 * 1024;
const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

export interface BridgeOptions {
  api: DispatchTarget;
  dialogs: FileDialogs;
  /** Absolute path of the built renderer (out/renderer). */
  rendererDir: string;
  token: string;
  /** The bundled shim script, already carrying the token. */
  shim: string;
  events: EventHub;
  /** Replaces some of the contract's handlers, as the app's main process does (the sync scheduler's). */
  override?: (handlers: Handlers) => void;
  /** Told after every call, as the app's IPC handler tells its shell. */
  afterCall?: (method: unknown, ok: boolean) => void;
}

export function createBridgeServer(options: BridgeOptions): Server {
  const handlers = createHandlers(options.api, options.dialogs);
  options.override?.(handlers);
  // The app's own handshake: the page is told, saves its draft and answers, then the lock goes ahead.
  let delivered = 0;
  const handshake = new LockHandshake({
    service: options.api,
    notify: (event) => {
      delivered = options.events.publish(event);
    },
  });
  const expected = Buffer.from(options.token);
  const tokenOk = (given: string | string[] | null | undefined) => {
    if (typeof given !== 'string') return false;
    const bytes = Buffer.from(given);
    return bytes.length === expected.length && timingSafeEqual(bytes, expected);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('Hearth test bridge: request failed:', e);
      if (res.headersSent) res.destroy();
      else send(req, res, 500, 'Internal error');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only our own address: refuses DNS-rebinding pages that reach the port under another name.
    const { port } = server.address() as AddressInfo;
    if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) return send(req, res, 403, 'Wrong host');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const isPost = req.method === 'POST';
    if (isPost && req.headers.origin !== undefined && req.headers.origin !== url.origin) return send(req, res, 403, 'Wrong origin');
    const get = req.method === 'GET' || req.method === 'HEAD';
    const path = url.pathname;

    if (get && (path === '/' || path === '/index.html')) {
      if (!tokenOk(url.searchParams.get('token'))) return send(req, res, 403, 'Open the URL the bridge printed: it carries the token.');
      return send(req, res, 200, await indexHtml(options.rendererDir, options.token), 'text/html; charset=utf-8', {
        'content-security-policy': CSP,
        'x-frame-options': 'DENY',
      });
    }
    if (get && path === '/__bridge/shim.js') {
      if (!tokenOk(url.searchParams.get('token'))) return send(req, res, 403, 'Forbidden');
      return send(req, res, 200, options.shim, 'text/javascript; charset=utf-8');
    }
    if (get && path === '/__bridge/events') {
      if (!tokenOk(url.searchParams.get('token'))) return send(req, res, 403, 'Forbidden');
      return options.events.attach(res);
    }
    if (isPost && path === '/__bridge/call') {
      if (!tokenOk(req.headers['x-hearth-token'])) return send(req, res, 403, 'Forbidden');
      if (!req.headers['content-type']?.startsWith('application/json')) return send(req, res, 415, 'Send JSON');
      const body = await readJson(req);
      if (body === null) return send(req, res, 400, 'Send {"method": ..., "arg": ...} as JSON of at most 1 MiB');
      const envelope = await dispatch(handlers, body.method, body.arg);
      handshake.sawCall(body.method);
      options.afterCall?.(body.method, envelope.ok);
      if (envelope.ok && body.method === 'lock') options.events.publish({ type: 'locked', reason: 'manual' });
      return send(req, res, 200, JSON.stringify(envelope), 'application/json');
    }
    if (isPost && path === '/__bridge/lock') {
      if (!tokenOk(req.headers['x-hearth-token'])) return send(req, res, 403, 'Forbidden');
      // For tests: a lock that the page did not ask for, through the same handshake as auto-lock.
      const locked = await handshake.lock('idle');
      return send(req, res, 200, JSON.stringify({ ok: true, delivered: locked ? delivered : 0 }), 'application/json');
    }
    if (path.startsWith('/__bridge/')) return send(req, res, 404, 'Not found');
    // Browsers ask for it on their own; the app has no icon yet and the console stays clean.
    if (get && path === '/favicon.ico') return send(req, res, 204, '');
    if (!get) return send(req, res, 405, 'Method not allowed', 'text/plain; charset=utf-8', { allow: 'GET, HEAD' });
    const file = await readStatic(options.rendererDir, path);
    if (!file) return send(req, res, 404, 'Not found');
    return send(req, res, 200, file.body, file.contentType);
  }

  return server;
}

/** The built index.html with the shim's script tag before the app's own module script. */
async function indexHtml(rendererDir: string, token: string): Promise<string> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const at = html.indexOf('<script');
  if (at < 0) throw new Error('out/renderer/index.html has no script tag');
  return `${html.slice(0, at)}<script src="/__bridge/shim.js?token=${token}"></script>\n    ${html.slice(at)}`;
}

async function readJson(req: IncomingMessage): Promise<{ method: unknown; arg: unknown } | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    return { method: (value as Record<string, unknown>).method, arg: (value as Record<string, unknown>).arg };
  } catch {
    return null;
  }
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType = 'text/plain; charset=utf-8',
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { ...COMMON_HEADERS, 'content-type': contentType, 'content-length': Buffer.byteLength(body), ...extra });
  res.end(req.method === 'HEAD' ? undefined : body);
}
