// Scores of each instrument from its answers in item order. Pure; the answers are assumed valid
// (see ./validate.ts), so every score lies in its instrument's published range.
import type { InstrumentId } from './instrument';
import { MSPSS_SUBSCALES } from './mspss';
import { UCLA3_DIRECT_ITEM } from './ucla3';

export interface MspssScores {
  total: number;
  significantOther: number;
  family: number;
  friends: number;
}

export interface Who5Scores {
  raw: number;
  score: number;
}

export interface Ucla3Scores {
  total: number;
  lonely: number;
}

export interface ScoresOf {
  mspss: MspssScores;
  who5: Who5Scores;
  ucla3: Ucla3Scores;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const meanOfItems = (answers: readonly number[], items: readonly number[]) => sum(items.map((n) => answers[n - 1]!)) / items.length;

export function scoreMspss(answers: readonly number[]): MspssScores {
  return {
    total: sum(answers) / answers.length,
    significantOther: meanOfItems(answers, MSPSS_SUBSCALES.significantOther),
    family: meanOfItems(answers, MSPSS_SUBSCALES.family),
    friends: meanOfItems(answers, MSPSS_SUBSCALES.friends),
  };
}

export function scoreWho5(answers: readonly number[]): Who5Scores {
  const raw = sum(answers);
  return { raw, score: raw * 4 };
}

export function scoreUcla3(answers: readonly number[]): Ucla3Scores {
  return { total: sum(answers.slice(0, UCLA3_DIRECT_ITEM - 1)), lonely: answers[UCLA3_DIRECT_ITEM - 1]! };
}

const SCORERS: { [I in InstrumentId]: (answers: readonly number[]) => ScoresOf[I] } = { mspss: scoreMspss, who5: scoreWho5, ucla3: scoreUcla3 };

export function scoreCheckin<I extends InstrumentId>(instrument: I, answers: readonly number[]): ScoresOf[I] {
  return SCORERS[instrument](answers);
}
