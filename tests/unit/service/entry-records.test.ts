// What is stored for an entry owns its arrays: the index swaps shared strings into them in place,
// so a caller's array (or a listed entry's frozen one, given back in an edit) must never be kept.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type SupportKind } from '../../../shared/domain';
import { JournalIndex } from '../../../electron/service/journal-index';
import { resolveInteractions, storedEntry } from '../../../electron/service/entry-records';

const AT = '2026-03-01T10:00:00+01:00';

describe('stored entries', () => {
  it("copy the caller's kinds and tags, frozen or not", () => {
    const index = new JournalIndex(DEFAULT_SETTINGS);
    const kinds = Object.freeze<SupportKind[]>(['emotional', 'practical']);
    const tags = Object.freeze(['walk']);
    const input = { note: 'n', tags: tags as string[], interactions: [{ person: 'Ana', kinds: kinds as SupportKind[] }] };
    const { interactions, newPeople } = resolveInteractions(index, input.interactions, AT);
    const data = storedEntry(input, interactions, AT, AT, AT);
    expect(data.interactions[0]!.kinds).not.toBe(kinds);
    expect(data.tags).not.toBe(tags);
    newPeople.forEach((p) => index.putPerson(p));
    index.putEntry('e1', data);
    expect(index.list(undefined).entries[0]).toMatchObject({ tags: ['walk'], interactions: [{ person: 'Ana', kinds: ['emotional', 'practical'] }] });
  });
});
