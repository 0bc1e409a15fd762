// Group commit for `add --ndjson`: stdin's lines handed on in small groups, each committed in one
// transaction. A group closes at 100 lines, or 20 ms after its first line arrived, or at the end of
// the input, whichever comes first: a fast producer gets few transactions (one fsync per 100 lines,
// not per line), a slow one still sees each id within about 20 ms of its line.
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';

export interface NumberedLine {
  /** 1-based, counting every line of the input, blank ones too. */
  number: number;
  text: string;
}

export const GROUP_LIMITS = { maxLines: 100, maxWaitMs: 20 };

/** Lines read ahead of the group being committed before reading pauses, so memory stays bounded. */
const READ_AHEAD_GROUPS = 5;

export async function* lineGroups(input: NodeJS.ReadableStream, limits = GROUP_LIMITS): AsyncGenerator<NumberedLine[]> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  const queue: Array<NumberedLine & { at: number }> = [];
  let ended = false;
  let failure: unknown;
  let paused = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  /** Until a line arrives, the input ends, or `ms` pass. */
  const wait = (ms?: number) =>
    new Promise<void>((resolve) => {
      const timer = ms === undefined ? undefined : setTimeout(notify, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  let number = 0;
  lines.on('line', (text) => {
    number += 1;
    queue.push({ number, text, at: performance.now() });
    if (!paused && queue.length >= limits.maxLines * READ_AHEAD_GROUPS) {
      paused = true;
      lines.pause();
    }
    notify();
  });
  lines.on('close', () => {
    ended = true;
    notify();
  });
  input.on('error', (error) => {
    failure ??= error;
    ended = true;
    notify();
  });

  try {
    for (;;) {
      while (queue.length === 0 && !ended) await wait();
      if (queue.length === 0) break;
      const deadline = queue[0]!.at + limits.maxWaitMs;
      while (queue.length < limits.maxLines && !ended) {
        const left = deadline - performance.now();
        if (left <= 0) break;
        await wait(left);
      }
      const group = queue.splice(0, limits.maxLines);
      if (paused && queue.length < limits.maxLines) {
        paused = false;
        lines.resume();
      }
      yield group.map(({ number: n, text }) => ({ number: n, text }));
    }
    if (failure !== undefined) throw failure;
  } finally {
    lines.close();
  }
}
