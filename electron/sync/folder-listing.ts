// Which files of a sync folder are change files, of which device and number, and which of them can
// be applied now. Sync tools leave their own files beside ours (temporary names while a file
// arrives, conflict copies when two versions of one name met); a conflict copy is read as one more
// change file of the number its name starts with, a temporary file is not ours to read.
export const CHANGE_FILE_SUFFIX = '.hearthsync';
const DEVICE_ID = /^[0-9a-f]{32}$/;

export interface ListedChangeFile {
  /** The path inside the sync folder, with '/' separators. */
  readonly path: string;
  readonly device: string;
  readonly seq: number;
  /** A sync tool's conflict copy, not the number's own name: read once more even below the applied numbers. */
  readonly copy: boolean;
}

/**
 * A change file's device and number from its path `devices/<device>/<seq>[conflict marks].hearthsync`,
 * or null for anything else. Syncthing's `.sync-conflict-…`, Dropbox's ` (… conflicted copy …)` and
 * the `-conflict…` of Nextcloud and others keep the number at the front.
 */
export function parseChangeFilePath(path: string): ListedChangeFile | null {
  const [top, device, file, ...deeper] = path.split('/');
  if (top !== 'devices' || device === undefined || file === undefined || deeper.length > 0 || !DEVICE_ID.test(device)) return null;
  if (file.startsWith('.') || file.startsWith('~') || !file.endsWith(CHANGE_FILE_SUFFIX)) return null;
  const match = /^(\d{1,15})(.*)$/.exec(file.slice(0, -CHANGE_FILE_SUFFIX.length));
  if (match === null) return null;
  const [, number = '', rest = ''] = match;
  const ownOrConflictCopy = rest === '' || /^\.sync-conflict-/.test(rest) || /^ \(.*conflicted copy.*\)/i.test(rest) || /^-conflict/i.test(rest);
  if (!ownOrConflictCopy) return null;
  const seq = Number(number);
  if (seq < 1) return null;
  return { path, device, seq, copy: rest !== '' };
}

/**
 * The files to read this round for one device: every file numbered from `nextSeq` on, while the
 * numbers run without a gap. A missing number waits for its file; what comes after it waits too,
 * so a device's changes are applied in the order it made them.
 */
export function readyFiles(files: readonly ListedChangeFile[], nextSeq: number): ListedChangeFile[] {
  const bySeq = new Map<number, ListedChangeFile[]>();
  for (const f of files) if (f.seq >= nextSeq) bySeq.set(f.seq, [...(bySeq.get(f.seq) ?? []), f]);
  const ready: ListedChangeFile[] = [];
  for (let seq = nextSeq; bySeq.has(seq); seq++) ready.push(...[...(bySeq.get(seq) ?? [])].sort((a, b) => (a.path < b.path ? -1 : 1)));
  return ready;
}
