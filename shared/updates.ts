// The opt-in update check (Settings → "Check for updates"): the one address it may fetch, the page
// it may open, and how the answer is read. Off by default; nothing here makes a request.
import { z } from 'zod';

/** The feed, a small JSON file published with each release: {"version": "1.2.3"}. */
export const UPDATE_FEED_URL = 'https://hearth-journal.github.io/hearth/latest.json';
/** Where a newer version is downloaded from; opened in the browser only when the person clicks. */
export const UPDATE_PAGE_URL = 'https://github.com/hearth-journal/hearth/releases/latest';

export type UpdateCheck =
  /** The check is off in Settings: nothing was requested. */
  | { status: 'off' }
  /** This program cannot check (the command line, the test bridge): nothing was requested. */
  | { status: 'unavailable' }
  | { status: 'current'; current: string; latest: string }
  | { status: 'newer'; current: string; latest: string }
  | { status: 'failed'; reason: string };

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;
const feedSchema = z.object({ version: z.string().regex(SEMVER) });

/** The feed's version, or null when the text is not a feed. */
export function feedVersion(text: string): string | null {
  try {
    const parsed = feedSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.version : null;
  } catch {
    return null;
  }
}

/** Whether `latest` is a later release than `current` (both MAJOR.MINOR.PATCH). */
export function isNewer(latest: string, current: string): boolean {
  const a = SEMVER.exec(latest);
  const b = SEMVER.exec(current);
  if (a === null || b === null) return false;
  for (let i = 1; i <= 3; i++) {
    const d = Number(a[i]) - Number(b[i]);
    if (d !== 0) return d > 0;
  }
  return false;
}

/**
 * What the desktop app's shell lends the service for the check (Electron's `net` and `shell`,
 * electron/shell/update-channel.ts). The CLI and the test bridge lend none: they never check.
 */
export interface UpdateChannel {
  /** The running app's version (package.json's, as Electron reports it). */
  readonly currentVersion: string;
  /** One GET of exactly this address, redirects refused; the body as text. */
  fetchText(url: string): Promise<string>;
  /** Opens this address in the person's browser. */
  openPage(url: string): Promise<void>;
}
