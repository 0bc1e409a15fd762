// How people are named in a report: full name, initials ("S. R."), or relationship with a letter.
import { describe, expect, it } from 'vitest';
import { displayNames, initials, letterLabel, type NamedPerson } from '../../../electron/report/names';

const p = (personId: string, name: string, interactions: number, relationship: NamedPerson['relationship'] = 'friend'): NamedPerson => ({ personId, name, relationship, interactions });

describe('initials', () => {
  it('takes the first letter of the first and the last word', () => {
    expect(initials('Sam Rivera')).toBe('S. R.');
    expect(initials('Ana de la Cruz')).toBe('A. C.');
    expect(initials('  sam   rivera  ')).toBe('S. R.');
    expect(initials('Sam')).toBe('S.');
    expect(initials('Élodie Ørsted')).toBe('É. Ø.');
    expect(initials('(Mum) Jones')).toBe('M. J.');
  });
});

describe('letterLabel', () => {
  it('counts like spreadsheet columns after Z', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(letterLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('displayNames', () => {
  const people = [p('1', 'Sam Rivera', 3), p('2', 'Sara Ruiz', 9), p('3', 'Ana', 1, 'family'), p('4', 'Sol Reyes', 5), p('5', 'Bo Li', 2, 'family')];

  it('full: the name as written', () => {
    const names = displayNames(people, 'full');
    expect(names.get('1')).toBe('Sam Rivera');
    expect(names.get('3')).toBe('Ana');
    expect(names.size).toBe(5);
  });

  it('initials: collisions are numbered in order of most interactions', () => {
    const names = displayNames(people, 'initials');
    expect(names.get('2')).toBe('S. R.'); // 9 interactions
    expect(names.get('4')).toBe('S. R. (2)'); // 5
    expect(names.get('1')).toBe('S. R. (3)'); // 3
    expect(names.get('3')).toBe('A.');
    expect(names.get('5')).toBe('B. L.');
  });

  it('full names that repeat are told apart too, and a real "(2)" never collides', () => {
    const names = displayNames([p('a', 'Sam', 1), p('b', 'Sam', 4), p('c', 'Sam (2)', 9)], 'full');
    expect(names.get('c')).toBe('Sam (2)');
    expect(names.get('b')).toBe('Sam');
    expect(names.get('a')).toBe('Sam (3)');
  });

  it('relationship: letters per relationship by most interactions, then name', () => {
    const names = displayNames([...people, p('6', 'Abe', 3)], 'relationship');
    expect(names.get('2')).toBe('friend A');
    expect(names.get('4')).toBe('friend B');
    expect(names.get('6')).toBe('friend C'); // 3 interactions, "Abe" before "Sam Rivera"
    expect(names.get('1')).toBe('friend D');
    expect(names.get('5')).toBe('family A');
    expect(names.get('3')).toBe('family B');
  });

  it('relationship: people with none recorded are "someone", lettered apart, never given a relationship', () => {
    const names = displayNames([p('x', 'Kim', 4, null), p('y', 'Lee', 6, null), p('z', 'Max', 5)], 'relationship');
    expect(names.get('y')).toBe('someone A');
    expect(names.get('x')).toBe('someone B');
    expect(names.get('z')).toBe('friend A');
  });

  it('relationship: after Z comes AA', () => {
    const many = Array.from({ length: 28 }, (_, i) => p(`id${i}`, `Person ${String(i).padStart(2, '0')}`, 100 - i, 'colleague'));
    const names = displayNames(many, 'relationship');
    expect(names.get('id0')).toBe('colleague A');
    expect(names.get('id25')).toBe('colleague Z');
    expect(names.get('id26')).toBe('colleague AA');
    expect(names.get('id27')).toBe('colleague AB');
  });

  it('does not depend on the order it is given', () => {
    for (const style of ['full', 'initials', 'relationship'] as const) {
      expect([...displayNames([...people].reverse(), style)].sort()).toEqual([...displayNames(people, style)].sort());
    }
  });
});
