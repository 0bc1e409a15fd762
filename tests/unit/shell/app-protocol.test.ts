// app:// resolution and the protocol handler on real files: the renderer folder is served, nothing
// outside it is, whatever the URL encoding.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_INDEX_URL,
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  contentType,
  createAppProtocolHandler,
  isAppUrl,
  resolveAppPath,
} from '../../../electron/shell/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shell/csp';
import { tempDir } from '../../support/vault';

const SECRET = 'root:x:0:0:secret-outside-the-renderer';
/** Dot segments the URL parser itself normalises away: they resolve inside the root or not at all. */
const DOT_SEGMENTS = ['app://hearth/../../etc/passwd', 'app://hearth/assets/../../secret.txt', 'app://hearth/%2e%2e/secret.txt', 'app://hearth/%2E%2E/%2E%2E/etc/passwd'];
/** Traversal the parser leaves alone (escapes, an absolute path after the host): refused outright. */
const ENCODED = [
  'app://hearth//etc/passwd',
  'app://hearth/..%2fsecret.txt',
  'app://hearth/..%2F..%2Fetc%2Fpasswd',
  'app://hearth/%2e%2e%2fsecret.txt',
  'app://hearth/..%5csecret.txt',
  'app://hearth/assets%2f..%2f..%2fsecret.txt',
  'app://hearth/index.html%00.js',
  'app://hearth/%E0%A4%A',
];
/** Decoded once it names a file literally called "%2e%2e%2fsecret.txt" inside the root. */
const DOUBLE_ENCODED = 'app://hearth/%252e%252e%252fsecret.txt';
const TRAVERSALS = [...DOT_SEGMENTS, ...ENCODED, DOUBLE_ENCODED];

let dir: string;
let root: string;
let cleanup: () => void;

beforeAll(() => {
  ({ dir, cleanup } = tempDir('hearth-app-protocol-'));
  root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Hearth</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index.css'), 'body{}');
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  symlinkSync(join(dir, 'secret.txt'), join(root, 'assets', 'link.txt'));
});
afterAll(() => cleanup());

describe('the app scheme', () => {
  it('is a privileged standard, secure scheme with the fetch API', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP ?? false).toBe(false);
    expect(APP_ORIGIN).toBe('app://hearth');
    expect(APP_INDEX_URL).toBe('app://hearth/index.html');
  });

  it('recognises only app://hearth URLs', () => {
    expect(isAppUrl('app://hearth/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://hearth/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('resolveAppPath', () => {
  it('maps / and the bare origin to index.html', () => {
    expect(resolveAppPath(root, 'app://hearth/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://hearth')).toBe(join(root, 'index.html'));
  });

  it('maps paths under the root, ignoring query and fragment', () => {
    expect(resolveAppPath(root, 'app://hearth/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://hearth/assets/index.js?v=1#x')).toBe(join(root, 'assets', 'index.js'));
    expect(resolveAppPath(root, 'app://hearth/assets/a%20b.js')).toBe(join(root, 'assets', 'a b.js'));
  });

  it.each(TRAVERSALS)('never leaves the root for %s', (url) => {
    const resolved = resolveAppPath(root, url);
    if (resolved !== null) expect(resolved.startsWith(join(root, '/'))).toBe(true);
  });

  it.each(ENCODED)('refuses %s outright', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppPath(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'https://hearth/index.html')).toBeNull();
  });
});

describe('createAppProtocolHandler', () => {
  const get = (url: string, method = 'GET') => createAppProtocolHandler(root)(new Request(url, { method }));

  it('serves index.html for / with the CSP and a content type', async () => {
    const response = await get('app://hearth/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>Hearth</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves assets with their types', async () => {
    const js = await get('app://hearth/assets/index.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    const css = await get('app://hearth/assets/index.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it.each(TRAVERSALS)('answers 404 with the CSP and not the secret for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('does not follow a symlink out of the root', async () => {
    const response = await get('app://hearth/assets/link.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('answers 404 for missing files and directories', async () => {
    expect((await get('app://hearth/missing.js')).status).toBe(404);
    expect((await get('app://hearth/assets')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://hearth/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('app://hearth/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('contentType', () => {
  it('knows the renderer file types and falls back to octet-stream', () => {
    expect(contentType('a.woff2')).toBe('font/woff2');
    expect(contentType('a.SVG')).toBe('image/svg+xml');
    expect(contentType('a.exe')).toBe('application/octet-stream');
  });
});
