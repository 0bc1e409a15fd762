// The pure half of the jrnl comparison (bench/jrnl-compare.ts): the same journal written in jrnl's
// plain-text format, jrnl's configuration, and how paired timings are judged against the targets.
import type { EntryData } from '../shared/schemas';

/** Fixed width, so jrnl finds each entry's date by length (it parses `[date] ` by the format's width). */
export const JRNL_TIME_FORMAT = '%Y-%m-%d %H:%M';

/** `[2026-11-24 09:41] note @tag …`: the wall-clock time the entry was written at, as jrnl keeps it. */
export function jrnlEntryLine(entry: EntryData): string {
  if (!entry.occurredAt) throw new Error('every benchmark entry has a time');
  const wallClock = entry.occurredAt.slice(0, 16).replace('T', ' ');
  const tags = (entry.tags ?? []).map((t) => ` @${t}`).join('');
  return `[${wallClock}] ${(entry.note ?? '').replace(/\s+/g, ' ').trim()}${tags}`;
}

/** The whole journal as jrnl writes it: oldest first, one blank line between entries. */
export function jrnlText(entries: readonly EntryData[]): string {
  const lines = entries.map(jrnlEntryLine).sort();
  return lines.map((l) => `${l}\n`).join('\n');
}

const yamlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** jrnl 4's configuration for one journal, its defaults except a fixed-width time and no colours. */
export function jrnlConfig(journalPath: string, encrypt: boolean): string {
  return [
    'version: v4.0',
    'journals:',
    '  default:',
    `    journal: ${yamlString(journalPath)}`,
    `    encrypt: ${encrypt}`,
    "editor: ''",
    `encrypt: ${encrypt}`,
    'template: false',
    'default_hour: 9',
    'default_minute: 0',
    `timeformat: ${yamlString(JRNL_TIME_FORMAT)}`,
    "tagsymbols: '#@'",
    'highlight: false',
    'linewrap: 79',
    "indent_character: '|'",
    'colors:',
    '  date: none',
    '  title: none',
    '  body: none',
    '  tags: none',
    '',
  ].join('\n');
}

export const TASKS = ['newest10', 'search', 'add_one', 'export_all'] as const;
export type Task = (typeof TASKS)[number];

export interface TaskTimes {
  /** Median wall time of each tool, from interleaved pairs. */
  jrnl: number;
  hearthAgent: number;
  hearthPassphrase: number;
}

export interface TaskVerdict {
  agent_vs_jrnl: number;
  passphrase_vs_jrnl: number;
  /** With the agent: faster than jrnl. */
  agent_faster: boolean;
  /** Without it: within 1.2× of jrnl plus Hearth's deliberate Argon2id time. */
  passphrase_within: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function judge(t: TaskTimes, argon2Ms: number): TaskVerdict {
  return {
    agent_vs_jrnl: round2(t.hearthAgent / t.jrnl),
    passphrase_vs_jrnl: round2(t.hearthPassphrase / t.jrnl),
    agent_faster: t.hearthAgent < t.jrnl,
    passphrase_within: t.hearthPassphrase <= 1.2 * t.jrnl + argon2Ms,
  };
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('no timings');
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Where `name` is found on PATH (or null), so the comparison runs wherever jrnl is installed. */
export function findOnPath(name: string, path: string | undefined, isExecutable: (file: string) => boolean, separator = ':'): string | null {
  for (const dir of (path ?? '').split(separator)) {
    if (!dir) continue;
    const file = `${dir.replace(/[\\/]+$/, '')}/${name}`;
    if (isExecutable(file)) return file;
  }
  return null;
}
