// Sharing an entry's repeated strings changes no value and adds no key: a field not recorded stays absent.
import { describe, expect, it } from 'vitest';
import { SharedStrings } from '../../../electron/service/shared-strings';
import type { StoredEntry } from '../../../electron/service/stored-records';

const entry = (): StoredEntry => ({
  occurredAt: '2026-03-01T10:00:00+01:00',
  mood: 4,
  note: 'Walk with Sam',
  tags: ['walk', 'outside'],
  interactions: [
    { personId: '6f1c1f36-6a52-4b8e-9f3b-0d7f3b1a2c4e', kinds: ['companionship', 'emotional'], direction: 'both', channel: 'in-person', felt: 2 },
    { personId: '0b5e2a71-1f0c-4c7e-8d2a-5a8f6c9e1b3d', kinds: [] },
  ],
  createdAt: '2026-03-01T09:10:00.000Z',
  updatedAt: '2026-03-01T09:10:00.000Z',
});

describe('shared strings', () => {
  it('leave every value of the entries as it was, and add no key that was absent', () => {
    const strings = new SharedStrings();
    for (let n = 0; n < 3; n++) {
      const data = entry();
      strings.share(data);
      expect(data).toEqual(entry());
      expect(Object.keys(data.interactions[1]!).sort()).toEqual(['kinds', 'personId']);
    }
    const edited = { ...entry(), updatedAt: '2026-03-02T08:00:00.000Z' };
    strings.share(edited);
    expect([edited.createdAt, edited.updatedAt]).toEqual(['2026-03-01T09:10:00.000Z', '2026-03-02T08:00:00.000Z']);
  });
});
