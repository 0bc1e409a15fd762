// The report's section on help received and feeling supported, as words and rows shared by the HTML
// and the PDF: felt support with and without help (and the claim the interval allows), the days
// that did not match, asking, channels, which way support went, the people groups, and the key.
import { CHANNELS, SUPPORT_KINDS } from '../../shared/domain';
import { fixed, MINUS, plainDay, plural, signed } from '../../shared/format';
import { groupPeople, MIXED_WORDS, PEOPLE_GROUP_HINTS, PEOPLE_GROUP_TITLES, PEOPLE_GROUPS } from '../../shared/give-and-take';
import type { FeltOfGroup, Insights, MismatchKind } from '../../shared/insights';
import { feltOfGroupWords, helpClaim, MISMATCH_MEANING, MISMATCH_WORDS, type Claim } from '../../shared/insights-text';
import { CHANNEL_LABELS, COST_STEPS, KIND_LABELS } from '../../shared/labels';
import { COST_EXPLAINED, KIND_MEANINGS, KINDS_EXPLAINED } from '../../shared/support-words';

const fmt1 = (n: number | null) => (n === null ? 'not recorded' : fixed(n, 1, MINUS));
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface HelpReport {
  definition: string;
  figures: string;
  claim: Claim;
  /** Days left out because a direction was not recorded; null when none. */
  open: string | null;
  mismatches: { kind: MismatchKind; title: string; meaning: string; days: string[] }[];
  asked: string[];
  channels: { channel: string; interactions: string; felt: string }[];
  reciprocity: string;
  groups: { title: string; hint: string; people: string[] }[];
  notRecorded: string | null;
  mixed: string;
}

const feltCell = (g: FeltOfGroup) => (g.meanFelt === null ? 'not recorded' : signed(g.meanFelt, 1, MINUS) + (g.feltInteractions < g.interactions ? ` (${g.feltInteractions} of ${g.interactions})` : ''));

/** `insights` is the report's: over the chosen entries only, people already named as the person chose. */
export function helpReport(insights: Insights): HelpReport {
  const p = insights.perceivedVsReceived;
  const groups = groupPeople(insights.people);
  const who = (x: Insights['people'][number]) => `${x.name} (received ${x.received}, gave ${x.gave}, both ways ${x.both})${x.mixed ? `: ${MIXED_WORDS}` : ''}`;
  return {
    definition:
      'Felt support is the day’s 0–10 answer to how supported the person felt. A day with help received has at least one interaction where they received support or it went both ways; only days with felt support recorded count.',
    figures: `On ${plural(p.daysWithHelp, 'day')} with help received, felt support averaged ${fmt1(p.feltWithHelp)}; on ${plural(p.daysWithoutHelp, 'day')} without, ${fmt1(p.feltWithoutHelp)}.`,
    claim: helpClaim(p),
    open: p.daysHelpNotRecorded === 0 ? null : `${plural(p.daysHelpNotRecorded, 'day')} left out: which way support went was not recorded.`,
    mismatches: (['helped-but-low', 'supported-without-help'] as const).map((kind) => {
      const days = insights.helpOverTime.mismatched.filter((d) => d.kind === kind);
      return {
        kind,
        title: `${capital(MISMATCH_WORDS[kind])}: ${plural(days.length, 'day')}`,
        meaning: `Each is ${MISMATCH_MEANING[kind]}.`,
        days: days.map((d) => `${plainDay(d.date)} (felt support ${fmt1(d.support)})`),
      };
    }),
    asked: [`When they asked for help: ${feltOfGroupWords(insights.asked.asked)}.`, `When they did not ask: ${feltOfGroupWords(insights.asked.offered)}.`],
    channels: CHANNELS.map((c) => ({ channel: CHANNEL_LABELS[c], interactions: String(insights.channels[c].interactions), felt: feltCell(insights.channels[c]) })),
    reciprocity: `Of the interactions with a direction recorded, they received support in ${insights.reciprocity.received}, gave it in ${insights.reciprocity.gave}, and it went both ways in ${insights.reciprocity.both}.`,
    groups: PEOPLE_GROUPS.map((g) => ({ title: `${PEOPLE_GROUP_TITLES[g]} (${groups[g].length})`, hint: capital(PEOPLE_GROUP_HINTS[g]) + '.', people: groups[g].map(who) })),
    notRecorded: groups.notRecorded.length === 0 ? null : `Which way support went was not recorded with ${groups.notRecorded.map((x) => x.name).join(', ')}.`,
    mixed: `A tie marked “${MIXED_WORDS}” had at least two nourishing interactions and at least two that were draining or cost “${COST_STEPS[2]!.label.toLowerCase()}” or more: that is how it felt, not a judgement.`,
  };
}

/** The key to the kinds of support and to cost, in the words the entry form uses. */
export function supportKey(): { kinds: string; kindRows: { term: string; meaning: string }[]; cost: string } {
  return {
    kinds: `${KINDS_EXPLAINED.short} ${KINDS_EXPLAINED.long}`,
    kindRows: SUPPORT_KINDS.map((k) => ({ term: KIND_LABELS[k], meaning: KIND_MEANINGS[k] })),
    cost: `What it cost: ${COST_EXPLAINED.long} Scale: ${COST_STEPS.map((s) => `${s.value} ${s.label.toLowerCase()}`).join(', ')}.`,
  };
}
