// What the desktop app's shell lends the service for the opt-in update check (Electron's `net` and
// `shell`, electron/shell/update-channel.ts). The CLI and the test bridge lend none: they never check.
export interface UpdateChannel {
  /** The running app's version (package.json's, as Electron reports it). */
  readonly currentVersion: string;
  /** One GET of exactly this address, redirects refused; the body as text. */
  fetchText(url: string): Promise<string>;
  /** Opens this address in the person's browser. */
  openPage(url: string): Promise<void>;
}
