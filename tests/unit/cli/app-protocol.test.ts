// The framing of the desktop app's socket: lines split at any byte, the size limit, and the call
// schema's refusal of anything but an absolute path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppCall, AppWelcome, encodeJsonLine, LineReader } from '../../../electron/agent/app-protocol';
import { parseLine } from '../../../electron/agent/protocol';

/** The bytes of `text` cut at the given offsets (any byte, even inside a character). */
function cut(bytes: Buffer, offsets: number[]): Buffer[] {
  const points = [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  return chunks;
}

describe('LineReader', () => {
  it('gives back the lines sent, however the bytes are cut', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }).map((s) => s.replaceAll('\n', ' '))), fc.array(fc.nat()), (lines, offsets) => {
        const reader = new LineReader(1024 * 1024);
        const got: string[] = [];
        for (const chunk of cut(Buffer.from(lines.map((l) => `${l}\n`).join(''), 'utf8'), offsets)) got.push(...reader.push(chunk)!);
        expect(got).toEqual(lines);
      }),
    );
  });

  it('gives up on a line longer than its limit, whole or in pieces', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 64 }), fc.boolean(), (max, over, ended) => {
        const text = `${'x'.repeat(max + over)}${ended ? '\n' : ''}`;
        expect(new LineReader(max).push(Buffer.from(text))).toBeNull();
        const pieces = new LineReader(max);
        const results = [...text].map((c) => pieces.push(Buffer.from(c)));
        expect(results).toContain(null);
      }),
    );
    expect(new LineReader(3).push(Buffer.from('abc\nabc\n'))).toEqual(['abc', 'abc']);
  });
});

describe('the messages', () => {
  it('carry a call with its file only as an absolute path', () => {
    expect(parseLine(AppCall, encodeJsonLine({ id: 1, method: 'exportData', arg: { format: 'json' }, path: '/home/me/out.json' }))).toEqual({
      id: 1,
      method: 'exportData',
      arg: { format: 'json' },
      path: '/home/me/out.json',
    });
    expect(parseLine(AppCall, encodeJsonLine({ id: 1, method: 'exportData', path: 'out.json' }))).toBeNull();
    expect(parseLine(AppCall, encodeJsonLine({ id: -1, method: 'listEntries' }))).toBeNull();
    expect(parseLine(AppCall, '{"id":1,"method":"listEntries"')).toBeNull();
    expect(parseLine(AppWelcome, '{"ok":false,"reason":"token"}')).toEqual({ ok: false, reason: 'token' });
    expect(parseLine(AppWelcome, '{"ok":true,"pid":12,"key":"x"}')).toBeNull();
  });
});
