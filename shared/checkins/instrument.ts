// What a check-in instrument is: its published wording, response options, recall period, scoring
// range, how often it may be suggested and where it was published. Plain data, no side effects.

export const INSTRUMENT_IDS = ['mspss', 'who5', 'ucla3'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

export interface ResponseOption {
  value: number;
  label: string;
}

export interface Item {
  /** 1-based, as the publication numbers it. */
  number: number;
  text: string;
  options: readonly ResponseOption[];
}

/** One score an instrument gives, with the range its scale allows. */
export interface ScoreSpec {
  key: string;
  label: string;
  min: number;
  max: number;
}

export interface Instrument {
  id: InstrumentId;
  name: string;
  shortName: string;
  /** The instruction printed above the items. */
  instructions: string;
  recallPeriod: string;
  items: readonly Item[];
  /** The scores in the order they are shown; the first is the instrument's main score. */
  scores: readonly ScoreSpec[];
  /** How the scores are worked out, in one sentence. */
  scoring: string;
  /** Days from one answer until the instrument is suggested again. */
  everyDays: number;
  /** When set, two answers must be at least this many days apart (the recall period's length). */
  minDaysApart?: number;
  frequency: string;
  citation: readonly string[];
}

/** Options shared by every item of a scale, numbered from `first`. */
export function optionsFrom(first: number, labels: readonly string[]): ResponseOption[] {
  return labels.map((label, i) => ({ value: first + i, label }));
}

export function itemsOf(texts: readonly string[], options: readonly ResponseOption[]): Item[] {
  return texts.map((text, i) => ({ number: i + 1, text, options }));
}
