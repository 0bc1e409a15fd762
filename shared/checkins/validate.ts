// The answers a check-in takes: one per item, in item order, each one of the item's response
// values. A problem names the item, so the CLI and the screen can say which answer to change.
import { z } from 'zod';
import { dateSchema } from '../contract/values';
import { INSTRUMENT_IDS, type InstrumentId } from './instrument';
import { INSTRUMENTS } from './instruments';

export interface AnswerProblem {
  /** 1-based item number, or null when the count is wrong. */
  item: number | null;
  message: string;
}

/** What is wrong with `answers` for this instrument, or null when every item is answered rightly. */
export function answersProblem(instrument: InstrumentId, answers: readonly unknown[]): AnswerProblem | null {
  const { items, shortName } = INSTRUMENTS[instrument];
  if (answers.length !== items.length) {
    return { item: null, message: `The ${shortName} takes ${items.length} answers, one per item in order; ${answers.length} were given.` };
  }
  for (const item of items) {
    const answer = answers[item.number - 1];
    if (!item.options.some((o) => o.value === answer)) {
      const first = item.options[0]!.value;
      const last = item.options[item.options.length - 1]!.value;
      return {
        item: item.number,
        message: `Item ${item.number} of the ${shortName} (“${item.text}”) takes a whole number from ${first} to ${last}; ${JSON.stringify(answer) ?? 'nothing'} is not one.`,
      };
    }
  }
  return null;
}

export const instrumentSchema = z.enum(INSTRUMENT_IDS);

export const checkinInputSchema = z
  .strictObject({
    instrument: instrumentSchema,
    date: dateSchema,
    answers: z.array(z.number()).max(64),
  })
  .superRefine((input, ctx) => {
    const problem = answersProblem(input.instrument, input.answers);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.item === null ? ['answers'] : ['answers', problem.item - 1] });
  });

export type CheckinInput = z.output<typeof checkinInputSchema>;

const setting = z.strictObject({ on: z.boolean(), laterUntil: dateSchema.optional() });

/** Which instruments are on, as the settings record holds it (only those ever touched). */
export const checkinSettingsSchema = z.strictObject({ mspss: setting.optional(), who5: setting.optional(), ucla3: setting.optional() });
