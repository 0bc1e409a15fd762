// Random journals for property tests: few days and many entries per day (ties, repeats), offsets
// from -12:00 to +14:00, spans from a few days to years, open or inverted ranges, and entries
// without a mood or a felt-support value (as imported from other journals), from none to all, and
// interactions whose relationship, direction, felt or cost was not recorded.
import fc from 'fast-check';
import { CHANNELS, DIRECTIONS, RELATIONSHIPS, SUPPORT_KINDS, type Entry, type Interaction, type Person } from '../../../shared/domain';
import type { InsightsOptions } from '../../../shared/insights';

/** Crosses a new year and 29 February 2024. */
const BASE = Date.parse('2023-12-20T00:00:00Z');
const OFFSETS = ['-12:00', '-09:30', '-05:00', 'Z', '+00:00', '+01:00', '+05:45', '+14:00'];
const PERSON_IDS = ['p0', 'p1', 'p2', 'p3', 'p4'];
/**
 * Two people share a name (ordering falls back to id); Ben has no relationship recorded; p4 is not
 * in the list (named by the interaction, which may carry a relationship or none).
 */
export const PEOPLE: Person[] = [
  { id: 'p0', name: 'Ana', relationship: 'partner', aliases: [], archived: false, createdAt: '2023-01-01T00:00:00Z', updatedAt: '2023-01-01T00:00:00Z' },
  { id: 'p1', name: 'Ben', aliases: [], archived: false, createdAt: '2023-01-01T00:00:00Z', updatedAt: '2023-01-01T00:00:00Z' },
  { id: 'p2', name: 'Sam', relationship: 'family', aliases: [], archived: true, createdAt: '2023-01-01T00:00:00Z', updatedAt: '2023-01-01T00:00:00Z' },
  { id: 'p3', name: 'Sam', relationship: 'colleague', aliases: [], archived: false, createdAt: '2023-01-01T00:00:00Z', updatedAt: '2023-01-01T00:00:00Z' },
];

function dateAt(day: number): string {
  return new Date(BASE + day * 86_400_000).toISOString().slice(0, 10);
}

const scale = fc.integer({ min: 0, max: 10 });

const interactionArb: fc.Arbitrary<Interaction> = fc
  .record({
    personId: fc.constantFrom(...PERSON_IDS),
    name: fc.constantFrom('old name', 'new name'),
    relationship: fc.option(fc.constantFrom(...RELATIONSHIPS), { nil: undefined }),
    kinds: fc.subarray([...SUPPORT_KINDS]),
    direction: fc.option(fc.constantFrom(...DIRECTIONS), { nil: undefined }),
    felt: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }),
    cost: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    channel: fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }),
    askedForHelp: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ name, relationship, direction, felt, cost, channel, askedForHelp, ...rest }) => {
    const i: Interaction = { ...rest, person: `${rest.personId} ${name}` };
    // Not recorded is an absent key, as the journal stores it.
    if (relationship !== undefined) i.relationship = relationship;
    if (direction !== undefined) i.direction = direction;
    if (felt !== undefined) i.felt = felt;
    if (cost !== undefined) i.cost = cost;
    if (channel !== undefined) i.channel = channel;
    if (askedForHelp !== undefined) i.askedForHelp = askedForHelp;
    return i;
  });

type Mode = 'free' | 'mood-equals-support' | 'support-constant' | 'mood-constant' | 'both-constant';

/** Out of ten entries, how many lack a mood (and, drawn separately, a felt-support value). */
const GAPS = [0, 0, 0, 2, 5, 9, 10];

function entryArb(span: number, mode: Mode, gaps: number): fc.Arbitrary<Omit<Entry, 'id'>> {
  return fc
    .record({
      // Unbiased: fast-check's bias would crowd the entries onto the first few days.
      day: fc.noBias(fc.integer({ min: 0, max: span })),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      offset: fc.constantFrom(...OFFSETS),
      mood: scale,
      support: scale,
      stress: fc.option(scale, { nil: undefined }),
      noMood: fc.integer({ min: 0, max: 9 }).map((k) => k < gaps),
      noSupport: fc.integer({ min: 0, max: 9 }).map((k) => k < gaps),
      createdAt: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z'),
      interactions: fc.array(interactionArb, { maxLength: 3 }),
    })
    .map(({ day, hour, minute, offset, mood, support, stress, noMood, noSupport, createdAt, interactions }) => {
      const e: Omit<Entry, 'id'> = {
        occurredAt: `${dateAt(day)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00${offset}`,
        note: '',
        tags: [],
        interactions,
        createdAt,
        updatedAt: createdAt,
      };
      if (!noMood) e.mood = mode === 'mood-equals-support' ? support : mode === 'mood-constant' || mode === 'both-constant' ? 6 : mood;
      if (!noSupport) e.support = mode === 'support-constant' || mode === 'both-constant' ? 4 : support;
      if (stress !== undefined) e.stress = stress;
      return e;
    });
}

/** Mostly a range that covers most of the journal (today after it), sometimes anything at all. */
function optionsArb(span: number): fc.Arbitrary<InsightsOptions> {
  const day = (min: number, max: number) => fc.integer({ min, max });
  const maybe = (arb: fc.Arbitrary<number>) => fc.option(arb, { nil: undefined, freq: 2 });
  const sensible = fc.record({
    today: day(span, span + 15),
    from: maybe(day(-3, Math.floor(span / 3))),
    to: maybe(day(Math.ceil((2 * span) / 3), span + 10)),
  });
  const anything = fc.record({ today: day(-3, span + 15), from: maybe(day(-5, span + 5)), to: maybe(day(-5, span + 20)) });
  return fc
    .record({
      days: fc.oneof({ arbitrary: sensible, weight: 3 }, { arbitrary: anything, weight: 1 }),
      weekStartsOn: fc.option(fc.constantFrom(0 as const, 1 as const), { nil: undefined }),
    })
    .map(({ days: { today, from, to }, weekStartsOn }) => {
      const options: InsightsOptions = { today: dateAt(today) };
      if (from !== undefined) options.from = dateAt(from);
      if (to !== undefined) options.to = dateAt(to);
      if (weekStartsOn !== undefined) options.weekStartsOn = weekStartsOn;
      return options;
    });
}

export interface Journal {
  entries: Entry[];
  options: InsightsOptions;
}

/** Spans pick the granularity: ≤ 90 days by day, ≤ 730 by week, longer by month. */
export const journalArb: fc.Arbitrary<Journal> = fc
  .record({
    span: fc.constantFrom(0, 4, 25, 25, 60, 60, 120, 1000, 1000),
    mode: fc.constantFrom<Mode>('free', 'free', 'free', 'free', 'mood-equals-support', 'support-constant', 'mood-constant', 'both-constant'),
    gaps: fc.constantFrom(...GAPS),
  })
  .chain(({ span, mode, gaps }) =>
    fc.record({
      entries: fc
        .oneof(fc.constant(0), fc.integer({ min: 1, max: 5 }), { arbitrary: fc.noBias(fc.integer({ min: 20, max: 90 })), weight: 3 })
        .chain((n) => fc.array(entryArb(span, mode, gaps), { minLength: n, maxLength: n }))
        .map((list) => list.map((e, i) => ({ id: `e${String(i).padStart(3, '0')}`, ...e }))),
      options: optionsArb(span),
    }),
  );
