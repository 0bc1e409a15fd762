// shared/format.ts against values worked out by hand, and properties over any number or text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateParts, excerpt, fixed, MINUS, MONTHS, MONTHS_LONG, plainDate, plainDay, plural, signed, usedOf } from '../../../shared/format';

describe('fixed and signed', () => {
  it('write the figures the screens, the CLI and the reports print', () => {
    expect(fixed(3)).toBe('3.0');
    expect(fixed(4.67)).toBe('4.7');
    expect(fixed(-0.04)).toBe('0.0');
    expect(fixed(-0.004, 2)).toBe('0.00');
    expect(fixed(-0.006, 2, MINUS)).toBe('−0.01');
    expect(fixed(-2.91, 1, MINUS)).toBe('−2.9');
    expect(signed(1.24)).toBe('+1.2');
    expect(signed(6 / 5)).toBe('+1.2');
    expect(signed(0.04)).toBe('0.0');
    expect(signed(-0.04)).toBe('0.0');
    expect(signed(0)).toBe('0.0');
    expect(signed(-0.75)).toBe('-0.8');
    expect(signed(-0.75, 1, MINUS)).toBe('−0.8');
    expect(signed(-1.77, 1, MINUS)).toBe('−1.8');
    expect(signed(2, 0)).toBe('+2');
    expect(signed(-1, 0)).toBe('-1');
    expect(signed(0, 0)).toBe('0');
    expect(signed(0.004, 2)).toBe('0.00');
  });

  it('parse back to the number rounded, with a sign only when the rounded value has one', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 3 }), fc.constantFrom<'-' | typeof MINUS>('-', MINUS), (n, digits, minus) => {
        const rounded = Number(n.toFixed(digits));
        for (const text of [fixed(n, digits, minus), signed(n, digits, minus)]) {
          expect(Number(text.replace(MINUS, '-'))).toBe(rounded === 0 ? 0 : rounded);
          expect(text.startsWith(minus) || text.startsWith('+') ? text.slice(1) : text).toBe(Math.abs(n).toFixed(digits));
          expect(text.startsWith(minus)).toBe(rounded < 0);
          expect(text.includes(minus === '-' ? MINUS : '-')).toBe(false);
        }
        expect(signed(n, digits, minus).startsWith('+')).toBe(rounded > 0);
        expect(fixed(n, digits, minus).startsWith('+')).toBe(false);
      }),
    );
  });
});

describe('plural', () => {
  it('counts one and many, with irregular words', () => {
    expect(plural(1, 'day')).toBe('1 day');
    expect(plural(0, 'day')).toBe('0 days');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(12, 'person', 'people')).toBe('12 people');
  });
});

describe('excerpt', () => {
  it('puts a note on one line and cuts it at a character, never inside one', () => {
    expect(excerpt('  Walk with\n\nSam  ', 40)).toBe('Walk with Sam');
    expect(excerpt('abcdefghij klmnop', 11)).toBe('abcdefghij…');
    expect(excerpt('abcdefghijk', 11)).toBe('abcdefghijk');
    expect(excerpt('😀😀😀😀', 2)).toBe('😀😀…');
  });

  it('is the flattened text, or its start followed by an ellipsis', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (text, max) => {
        const flat = text.replace(/\s+/g, ' ').trim();
        const out = excerpt(text, max);
        if ([...flat].length <= max) {
          expect(out).toBe(flat);
        } else {
          expect(out.endsWith('…')).toBe(true);
          expect(flat.startsWith(out.slice(0, -1))).toBe(true);
          expect([...out].length).toBeLessThanOrEqual(max + 1);
        }
      }),
    );
  });
});

describe('plain dates', () => {
  it('write a calendar date the same way in every locale, with its weekday', () => {
    expect(plainDate('2026-11-25')).toBe('25 Nov 2026');
    expect(plainDay('2026-11-25')).toBe('Wed 25 Nov 2026');
    expect(plainDay('2024-02-29')).toBe('Thu 29 Feb 2024');
    expect(plainDay('2000-01-01')).toBe('Sat 1 Jan 2000');
    expect(dateParts('2026-03-09')).toEqual({ year: 2026, month: 3, day: 9 });
    expect(MONTHS).toHaveLength(12);
    expect(MONTHS_LONG.map((m) => m.slice(0, 3))).toEqual([...MONTHS]);
  });
});

describe('usedOf', () => {
  it('says how many items a mean used only when it left some out', () => {
    expect(usedOf(3, 5)).toBe(' (3 of 5)');
    expect(usedOf(5, 5)).toBe('');
    expect(usedOf(0, 2)).toBe(' (0 of 2)');
  });
});
