// The three instruments scored against examples worked out by hand, at the ends of each scale and
// between; then properties: any valid answers score within the published ranges, any invalid
// answers are refused with the item named.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answersProblem,
  checkinInputSchema,
  INSTRUMENT_IDS,
  INSTRUMENTS,
  scoreCheckin,
  scoreMspss,
  scoreUcla3,
  scoreWho5,
  type InstrumentId,
} from '../../../shared/checkins';

describe('MSPSS', () => {
  it('scores all 1s and all 7s at the ends of its 1–7 range', () => {
    expect(scoreMspss(Array(12).fill(1))).toEqual({ total: 1, significantOther: 1, family: 1, friends: 1 });
    expect(scoreMspss(Array(12).fill(7))).toEqual({ total: 7, significantOther: 7, family: 7, friends: 7 });
  });

  it('puts items 1, 2, 5, 10 / 3, 4, 8, 11 / 6, 7, 9, 12 into their subscales', () => {
    //             1  2  3  4  5  6  7  8  9 10 11 12
    const answers = [7, 6, 1, 2, 5, 3, 4, 1, 3, 6, 2, 2];
    // Significant other: 7 + 6 + 5 + 6 = 24 / 4 = 6. Family: 1 + 2 + 1 + 2 = 6 / 4 = 1.5.
    // Friends: 3 + 4 + 3 + 2 = 12 / 4 = 3. Total: 42 / 12 = 3.5.
    expect(scoreMspss(answers)).toEqual({ total: 3.5, significantOther: 6, family: 1.5, friends: 3 });
  });
});

describe('WHO-5', () => {
  it('scores 0–25 raw and 0–100 at the ends', () => {
    expect(scoreWho5([0, 0, 0, 0, 0])).toEqual({ raw: 0, score: 0 });
    expect(scoreWho5([5, 5, 5, 5, 5])).toEqual({ raw: 25, score: 100 });
  });

  it('multiplies the raw sum by 4', () => {
    // 3 + 2 + 4 + 1 + 2 = 12; 12 × 4 = 48.
    expect(scoreWho5([3, 2, 4, 1, 2])).toEqual({ raw: 12, score: 48 });
  });
});

describe('three-item loneliness scale', () => {
  it('totals the three items 3–9 and keeps the direct question apart', () => {
    expect(scoreUcla3([1, 1, 1, 5])).toEqual({ total: 3, lonely: 5 });
    expect(scoreUcla3([3, 3, 3, 1])).toEqual({ total: 9, lonely: 1 });
    expect(scoreUcla3([2, 3, 1, 3])).toEqual({ total: 6, lonely: 3 });
  });
});

describe('the published wording', () => {
  it('has the items, options and citations each instrument was published with', () => {
    expect(INSTRUMENTS.mspss.items).toHaveLength(12);
    expect(INSTRUMENTS.mspss.items[9]!.text).toBe('There is a special person in my life who cares about my feelings.');
    expect(INSTRUMENTS.mspss.items[0]!.options.map((o) => o.label)).toEqual([
      'Very strongly disagree',
      'Strongly disagree',
      'Mildly disagree',
      'Neutral',
      'Mildly agree',
      'Strongly agree',
      'Very strongly agree',
    ]);
    expect(INSTRUMENTS.who5.items.map((i) => i.text)).toEqual([
      'I have felt cheerful and in good spirits',
      'I have felt calm and relaxed',
      'I have felt active and vigorous',
      'I woke up feeling fresh and rested',
      'My daily life has been filled with things that interest me',
    ]);
    expect(INSTRUMENTS.who5.items[0]!.options.find((o) => o.value === 5)!.label).toBe('All of the time');
    expect(INSTRUMENTS.ucla3.items[0]!.options.map((o) => o.label)).toEqual(['Hardly ever', 'Some of the time', 'Often']);
    expect(INSTRUMENTS.ucla3.items[3]!.text).toBe('How often do you feel lonely?');
    expect(INSTRUMENTS.ucla3.items[3]!.options.map((o) => o.label)).toEqual(['Never', 'Hardly ever', 'Occasionally', 'Some of the time', 'Often']);
    expect(INSTRUMENTS.mspss.citation[0]).toContain('Zimet, G. D., Dahlem, N. W., Zimet, S. G., & Farley, G. K. (1988)');
    expect(INSTRUMENTS.who5.citation.join(' ')).toContain('Topp, C. W.');
    expect(INSTRUMENTS.ucla3.citation[0]).toContain('Hughes, M. E., Waite, L. J., Hawkley, L. C., & Cacioppo, J. T. (2004)');
  });
});

/** Any answers the instrument accepts: one of each item's own values. */
const validAnswers = (id: InstrumentId) => fc.tuple(...INSTRUMENTS[id].items.map((item) => fc.constantFrom(...item.options.map((o) => o.value))));

describe('properties', () => {
  it('scores any valid answers within each score’s published range', () => {
    for (const id of INSTRUMENT_IDS) {
      fc.assert(
        fc.property(validAnswers(id), (answers) => {
          expect(answersProblem(id, answers)).toBeNull();
          expect(checkinInputSchema.safeParse({ instrument: id, date: '2026-11-20', answers }).success).toBe(true);
          const scores = scoreCheckin(id, answers) as unknown as Record<string, number>;
          for (const spec of INSTRUMENTS[id].scores) {
            expect(scores[spec.key]).toBeGreaterThanOrEqual(spec.min);
            expect(scores[spec.key]).toBeLessThanOrEqual(spec.max);
          }
        }),
      );
    }
  });

  it('refuses any answer outside its item’s values and names that item', () => {
    for (const id of INSTRUMENT_IDS) {
      const items = INSTRUMENTS[id].items;
      const bad = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: false }));
      fc.assert(
        fc.property(validAnswers(id), fc.nat({ max: items.length - 1 }), bad, (answers, at, value) => {
          fc.pre(!items[at]!.options.some((o) => o.value === value));
          const given = [...answers];
          given[at] = value;
          // Earlier items are valid, so the first problem is this one.
          const problem = answersProblem(id, given);
          expect(problem?.item).toBe(at + 1);
          expect(problem?.message).toContain(`Item ${at + 1} `);
          const parsed = checkinInputSchema.safeParse({ instrument: id, date: '2026-11-20', answers: given });
          expect(parsed.success).toBe(false);
          expect(parsed.error?.issues[0]?.path).toEqual(['answers', at]);
        }),
      );
    }
  });

  it('refuses any other number of answers and says how many it takes', () => {
    for (const id of INSTRUMENT_IDS) {
      const count = INSTRUMENTS[id].items.length;
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 20 }), (answers) => {
          fc.pre(answers.length !== count);
          const problem = answersProblem(id, answers);
          expect(problem?.item).toBeNull();
          expect(problem?.message).toContain(`takes ${count} answers`);
        }),
      );
    }
  });
});
