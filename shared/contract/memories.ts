// On this day: what the person wrote a month and a year before a date, and only that.
import { z } from 'zod';
import type { Entry } from '../domain';
import { method } from './method';
import { dateSchema } from './values';

/** The entries of the days one unit back from a date (see electron/service/on-this-day.ts for which days). */
export interface Memory {
  /** Inclusive local dates looked at; absent when that unit back has no such day (it was shown the day before). */
  from?: string;
  to?: string;
  entries: Entry[];
}

export interface OnThisDay {
  monthAgo: Memory;
  yearAgo: Memory;
}

export const memories = {
  /** `today` is the renderer's local date: the day the person is looking at. */
  onThisDay: method<OnThisDay>()({ arg: z.strictObject({ today: dateSchema }), needs: 'journal' }),
};
