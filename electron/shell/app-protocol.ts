// The app:// scheme that serves the built renderer from out/renderer. A privileged standard
// scheme gives the page a real origin (app://hearth) for 'self' in the CSP and the IPC sender
// check, without file:// and its access to the whole disk.
import { realpath, readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import type { CustomScheme } from 'electron';
import { securityHeaders } from './csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'hearth';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Registered before `ready`; standard + secure so the page is a secure context with its own origin. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** True when `url` is a page or resource of the packaged renderer (app://hearth/...). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Maps an app:// URL to a file under `root`, or null when the URL is not ours or would leave
 * `root` (dot segments, encoded slashes or dots, backslashes, NUL). `/` maps to index.html.
 */
export function resolveAppPath(root: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  // Node parses app: as a non-special scheme, where the bare origin has an empty path.
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.slice(1);
  const base = resolve(root);
  const target = resolve(base, relativePath);
  return target !== base && isInside(base, target) ? target : null;
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The protocol.handle handler: GET/HEAD of files under `root`, every response with the CSP. */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  const base = resolve(root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const file = resolveAppPath(base, request.url);
    if (file === null) return textResponse(404, 'Not found');
    try {
      // A symlink inside out/renderer must not lead out of it.
      const [realBase, realFile] = await Promise.all([realpath(base), realpath(file)]);
      if (!isInside(realBase, realFile) || !(await stat(realFile)).isFile()) return textResponse(404, 'Not found');
      const body = request.method === 'HEAD' ? null : await readFile(realFile);
      return new Response(body, { status: 200, headers: { ...securityHeaders(), 'Content-Type': contentType(realFile) } });
    } catch {
      return textResponse(404, 'Not found');
    }
  };
}
