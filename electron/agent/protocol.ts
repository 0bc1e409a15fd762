// What a client and the unlock agent say to each other over the socket: one JSON line each way, the
// key (when asked for and granted) as raw bytes right after the reply line, so it never becomes a
// string. Every line is checked against its schema on arrival; anything else ends the connection.
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const PROTOCOL_VERSION = 1;
/** The token and the key are 32 random bytes each. */
export const TOKEN_BYTES = 32;
export const KEY_BYTES = 32;
/** A request line longer than this is not one of ours. */
export const MAX_LINE = 1024;

export const AgentRequest = z.strictObject({
  v: z.literal(PROTOCOL_VERSION),
  op: z.enum(['key', 'lock', 'status']),
  token: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AgentRequest = z.infer<typeof AgentRequest>;

export const AgentReply = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    /** When the agent locks by itself, in milliseconds since the epoch. */
    until: z.number().int().nonnegative(),
    /** The agent's process id (what `hearth lock` ends, and what a test can kill). */
    pid: z.number().int().positive(),
    /** Present when the key follows the line: that many raw bytes. */
    keyBytes: z.literal(KEY_BYTES).optional(),
  }),
  z.strictObject({ ok: z.literal(false), reason: z.enum(['token', 'request', 'stale']) }),
]);
export type AgentReply = z.infer<typeof AgentReply>;

export function encodeLine(message: AgentRequest | AgentReply): Buffer {
  return Buffer.from(`${JSON.stringify(message)}\n`, 'utf8');
}

/** A parsed line, or null when it is not JSON or not of the schema. */
export function parseLine<T>(schema: z.ZodType<T>, line: string): T | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The presented token against the agent's, in time that does not depend on where they differ. */
export function tokenMatches(presented: string, expected: Buffer): boolean {
  const bytes = Buffer.from(presented, 'hex');
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
}
