// When a check-in is suggested, and when the WHO-5 calls for a gentle word, at their thresholds.
import { describe, expect, it } from 'vitest';
import { addDays, checkinConcern, checkinResult, concernWords, daysBetween, dueCheckins, tooSoonAfter, type CheckinResult } from '../../../shared/checkins';

const who5 = (date: string, answers: number[], id = date): CheckinResult => checkinResult(id, { instrument: 'who5', date, answers, createdAt: `${date}T10:00:00.000Z` });

describe('dates', () => {
  it('counts days across months, leap days and years', () => {
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(addDays('2026-12-20', 14)).toBe('2027-01-03');
  });
});

describe('dueCheckins', () => {
  it('suggests nothing that was never turned on, or was turned off', () => {
    expect(dueCheckins(undefined, [], '2026-11-20')).toEqual([]);
    expect(dueCheckins({ who5: { on: false } }, [], '2026-11-20')).toEqual([]);
  });

  it('suggests an instrument turned on and never answered', () => {
    expect(dueCheckins({ ucla3: { on: true }, mspss: { on: true } }, [], '2026-11-20')).toEqual(['mspss', 'ucla3']);
  });

  it('suggests the WHO-5 again on the 14th day after, not the 13th', () => {
    const results = [{ instrument: 'who5' as const, date: '2026-11-01' }];
    expect(dueCheckins({ who5: { on: true } }, results, '2026-11-14')).toEqual([]);
    expect(dueCheckins({ who5: { on: true } }, results, '2026-11-15')).toEqual(['who5']);
  });

  it('suggests the monthly ones 30 days after, from the newest answer', () => {
    const results = [
      { instrument: 'mspss' as const, date: '2026-09-01' },
      { instrument: 'mspss' as const, date: '2026-10-01' },
    ];
    expect(dueCheckins({ mspss: { on: true } }, results, '2026-10-30')).toEqual([]);
    expect(dueCheckins({ mspss: { on: true } }, results, '2026-10-31')).toEqual(['mspss']);
  });

  it('hides one put off until a later day, and shows it again on that day', () => {
    const settings = { who5: { on: true, laterUntil: '2026-11-21' } };
    expect(dueCheckins(settings, [], '2026-11-20')).toEqual([]);
    expect(dueCheckins(settings, [], '2026-11-21')).toEqual(['who5']);
  });
});

describe('tooSoonAfter', () => {
  it('keeps WHO-5 answers at least 14 days apart, either way, and other instruments free', () => {
    const results = [{ id: 'a', instrument: 'who5' as const, date: '2026-11-10' }];
    expect(tooSoonAfter('who5', '2026-11-23', results)).toBe('2026-11-10');
    expect(tooSoonAfter('who5', '2026-11-24', results)).toBeNull();
    expect(tooSoonAfter('who5', '2026-10-28', results)).toBe('2026-11-10');
    expect(tooSoonAfter('who5', '2026-10-27', results)).toBeNull();
    expect(tooSoonAfter('who5', '2026-11-10', results, 'a')).toBeNull();
    expect(tooSoonAfter('mspss', '2026-11-10', [{ id: 'b', instrument: 'mspss', date: '2026-11-10' }])).toBeNull();
  });
});

describe('checkinConcern', () => {
  it('is quiet with no WHO-5, and at 52, the lowest score not under 50 (scores move in steps of 4)', () => {
    expect(checkinConcern([])).toBeNull();
    // raw 3 + 3 + 3 + 2 + 2 = 13 → 52.
    expect(checkinConcern([who5('2026-11-01', [3, 3, 3, 2, 2])])).toBeNull();
  });

  it('flags a newest score under 50 with its date', () => {
    // raw 12 → 48.
    expect(checkinConcern([who5('2026-11-01', [3, 3, 2, 2, 2])])).toEqual({ date: '2026-11-01', score: 48, below: true, dropFrom: null });
  });

  it('flags a drop of 10 points or more from the answer before, not of 8', () => {
    // 80 (raw 20) then 68 (raw 17): a drop of 12.
    const drop = checkinConcern([who5('2026-11-15', [4, 4, 3, 3, 3]), who5('2026-11-01', [4, 4, 4, 4, 4])]);
    expect(drop).toEqual({ date: '2026-11-15', score: 68, below: false, dropFrom: { date: '2026-11-01', score: 80 } });
    expect(concernWords(drop!)).toContain('12 points below');
    expect(concernWords(drop!)).toContain('talk it over with a professional');
    // 80 then 72: a drop of 8 (raw scores move in steps of 4, so 8 is the largest drop under 10).
    expect(checkinConcern([who5('2026-11-01', [4, 4, 4, 4, 4]), who5('2026-11-15', [4, 4, 4, 3, 3])])).toBeNull();
  });

  it('looks only at the newest answer', () => {
    expect(checkinConcern([who5('2026-10-01', [1, 1, 1, 1, 1]), who5('2026-11-01', [3, 3, 3, 2, 2])])).toBeNull();
  });
});
