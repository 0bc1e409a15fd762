import { correlationClaim, feltOfGroupWords, helpClaim, MISMATCH_WORDS, personMoodClaim, stressClaim, type Claim } from '../../../shared/insights-text';
import { groupPeople, MIXED_WORDS, PEOPLE_GROUP_TITLES, PEOPLE_GROUPS } from '../../../shared/give-and-take';
import { CHANNELS, SUPPORT_KINDS } from '../../../shared/domain';
import { fixed as fixedFigure, plural, signed, usedOf } from '../../../shared/format';
import { CHANNEL_LABELS, NOT_RECORDED } from '../../../shared/labels';
import { HELPED_BUT_LOW_AT_MOST, STRESS_DAY_THRESHOLD, SUPPORTED_WITHOUT_HELP_FROM, SUPPORTIVE_FELT, type Insights, type ScaleSummary } from '../../../shared/insights';
import { checkinSeries } from '../../../shared/checkins';
import type { Command } from '../command';
import { EXIT } from '../errors';
import { clean, table } from '../format';
import { ENV } from '../secrets';

const fixed = (n: number | null) => (n === null ? '-' : fixedFigure(n));
/** A per-person mean, "(3 of 5)" when it used only the interactions that recorded it. */
const perPerson = (n: number | null, used: number, of: number, format: (n: number) => string) =>
  n === null ? NOT_RECORDED : format(n) + usedOf(used, of);

/** "mood 6.2", "mood 6.2 (on 40 of 52 days)" when some days have none, "mood not recorded" when none has. */
function scaleMean(name: string, scale: ScaleSummary, days: number): string {
  if (days === 0) return `${name} -`;
  if (scale.mean === null) return `${name} not recorded`;
  return `${name} ${fixed(scale.mean)}${scale.days < days ? ` (on ${scale.days} of ${days} days)` : ''}`;
}

/** Plain words, then the figures indented on the next line. */
function claimLines(c: Claim, indent = ''): string[] {
  return c.figures === null ? [indent + c.words] : [indent + c.words, `${indent}  ${c.figures}`];
}

