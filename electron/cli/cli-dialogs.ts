// The CLI's answer to "which file?": the path on its command line, so export and import go through
// the same handlers (and the same validation) as the app's dialogs.
import type { FileDialogs } from '../ipc/file-dialogs';

export class CliDialogs implements FileDialogs {
  /** The file the running command names (--out FILE, or the FILE argument). */
  path: string | null = null;

  async save(): Promise<string | null> {
    return this.path;
  }

  async open(): Promise<string | null> {
    return this.path;
  }

  async folder(): Promise<string | null> {
    return this.path;
  }
}
