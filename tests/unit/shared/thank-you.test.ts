import { describe, expect, it } from 'vitest';
import { thankYouDraft } from '../../../shared/thank-you';

const day = (iso: string) => `day ${iso.slice(0, 10)}`;

describe('thankYouDraft', () => {
  it('names what they did and when, with the note only where one was written', () => {
    const text = thankYouDraft(
      'Sam Baker',
      [
        { occurredAt: '2026-03-02T18:00:00+01:00', kinds: ['companionship', 'informational', 'practical'], note: '' },
        { occurredAt: '2026-02-10T09:00:00+01:00', kinds: ['emotional'], note: '  Sat with me at the hospital.  ' },
      ],
      day,
    );
    expect(text).toBe(
      'Hi Sam,\n\n' +
        'Thank you for your company, your advice and your help on day 2026-03-02.\n' +
        'Thank you for being there for me on day 2026-02-10.\n(Sat with me at the hospital.)\n\n' +
        'It meant a lot to me.',
    );
  });

  it('says something plain when no kind or no moment was recorded', () => {
    expect(thankYouDraft('Alex', [{ occurredAt: '2026-03-02T18:00:00Z', kinds: [], note: '' }], day)).toBe(
      'Hi Alex,\n\nThank you for what you did on day 2026-03-02.\n\nIt meant a lot to me.',
    );
    expect(thankYouDraft('Alex', [], day)).toBe('Hi Alex,\n\nThank you for being there for me.\n\nIt meant a lot to me.');
  });
});
