// One round of reading a sync folder, without the disk: which files of the other devices to apply,
// which to report, and how far each device's applied numbers now run. A device's files are taken
// in number order; a number whose file is missing, still arriving or refused holds back the
// numbers after it, so "applied up to N" always means every file up to N was applied (or covered
// by a snapshot applied). A conflict copy that turns up after its number was applied is read then:
// it is one more change file.
import { CHANGE_FILE_PROBLEMS, type ChangeFileProblem, type OpenedChangeFile } from './change-file';
import { readyFiles, type ListedChangeFile } from './folder-listing';
import type { Change } from './merge';

export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export interface RoundPlan {
  /** The changes of every file applied this round, in the order read. */
  readonly changes: Change[];
  /** For each device, the first number not yet applied. */
  readonly nextSeq: Record<string, number>;
  readonly applied: string[];
  readonly skipped: SkippedFile[];
}

export interface RoundInput {
  readonly ownDevice: string;
  readonly listed: readonly ListedChangeFile[];
  /** The first number not yet applied, per device; a device not named starts at 1. */
  readonly nextSeq: Readonly<Record<string, number>>;
  /**
   * The conflict copies applied in earlier rounds. A file under a number's own name below the
   * number applied up to is applied (or passed by through a snapshot) by definition.
   */
  readonly seen: ReadonlySet<string>;
  readonly open: (file: ListedChangeFile) => OpenedChangeFile;
}

export function planRound(input: RoundInput): RoundPlan {
  const byDevice = new Map<string, ListedChangeFile[]>();
  for (const file of input.listed) {
    if (file.device === input.ownDevice) continue;
    byDevice.set(file.device, [...(byDevice.get(file.device) ?? []), file]);
  }
  const nextSeq: Record<string, number> = { ...input.nextSeq };
  const changes: Change[] = [];
  const applied: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const [device, files] of [...byDevice].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let seq = nextSeq[device] ?? 1;
    const late = files.filter((f) => f.seq < seq && f.copy && !input.seen.has(f.path)).sort((a, b) => a.seq - b.seq || (a.path < b.path ? -1 : 1));
    for (const file of late) {
      const result = input.open(file);
      if (result.ok) {
        changes.push(...result.changes);
        applied.push(file.path);
      } else skipped.push({ file: file.path, reason: describe(result.reason) });
    }
    const copiesBySeq = new Map<number, ListedChangeFile[]>();
    for (const file of readyFiles(files, seq)) copiesBySeq.set(file.seq, [...(copiesBySeq.get(file.seq) ?? []), file]);
    // Every copy of one number together: the file and any conflict copies a sync tool made of it.
    for (const [number, copies] of copiesBySeq) {
      const opened = copies.map((file) => ({ file, result: input.open(file) }));
      for (const o of opened) if (!o.result.ok) skipped.push({ file: o.file.path, reason: describe(o.result.reason) });
      const good = opened.flatMap((o) => (o.result.ok ? [{ file: o.file, changes: o.result.changes }] : []));
      if (good.length === 0 || opened.some((o) => !o.result.ok && o.result.reason === 'incomplete')) break;
      for (const o of good) {
        changes.push(...o.changes);
        applied.push(o.file.path);
      }
      seq = number + 1;
    }
    nextSeq[device] = seq;
  }
  return { changes, nextSeq, applied, skipped };
}

function describe(reason: ChangeFileProblem): string {
  return CHANGE_FILE_PROBLEMS[reason];
}
