// @vitest-environment happy-dom
// The report's words to hide and the preview's marks: the words go into hideWords only when typed,
// a bad word is named at the field, and the preview says how many words it replaced and marks them.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HearthBridge } from '../../shared/api';
import type { Entry } from '../../shared/domain';
import { REPORT_SECTIONS, reportOptionsSchema, type ReportOptions } from '../../shared/exchange';
import { ReportSection } from '../../renderer/src/export/ReportSection';
import { buildReportOptions } from '../../renderer/src/export/report-options';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ENTRY: Entry = {
  id: ID(1),
  occurredAt: '2026-02-03T12:30:00+01:00',
  mood: 4,
  support: 6,
  note: 'Will rang from Acme.',
  tags: [],
  interactions: [],
  createdAt: '2026-02-03T12:30:00+01:00',
  updatedAt: '2026-02-03T12:30:00+01:00',
};

function fakeHearth() {
  const hearth = {
    listEntries: vi.fn(async () => ({ entries: [ENTRY], total: 1 })),
    // What the service does, for this note: "Will" is a journal person, "Acme" a hidden word.
    reportPreview: vi.fn(async (o: ReportOptions) => {
      const hidden = o.hideWords?.includes('Acme') ?? false;
      return {
        html: `<p class="hr-note"><mark class="hr-replaced">W.</mark> rang from ${hidden ? '<mark class="hr-replaced">[hidden]</mark>' : 'Acme'}.</p>`,
        css: '',
        entries: 1,
        people: 0,
        replacements: hidden ? 2 : 1,
      };
    }),
    suggestPassphrase: vi.fn(async () => ({ passphrase: 'amber canyon lantern orchard velvet cobalt', bits: 77 })),
  };
  window.hearth = hearth as unknown as HearthBridge;
  return hearth;
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('words to hide in a report', () => {
  it('are sent as hideWords only when typed, each once', () => {
    const form = { from: '2026-02-01', to: '2026-02-28', sections: new Set(REPORT_SECTIONS), names: 'initials' as const, includeNotes: true, excluded: new Set<string>() };
    const none = buildReportOptions({ ...form, hide: ' , ' }, []);
    expect(none).toEqual({
      ok: true,
      options: { from: '2026-02-01', to: '2026-02-28', sections: [...REPORT_SECTIONS], names: 'initials', includeNotes: true, excludeEntryIds: [] },
    });
    const some = buildReportOptions({ ...form, hide: 'Baker Street, acme,ACME' }, []);
    expect(some).toMatchObject({ ok: true, options: { hideWords: ['Baker Street', 'acme'] } });
    expect(buildReportOptions({ ...form, hide: 'Acme, --' }, [])).toEqual({ ok: false, error: { message: 'A word needs at least one letter or digit', field: 'hideWords.1' } });
  });

  it('are typed in a labelled field shown with the notes, and the preview counts and marks the replacements', async () => {
    const user = userEvent.setup();
    const hearth = fakeHearth();
    render(<ReportSection today="2026-03-15" />);
    await screen.findByText('1 of 1 entry ticked.');
    expect(screen.queryByRole('textbox', { name: 'Words to hide in notes and tags' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Include notes and tags' }));
    const field = screen.getByRole('textbox', { name: 'Words to hide in notes and tags' });
    expect(screen.getByText(/“also known as” words, are replaced already/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Preview report' }));
    expect(await screen.findByText(/^1 word in notes and tags replaced, marked in the preview/)).toBeTruthy();

    await user.type(field, 'Acme');
    await waitFor(() => expect(hearth.reportPreview).toHaveBeenLastCalledWith(expect.objectContaining({ hideWords: ['Acme'] })));
    const sent = hearth.reportPreview.mock.lastCall![0];
    expect(reportOptionsSchema.parse(sent)).toEqual(sent);
    expect(await screen.findByText(/^2 words in notes and tags replaced/)).toBeTruthy();
    const frame = screen.getByRole('region', { name: 'Report preview' });
    await waitFor(() => expect(frame.shadowRoot?.querySelectorAll('mark.hr-replaced')).toHaveLength(2));

    await user.type(field, ', ...');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('A word needs at least one letter or digit')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Preview report' }).hasAttribute('disabled')).toBe(true);
  });
});
