// How the main process learns which file a file method reads or writes: native dialogs in the app,
// the command line's own arguments in the CLI, a test folder in the browser test bridge. What each
// dialog asks is declared with its method in shared/contract/.
import type { FileFilter } from '../../shared/contract/method';

export interface SaveRequest {
  title: string;
  defaultName: string;
  filters: FileFilter[];
}

export interface OpenRequest {
  title: string;
  filters: FileFilter[];
}

/** Each returns the chosen absolute path, or null when the person cancelled. */
export interface FileDialogs {
  save(request: SaveRequest): Promise<string | null>;
  open(request: OpenRequest): Promise<string | null>;
  folder(request: { title: string }): Promise<string | null>;
}
