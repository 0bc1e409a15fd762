// Support runs both ways: who one turns to, who turns to one, and ties that go both ways, told from
// the recorded directions of each person's interactions. Shared by the Insights screen, the CLI and
// the report, so a person one mostly gives to is never listed among the people one turns to.
import type { PersonInsight } from './insights';

export const PEOPLE_GROUPS = ['turnTo', 'turnToYou', 'bothWays'] as const;
export type PeopleGroup = (typeof PEOPLE_GROUPS)[number];

export const PEOPLE_GROUP_TITLES: Record<PeopleGroup, string> = {
  turnTo: 'People you turn to',
  turnToYou: 'People who turn to you',
  bothWays: 'Both ways',
};

export const PEOPLE_GROUP_HINTS: Record<PeopleGroup, string> = {
  turnTo: 'more than half of the interactions with a direction recorded were support you received',
  turnToYou: 'more than half were support you gave',
  bothWays: 'neither: support went both ways, or about as often each way',
};

/** How a mixed tie is named: never as good or bad. */
export const MIXED_WORDS = 'sometimes nourishing, sometimes draining';

type Directions = Pick<PersonInsight, 'received' | 'gave' | 'both'>;

/** Mostly received or mostly gave means more than half of the interactions with a direction; null when none has one. */
export function peopleGroupOf(p: Directions): PeopleGroup | null {
  const recorded = p.received + p.gave + p.both;
  if (recorded === 0) return null;
  if (p.received * 2 > recorded) return 'turnTo';
  if (p.gave * 2 > recorded) return 'turnToYou';
  return 'bothWays';
}

export interface GroupedPeople<T> {
  turnTo: T[];
  turnToYou: T[];
  bothWays: T[];
  /** People none of whose interactions has a direction recorded. */
  notRecorded: T[];
}

/** The people in each group, in the order given. */
export function groupPeople<T extends Directions>(people: readonly T[]): GroupedPeople<T> {
  const out: GroupedPeople<T> = { turnTo: [], turnToYou: [], bothWays: [], notRecorded: [] };
  for (const p of people) out[peopleGroupOf(p) ?? 'notRecorded'].push(p);
  return out;
}
