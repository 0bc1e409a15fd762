// Check-ins: short validated questionnaires (MSPSS, WHO-5, three-item loneliness scale), each
// answer its own sealed record; which are on lives in the settings.
import { z } from 'zod';
import { checkinInputSchema, instrumentSchema, type CheckinResult, type InstrumentId } from '../checkins';
import type { Settings } from '../domain';
import { method, none } from './method';
import { dateSchema, idSchema } from './values';

export const checkins = {
  /** Saves one answered check-in; refused when its day is after today, or too close to another WHO-5. */
  saveCheckin: method<CheckinResult>()({ arg: checkinInputSchema, needs: 'writer' }),
  /** Answered check-ins, newest first, with their scores. */
  listCheckins: method<CheckinResult[]>()({
    arg: z
      .strictObject({ from: dateSchema.optional(), to: dateSchema.optional(), instrument: instrumentSchema.optional() })
      .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'The start date is after the end date', path: ['to'] })
      .optional(),
    needs: 'journal',
  }),
  deleteCheckin: method<void>()({ arg: z.strictObject({ id: idSchema }), needs: 'writer' }),
  /** The instruments on and due today, in the order they are offered. */
  dueCheckins: method<InstrumentId[]>()({ arg: none, needs: 'journal' }),
  /** Turns an instrument on or off, or puts it off until tomorrow ("later"). */
  setCheckin: method<Settings>()({
    arg: z.strictObject({ instrument: instrumentSchema, change: z.enum(['on', 'off', 'later']) }),
    needs: 'writer',
  }),
};
