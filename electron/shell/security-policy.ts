// What the renderer may never do: navigate, open windows, attach webviews, download anything (files
// are written by the main process, after a native dialog), hold a permission, or reach the network or the file system through a
// request. Applied to every WebContents and to the app's session.
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-protocol';

interface Preventable {
  preventDefault(): void;
}

export function denyNavigation(event: Preventable & { url?: string }): void {
  event.preventDefault();
  console.warn(`Hearth: blocked navigation to ${event.url ?? 'an unknown URL'}`);
}

export function denyWindowOpen(details?: { url: string }): { action: 'deny' } {
  console.warn(`Hearth: blocked a new window for ${details?.url ?? 'an unknown URL'}`);
  return { action: 'deny' };
}

export function denyWebviewAttach(event: Preventable): void {
  event.preventDefault();
}

export function denyPermissionRequest(_contents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

const LEAVING_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

/**
 * Whether the session may start a request for `url`: nothing that could leave the app (network,
 * file://, an app:// URL of another host), except the electron-vite dev server in development.
 */
export function isAllowedRequest(url: string, devUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'app:') return isAppUrl(url);
  if (!LEAVING_SCHEMES.has(parsed.protocol)) return true;
  if (devUrl === undefined || parsed.protocol === 'file:' || parsed.protocol === 'ftp:') return false;
  return parsed.host === new URL(devUrl).host;
}

export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', denyNavigation);
  // will-navigate covers the main frame; this catches subframes (which the CSP forbids anyway).
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) denyNavigation(event);
  });
  contents.on('will-redirect', denyNavigation);
  contents.on('will-attach-webview', (event) => denyWebviewAttach(event));
  contents.setWindowOpenHandler(denyWindowOpen);
}

export function hardenSession(session: Session, devUrl?: string): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyPermissionCheck);
  session.on('will-download', (event) => event.preventDefault());
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, devUrl);
    if (!allowed) console.warn(`Hearth: blocked a request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}
