import { answersProblem, INSTRUMENT_IDS, INSTRUMENTS, type CheckinResult, type InstrumentId } from '../../../shared/checkins';
import { localToday } from '../../../shared/local-time';
import type { Command } from '../command';
import { EXIT, UsageError } from '../errors';
import { table } from '../format';
import { ENV } from '../secrets';
import type { Session } from '../session';

function instrumentOf(value: string | undefined): InstrumentId {
  if (value === undefined) throw new UsageError(`Say which check-in with --instrument ${INSTRUMENT_IDS.join('|')}.`);
  const id = INSTRUMENT_IDS.find((i) => i === value);
  if (!id) throw new UsageError(`There is no check-in called "${value}"; use ${INSTRUMENT_IDS.join(', ')}.`);
  return id;
}

/** "1,2,3": whole numbers in item order; a problem names the item. */
function answersOf(instrument: InstrumentId, value: string | undefined): number[] {
  const { shortName, items } = INSTRUMENTS[instrument];
  if (value === undefined) throw new UsageError(`Give the ${shortName}'s ${items.length} answers in item order with --answers, like ${items.map((i) => i.options[0]!.value).join(',')}.`);
  const answers = value.split(',').map((part, i) => {
    const text = part.trim();
    if (!/^-?\d+$/.test(text)) throw new UsageError(`Answer ${i + 1} ("${text}") is not a whole number.`);
    return Number(text);
  });
  const problem = answersProblem(instrument, answers);
  if (problem) throw new UsageError(problem.message);
  return answers;
}

/** The scores as one line: "total 3.50, significantOther 6.00, …". */
function scoresText(c: CheckinResult): string {
  return Object.entries(c.scores)
    .map(([k, v]) => `${k} ${Number.isInteger(v) ? v : v.toFixed(2)}`)
    .join(', ');
}

async function list(session: Session, json: boolean): Promise<number> {
  const results = await session.call('listCheckins');
  if (json) {
    await session.printJson(results.map(({ id, instrument, date, answers, scores }) => ({ id, instrument, date, answers, scores })));
  } else if (results.length === 0) {
    await session.print('No check-ins yet.');
  } else {
    await session.print(
      table(
        [{ title: 'Date' }, { title: 'Check-in' }, { title: 'Scores' }, { title: 'Id' }],
        results.map((c) => [c.date, INSTRUMENTS[c.instrument].shortName, scoresText(c), c.id]),
      ),
    );
  }
  return EXIT.ok;
}

export const checkin: Command = {
  name: 'checkin',
  summary: 'Answer a check-in questionnaire, or list them',
  usage: '--instrument mspss|who5|ucla3 --answers 1,2,3,… [--date DATE] | list [--json]',
  description:
    'Saves an answered check-in: mspss (Multidimensional Scale of Perceived Social Support, 12 answers 1–7), ' +
    'who5 (WHO-5 Well-Being Index, 5 answers 0–5, at most once every 14 days) or ucla3 (three-item loneliness scale, ' +
    'answers 1–3, then "How often do you feel lonely?" 1–5: never, hardly ever, occasionally, some of the time, often). ' +
    'Answers are given in item order. A wrong number of answers, or an answer out of range, is refused (exit 2) and the item is named. ' +
    '"checkin list" lists them newest first, with their scores; --json prints id, instrument, date, answers and scores. ' +
    'The scores are a self-report, not a diagnosis.',
  options: {
    instrument: { type: 'string', value: 'NAME', description: 'mspss, who5 or ucla3' },
    answers: { type: 'string', value: 'LIST', description: 'The answers in item order, separated by commas' },
    date: { type: 'string', value: 'DATE', description: 'The day it was answered (default: today)' },
    json: { type: 'boolean', description: 'With list: print a JSON array' },
  },
  positionals: { min: 0, max: 1 },
  env: [ENV.passphrase],
  async run(session, args) {
    const [sub] = args.positionals;
    if (sub !== undefined && sub !== 'list') throw new UsageError(`Unknown checkin subcommand "${sub}"; use "checkin list".`);
    if (sub === 'list') {
      await session.unlock();
      return list(session, args.flag('json'));
    }
    const instrument = instrumentOf(args.option('instrument'));
    const answers = answersOf(instrument, args.option('answers'));
    await session.unlock();
    const saved = await session.call('saveCheckin', { instrument, answers, date: args.option('date') ?? localToday(session.now()) });
    await session.print(`Saved the ${INSTRUMENTS[instrument].shortName} of ${saved.date}: ${scoresText(saved)}. ${saved.id}`);
    return EXIT.ok;
  },
};
