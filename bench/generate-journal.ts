// A deterministic, realistic-looking journal for benchmarks, screenshots and load tests.
import { CHANNELS, DIRECTIONS, RELATIONSHIPS, SUPPORT_KINDS, type Relationship } from '../shared/domain';
import type { EntryData } from '../shared/schemas';

export interface JournalShape {
  entries: number;
  people: number;
  years: number;
  /** The last day of the journal (local date). */
  endDate: string;
  seed: number;
}

export const DEFAULT_SHAPE: JournalShape = { entries: 11_000, people: 80, years: 10, endDate: '2026-11-24', seed: 20261125 };

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = ['Ana', 'Ben', 'Chloé', 'Dev', 'Eli', 'Fatima', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lena', 'Mo', 'Nia', 'Omar', 'Pia', 'Quinn', 'Rosa', 'Sam', 'Tomás'];
const WORDS = (
  'today talked walked felt tired better worse coffee work family dinner call message garden rain sun ' +
  'listened helped laughed cried moved boxes doctor school kids train late early quiet busy kind patient ' +
  'worried calm grateful lonely together apart weekend morning evening plan trip books music run park'
).split(' ');
const TAGS = ['work', 'family', 'health', 'sleep', 'exercise', 'friends', 'money', 'home', 'therapy', 'outdoors', 'music', 'study'];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

/** Rounded into [lo, hi]; `+ 0` turns Math.round's -0 into the 0 a validated entry would hold. */
function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Math.round(n))) + 0;
}

export function generatePeople(shape: JournalShape): Array<{ name: string; relationship: Relationship }> {
  const rand = prng(shape.seed ^ 0x9e3779b9);
  return Array.from({ length: shape.people }, (_, i) => ({
    name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${String.fromCharCode(65 + Math.floor(i / FIRST_NAMES.length))}.`,
    relationship: pick(rand, RELATIONSHIPS),
  }));
}

function note(rand: () => number): string {
  const target = 200 + Math.floor(rand() * 1300);
  let text = '';
  while (text.length < target) text += (text ? ' ' : '') + pick(rand, WORDS);
  return `${text.slice(0, target - 1)}.`;
}

export function generateJournal(shape: JournalShape = DEFAULT_SHAPE): EntryData[] {
  const rand = prng(shape.seed);
  const people = generatePeople(shape);
  const end = Date.parse(`${shape.endDate}T23:59:59Z`);
  const span = shape.years * 365 * 86_400_000;
  const entries: EntryData[] = [];
  for (let i = 0; i < shape.entries; i++) {
    const t = new Date(end - span + Math.floor(rand() * span));
    const offsetHours = [-5, 0, 1, 2][Math.floor(rand() * 4)]!;
    const local = new Date(t.getTime() + offsetHours * 3_600_000).toISOString().slice(0, 19);
    const sign = offsetHours < 0 ? '-' : '+';
    const occurredAt = `${local}${sign}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`;
    const support = clamp(rand() * 10, 0, 10);
    const interactions = Array.from({ length: Math.floor(rand() * 3) }, () => {
      const person = people[Math.floor(rand() ** 2 * people.length)]!;
      return {
        person: person.name,
        relationship: person.relationship,
        kinds: SUPPORT_KINDS.filter(() => rand() < 0.3),
        direction: pick(rand, DIRECTIONS),
        felt: clamp(rand() * 4 - 2, -2, 2),
        cost: clamp(rand() * 3, 0, 3),
        channel: pick(rand, CHANNELS),
        askedForHelp: rand() < 0.3,
      };
    });
    const entry: EntryData = {
      occurredAt,
      mood: clamp(support * 0.5 + rand() * 5, 0, 10),
      support,
      note: note(rand),
      tags: TAGS.filter(() => rand() < 0.15),
      interactions,
    };
    if (rand() < 0.6) entry.stress = clamp(rand() * 10, 0, 10);
    entries.push(entry);
  }
  return entries;
}