/** Help received against felt support, asking, channels, which way support went, and who is in which group. */
function giveAndTake(s: Insights): string[] {
  const p = s.perceivedVsReceived;
  const { asked, offered } = s.asked;
  const lines = [
    'Help received and felt support (on days with felt support recorded; help: an interaction received or both ways):',
    `  Days with help ${p.daysWithHelp}, mean felt support ${fixed(p.feltWithHelp)}; days without ${p.daysWithoutHelp}, mean ${fixed(p.feltWithoutHelp)}.`,
    ...claimLines(helpClaim(p), '  '),
    `  ${capital(MISMATCH_WORDS['helped-but-low'])} (felt support ${HELPED_BUT_LOW_AT_MOST} or less): ${plural(p.helpedButLow, 'day')}. ` +
      `${capital(MISMATCH_WORDS['supported-without-help'])} (${SUPPORTED_WITHOUT_HELP_FROM} or more): ${plural(p.supportedWithoutHelp, 'day')}.`,
    ...(p.daysHelpNotRecorded > 0 ? [`  ${plural(p.daysHelpNotRecorded, 'more day', 'more days')} left out, as which way support went was not recorded.`] : []),
    `Asked for help: ${feltOfGroupWords(asked)}. Not asked: ${feltOfGroupWords(offered)}.`,
    'Channels: ' + CHANNELS.map((c) => `${CHANNEL_LABELS[c].toLowerCase()} ${feltOfGroupWords(s.channels[c])}`).join('; ') + '.',
    `Which way: received ${s.reciprocity.received}, gave ${s.reciprocity.gave}, both ways ${s.reciprocity.both} (interactions with a direction recorded).`,
  ];
  const groups = groupPeople(s.people);
  for (const g of PEOPLE_GROUPS) if (groups[g].length > 0) lines.push(`${PEOPLE_GROUP_TITLES[g]}: ${groups[g].map((x) => `${clean(x.name)} (${x.received}/${x.gave}/${x.both})`).join(', ')}.`);
  if (groups.notRecorded.length > 0) lines.push(`Which way not recorded: ${groups.notRecorded.map((x) => clean(x.name)).join(', ')}.`);
  const mixed = s.people.filter((x) => x.mixed);
  if (mixed.length > 0) lines.push(`${capital(MIXED_WORDS)}: ${mixed.map((x) => clean(x.name)).join(', ')}.`);
  return lines;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function summary(s: Insights): string {
  const lines = [
    s.range ? `From ${s.range.from} to ${s.range.to}: ${s.entries} entries on ${s.days} days.` : 'No entries in this range.',
    `${scaleMean('Mean mood', s.mood, s.days)}, ${scaleMean('mean felt support', s.support, s.days)} (0–10).`,
    ...claimLines(correlationClaim(s.correlation)),
    ...claimLines(correlationClaim(s.nextDay, true)),
    '',
    'Kinds of support: ' + SUPPORT_KINDS.map((k) => `${k} ${s.kinds[k]}`).join(', '),
    `Under stress (mean stress ≥ ${STRESS_DAY_THRESHOLD}, nourishing support received felt +${SUPPORTIVE_FELT} or more):`,
    ...claimLines(stressClaim(s.stress), '  '),
    ...(s.stress.daysSupportNotRecorded > 0
      ? [
          `  ${plural(s.stress.daysSupportNotRecorded, 'more stress day', 'more stress days')} left out, as how support felt or which way it went was not recorded.`,
        ]
      : []),
    '',
    ...giveAndTake(s),
  ];
  if (s.people.length > 0) {
    lines.push(
      '',
      table(
        [
          { title: 'Person' },
          { title: 'Interactions', align: 'right' },
          { title: 'Felt', align: 'right' },
          { title: 'Nourishing/neutral/draining' },
          { title: 'Cost', align: 'right' },
          { title: 'Received/gave/both' },
          { title: 'Mood with/without (days)' },
        ],
        s.people.map((p) => [
          clean(p.name),
          String(p.interactions),
          perPerson(p.meanFelt, p.feltInteractions, p.interactions, (n) => signed(n)),
          `${p.feltSpread.nourishing}/${p.feltSpread.neutral}/${p.feltSpread.draining}`,
          perPerson(p.meanCost, p.costInteractions, p.interactions, (n) => fixed(n)),
          `${p.received}/${p.gave}/${p.both}`,
          `${fixed(p.moodWith)}/${fixed(p.moodWithout)} (${p.daysWith}/${p.daysWithout})`,
        ]),
      ),
      '',
      'Mood on days with each person:',
      ...s.people.flatMap((p) => claimLines(personMoodClaim(p, clean(p.name)), '  ')),
    );
  }
  return lines.join('\n');
}

export const stats: Command = {
  name: 'stats',
  summary: 'Support and mood, in figures',
  usage: '[--from DATE] [--to DATE] [--json]',
  description:
    'Summarises the journal: means of mood and felt support, how they move together (a pattern, not a cause), ' +
    'kinds of support, people, and support under stress. --json prints every figure the Insights screen shows.',
  options: {
    from: { type: 'string', value: 'DATE', description: 'First day, like 2026-01-01 (default: the first entry)' },
    to: { type: 'string', value: 'DATE', description: 'Last day (default: today)' },
    json: { type: 'boolean', description: 'Print one JSON object' },
  },
  positionals: { min: 0, max: 0 },
  env: [ENV.passphrase],
  async run(session, args) {
    await session.unlock();
    const range = { from: args.option('from'), to: args.option('to') };
    const result = await session.call('insights', range);
    const checkins = args.flag('json') ? checkinSeries(await session.call('listCheckins', range)) : null;
    await (checkins ? session.printJson({ ...result, checkins }) : session.print(summary(result)));
    return EXIT.ok;
  },
};
