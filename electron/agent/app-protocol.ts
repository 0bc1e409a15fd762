// What the command line and the unlocked desktop app say to each other over the app's socket: JSON
// lines. First the client presents the token of the app's 0600 token file and the app answers; then
// each line is one contract call (the method's name, its raw argument, and for a file method the
// absolute path the command line was given) and each answer one envelope, as over IPC. The app
// validates every argument with the contract's own schemas; these schemas only check the framing.
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { ERROR_CODES } from '../../shared/errors';

export const APP_PROTOCOL_VERSION = 1;
/** The greeting is short; anything longer before the token is checked is dropped. */
export const MAX_HELLO_LINE = 1024;
/** One call's line: room for a group of long entries, not for a flood. */
export const MAX_CALL_LINE = 64 * 1024 * 1024;

export const AppHello = z.strictObject({
  v: z.literal(APP_PROTOCOL_VERSION),
  token: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AppHello = z.infer<typeof AppHello>;

export const AppWelcome = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), pid: z.number().int().positive() }),
  /** `locked`: the app is locking or locked; the command line goes on without it. */
  z.strictObject({ ok: z.literal(false), reason: z.enum(['token', 'request', 'locked']) }),
]);
export type AppWelcome = z.infer<typeof AppWelcome>;

export const AppCall = z.strictObject({
  id: z.number().int().nonnegative(),
  method: z.string().min(1).max(100),
  arg: z.unknown().optional(),
  /** The file a file method reads or writes: the command line's own argument, made absolute. */
  path: z.string().min(1).max(4096).refine(isAbsolute, 'The path must be absolute').optional(),
});
export type AppCall = z.infer<typeof AppCall>;

const errorInfo = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  field: z.string().optional(),
  recordId: z.string().optional(),
});

export const AppAnswer = z.discriminatedUnion('ok', [
  z.strictObject({ id: z.number().int().nonnegative(), ok: z.literal(true), value: z.unknown().optional() }),
  z.strictObject({ id: z.number().int().nonnegative(), ok: z.literal(false), error: errorInfo }),
]);
export type AppAnswer = z.infer<typeof AppAnswer>;

export function encodeJsonLine(message: unknown): string {
  return `${JSON.stringify(message)}\n`;
}


/**
 * Splits a byte stream into lines. `push` returns the complete lines so far, or null once the
 * unfinished line is longer than `max` (the connection is then not one of ours).
 */
export class LineReader {
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(public max: number) {}

  push(chunk: Buffer): string[] | null {
    const lines: string[] = [];
    let start = 0;
    let end = chunk.indexOf(0x0a, start);
    while (end >= 0) {
      if (this.pendingBytes + end - start > this.max) return null;
      this.pending.push(chunk.subarray(start, end));
      lines.push(Buffer.concat(this.pending).toString('utf8'));
      this.pending = [];
      this.pendingBytes = 0;
      start = end + 1;
      end = chunk.indexOf(0x0a, start);
    }
    if (start < chunk.length) {
      this.pending.push(chunk.subarray(start));
      this.pendingBytes += chunk.length - start;
    }
    return this.pendingBytes > this.max ? null : lines;
  }
}
