// The writing prompts: the questions are among them, and the picker never repeats itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextPrompt, WRITING_PROMPTS } from '../../../shared/writing-prompts';

describe('WRITING_PROMPTS', () => {
  it('holds about forty different questions, the four from the issue among them', () => {
    expect(WRITING_PROMPTS.length).toBeGreaterThanOrEqual(38);
    expect(new Set(WRITING_PROMPTS).size).toBe(WRITING_PROMPTS.length);
    for (const p of WRITING_PROMPTS) expect(p).toMatch(/\?$/);
    for (const p of ['Who did you lean on today?', 'Did any help come with a price?', 'Who did you help?', 'Was there a moment you felt alone among people?'])
      expect(WRITING_PROMPTS).toContain(p);
  });
});

describe('nextPrompt', () => {
  it('steps over the previous prompt at the edges of the draw', () => {
    // 40 prompts: the draw is over the 39 others.
    expect(nextPrompt(0, () => 0)).toBe(1);
    expect(nextPrompt(5, () => 0)).toBe(0);
    expect(nextPrompt(5, () => 5 / 39)).toBe(6);
    expect(nextPrompt(5, () => 4.999 / 39)).toBe(4);
    expect(nextPrompt(39, () => 0.999999)).toBe(38);
    expect(nextPrompt(38, () => 0.999999)).toBe(39);
    expect(nextPrompt(null, () => 0.999999)).toBe(39);
    expect(nextPrompt(null, () => 0)).toBe(0);
  });

  it('never gives the same prompt twice in a row, and can give every other one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: WRITING_PROMPTS.length - 1 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (previous, r) => {
        const next = nextPrompt(previous, () => r);
        expect(next).not.toBe(previous);
        expect(next).toBeGreaterThanOrEqual(0);
        expect(next).toBeLessThan(WRITING_PROMPTS.length);
      }),
    );
    const reached = new Set(Array.from({ length: 39 }, (_, i) => nextPrompt(7, () => (i + 0.5) / 39)));
    expect(reached.size).toBe(39);
    expect(reached.has(7)).toBe(false);
  });
});
