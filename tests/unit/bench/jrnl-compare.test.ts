// The jrnl comparison: its journal in jrnl's format, its configuration, how it judges the targets,
// and, with a stand-in for jrnl (the real one cannot be installed here), that every task reaches
// both tools with the same journal, jrnl's password on standard input and Hearth's agent in use.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareAt } from '../../../bench/jrnl-compare';
import { findOnPath, jrnlConfig, jrnlEntryLine, jrnlText, judge, median, TASKS } from '../../../bench/jrnl-journal';

describe('the journal and configuration jrnl is given', () => {
  it('writes each entry as jrnl does: wall-clock time, the note on one line, tags with @', () => {
    expect(jrnlEntryLine({ occurredAt: '2026-11-24T09:41:12-05:00', note: 'Coffee with Ana.\nShe  listened.', tags: ['friends', 'home'], interactions: [] })).toBe(
      '[2026-11-24 09:41] Coffee with Ana. She listened. @friends @home',
    );
  });

  it('puts entries oldest first with a blank line between them', () => {
    const text = jrnlText([
      { occurredAt: '2026-02-01T08:00:00+01:00', note: 'later', tags: [], interactions: [] },
      { occurredAt: '2025-12-31T23:30:00+00:00', note: 'earlier', tags: [], interactions: [] },
    ]);
    expect(text).toBe('[2025-12-31 23:30] earlier\n\n[2026-02-01 08:00] later\n');
  });

  it('configures one encrypted journal with a fixed-width time format', () => {
    const yaml = jrnlConfig("/tmp/it's/journal.txt", true);
    expect(yaml).toContain("    journal: '/tmp/it''s/journal.txt'\n    encrypt: true\n");
    expect(yaml).toContain("timeformat: '%Y-%m-%d %H:%M'");
    expect(yaml).toMatch(/^encrypt: true$/m);
  });
});

describe('judging the pairs', () => {
  it('takes the middle of an odd count and the mean of the middle two of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(() => median([])).toThrow();
  });

  it('holds the agent to faster than jrnl, and the passphrase to 1.2× jrnl plus Argon2id', () => {
    expect(judge({ jrnl: 200, hearthAgent: 150, hearthPassphrase: 1440 }, 1200)).toEqual({ agent_vs_jrnl: 0.75, passphrase_vs_jrnl: 7.2, agent_faster: true, passphrase_within: true });
    expect(judge({ jrnl: 200, hearthAgent: 200, hearthPassphrase: 1441 }, 1200)).toEqual({ agent_vs_jrnl: 1, passphrase_vs_jrnl: 7.21, agent_faster: false, passphrase_within: false });
  });

  it('finds jrnl on PATH, or says there is none', () => {
    const found = new Set(['/opt/b/jrnl']);
    expect(findOnPath('jrnl', '/usr/bin::/opt/b/', (f) => found.has(f))).toBe('/opt/b/jrnl');
    expect(findOnPath('jrnl', '/usr/bin', (f) => found.has(f))).toBeNull();
    expect(findOnPath('jrnl', undefined, () => true)).toBeNull();
  });
});

describe('a whole comparison against a stand-in for jrnl', () => {
  const work = mkdtempSync(join(tmpdir(), 'hearth-jrnl-test-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('runs every task in both tools on the same journal', async () => {
    const log = join(work, 'calls.jsonl');
    process.env.STAND_IN_JRNL_LOG = log;
    try {
      // Each round times one derivation: here each task's single round gets its own allowance.
      const allowances = [1000, 1500, 2000, 2500];
      let derived = 0;
      const argon2 = async () => allowances[derived++]!;
      const results = await compareAt(12, join(import.meta.dirname, 'stand-in-jrnl.mjs'), { rounds: 1, argon2, keyCost: 'lowest' });
      expect(Object.keys(results)).toEqual([...TASKS]);
      expect(derived).toBe(TASKS.length);
      TASKS.forEach((task, k) => {
        const r = results[task];
        for (const ms of [r.jrnl, r.hearthAgent, r.hearthPassphrase]) expect(ms).toBeGreaterThan(0);
        expect(r.argon2Ms).toBe(allowances[k]);
        expect(r).toMatchObject(judge(r, allowances[k]!));
      });
      const calls = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { args: string[]; input: string; config: string; entries: number; tty: boolean });
      // First the journal is encrypted: the password twice and "no" to jrnl's keychain.
      expect(calls[0]!.args.slice(2)).toEqual(['--encrypt']);
      expect(calls[0]!.input).toBe('benchmark passphrase, not secret\nbenchmark passphrase, not secret\nn\n');
      expect(calls[0]!.config).toMatch(/^encrypt: false$/m);
      // Then one call per task, each with the encrypted journal's configuration and its password.
      expect(calls.slice(1).map((c) => c.args.slice(2, 4))).toEqual([['-n', '10'], ['-contains', 'grateful'], ['Walked in the park with Ana, who listened.'], ['--format', 'json']]);
      for (const c of calls) {
        expect(c.entries).toBe(12);
        expect(c.tty).toBe(false);
      }
      for (const c of calls.slice(1)) {
        expect(c.input).toBe('benchmark passphrase, not secret\n');
        expect(c.config).toMatch(/^encrypt: true$/m);
      }
    } finally {
      delete process.env.STAND_IN_JRNL_LOG;
    }
  }, 120_000);
});
