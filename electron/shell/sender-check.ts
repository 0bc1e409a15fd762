// Only the main frame of the app window, showing our own page, may call the service: not a
// subframe, not another window, not a page that somehow navigated elsewhere.
import { isAppUrl } from './app-protocol';

/** The parts of Electron's WebFrameMain that identify a frame and what it shows. */
export interface FrameLike {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
  readonly parent: unknown;
}

/** Our page: app://hearth, or in development the electron-vite dev server's origin. */
export function isOwnPageUrl(url: string, devUrl?: string): boolean {
  if (isAppUrl(url)) return true;
  if (devUrl === undefined) return false;
  try {
    const origin = new URL(url).origin;
    return origin !== 'null' && origin === new URL(devUrl).origin;
  } catch {
    return false;
  }
}

export function isTrustedSender(frame: FrameLike | null | undefined, mainFrame: FrameLike | null | undefined, devUrl?: string): boolean {
  if (!frame || !mainFrame) return false;
  const sameFrame = frame.processId === mainFrame.processId && frame.routingId === mainFrame.routingId;
  return sameFrame && frame.parent === null && isOwnPageUrl(frame.url, devUrl);
}
