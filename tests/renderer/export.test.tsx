// @vitest-environment happy-dom
// The Export screen against a fake window.hearth: report options, preview, passphrases, backups,
// restore, automatic backups, portable data and imports, and keyboard use.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HearthBridge, HearthEvent } from '../../shared/api';
import { DEFAULT_SETTINGS, type AutoBackup, type Entry, type Settings } from '../../shared/domain';
import { HearthError } from '../../shared/errors';
import { DEFAULT_REPORT_SECTIONS, REPORT_SECTIONS, reportOptionsSchema, type ImportSummary, type ReportFormat, type ReportOptions } from '../../shared/exchange';
import { NavigationProvider } from '../../renderer/src/app/navigation';
import { ExportScreen } from '../../renderer/src/export/ExportScreen';
import { FILE_TOO_WEAK_MESSAGE } from '../../renderer/src/export/file-passphrase';
import { buildMoodMap } from '../../renderer/src/export/mood-map';
import { buildReportOptions, lastFullMonth } from '../../renderer/src/export/report-options';

const TODAY = '2026-03-15';
const GENERATED = 'amber canyon lantern orchard velvet cobalt';
/** The generated passphrases after the first, in order: for a PDF short ones, else six words. */
const LATER = { html: ['birch-cider-lemon-otter-plaza-quartz', 'cloud-dwarf-ember-flint-grove-hazel'], pdf: ['cedar4panda9drift2crane7lunar', 'denim8deuce6tying9each3jet', 'smog4oil3rope7qualm0dry'] };
const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function entry(n: number, occurredAt: string, note: string, people: string[] = []): Entry {
  return {
    id: ID(n),
    occurredAt,
    mood: n + 3,
    support: 6,
    note,
    tags: [],
    interactions: people.map((person, i) => ({
      personId: ID(100 + i),
      person,
      relationship: 'friend',
      kinds: ['emotional'],
      direction: 'received',
      felt: 1,
      cost: 0,
      channel: 'in-person',
      askedForHelp: false,
    })),
    createdAt: occurredAt,
    updatedAt: occurredAt,
  };
}

// February 2026 is the last full month before TODAY; the March entry is outside the default range.
const ENTRIES = [
  entry(1, '2026-02-03T12:30:00+01:00', 'Long call with mum about the move.', ['Mum']),
  entry(2, '2026-02-10T08:00:00+01:00', 'Slow morning, nobody around.'),
  entry(3, '2026-02-21T21:10:00+01:00', 'Dinner with Ana by the river.', ['Ana', 'Mum']),
  entry(4, '2026-03-02T09:00:00+01:00', 'March already.'),
];

const SUMMARY: ImportSummary = {
  importId: ID(900),
  format: 'daylio-csv',
  fileName: 'daylio_export.csv',
  entries: 6,
  newEntries: 5,
  duplicates: 1,
  updated: 0,
  newPeople: 0,
  from: '2024-03-01',
  to: '2024-03-09',
  moodLabels: [
    { label: 'rad', count: 2, suggested: 10 },
    { label: 'good', count: 2, suggested: 8 },
    { label: 'tired', count: 2, suggested: null },
  ],
  journalEmpty: false,
  repeatedInFile: 0,
};

const BACKUP_SUMMARY: ImportSummary = {
  ...SUMMARY,
  importId: ID(901),
  format: 'backup',
  fileName: 'hearth-backup-2026-03-15.hearthbackup',
  entries: 4,
  newEntries: 1,
  duplicates: 3,
  updated: 1,
  newPeople: 2,
  moodLabels: [],
};

const AUTO: AutoBackup = { folder: '/home/me/Backups/Hearth', keep: 10, trigger: 'lock-and-daily', lastBackupAt: '2026-03-14T20:00:00.000Z', lastError: null };

function fakeHearth(settings: Settings = { ...DEFAULT_SETTINGS }) {
  const listeners = new Set<(e: HearthEvent) => void>();
  let state = settings;
  let made = 0;
  const later = { html: 0, pdf: 0 };
  const hearth = {
    listEntries: vi.fn(async (q?: { from?: string; to?: string }) => {
      const list = ENTRIES.filter((e) => (!q?.from || e.occurredAt.slice(0, 10) >= q.from) && (!q?.to || e.occurredAt.slice(0, 10) <= q.to)).reverse();
      return { entries: list, total: list.length };
    }),
    reportPreview: vi.fn(async (o: ReportOptions) => ({
      html: `<h1>Report</h1><p>Names: ${o.names}</p>`,
      css: 'h1 { color: rgb(1, 2, 3); }',
      entries: 3 - o.excludeEntryIds.length,
      people: 2,
    })),
    suggestPassphrase: vi.fn(async (a?: { format: ReportFormat }) => {
      made += 1;
      const format = a?.format ?? 'html';
      return made === 1 ? { passphrase: GENERATED, bits: 77 } : { passphrase: LATER[format][later[format]++]!, bits: format === 'pdf' ? 65.9 : 77.5 };
    }),
    exportReport: vi.fn(async () => ({ saved: true as const, fileName: 'hearth-report-2026-02.html' })),
    exportBackup: vi.fn(async () => ({ saved: true as const, fileName: 'hearth-backup-2026-03-15.hearthbackup' })),
    exportData: vi.fn(async () => ({ saved: true as const, fileName: 'hearth-data.json' })),
    openImport: vi.fn(async ({ format }: { format: string }) => ({ opened: true as const, summary: format === 'backup' ? BACKUP_SUMMARY : SUMMARY })),
    commitImport: vi.fn(async () => ({ added: 5, updated: 0, skipped: 1 })),
    cancelImport: vi.fn(async () => undefined),
    getSettings: vi.fn(async () => state),
    enableAutoBackup: vi.fn(async ({ keep, trigger }: { keep: number; trigger: AutoBackup['trigger'] }) => {
      state = { ...state, autoBackup: { ...AUTO, keep, trigger } };
      return state;
    }),
    updateAutoBackup: vi.fn(async (patch: Partial<AutoBackup>) => {
      state = { ...state, autoBackup: { ...state.autoBackup!, ...patch } };
      return state;
    }),
    disableAutoBackup: vi.fn(async () => {
      state = { ...state, autoBackup: null };
      return state;
    }),
    backupNow: vi.fn(async () => state),
    onEvent: vi.fn((listener: (e: HearthEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
  };
  window.hearth = hearth as unknown as HearthBridge;
  return hearth;
}

function renderExport(settings?: Settings) {
  const hearth = fakeHearth(settings);
  render(
    <NavigationProvider confirm={() => true}>
      <ExportScreen today={TODAY} />
    </NavigationProvider>,
  );
  return hearth;
}

const part = (name: string) => screen.getByRole('region', { name });
const report = () => part('Therapy report');

/** The report form once the range's entries are listed and the passphrase is made. */
async function reportReady() {
  await within(report()).findByText('3 of 3 entries ticked.');
  await waitFor(() => expect((within(report()).getByLabelText('Passphrase for this report') as HTMLInputElement).value).toBe(GENERATED));
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('report options', () => {
  it('defaults to the last full calendar month', () => {
    expect(lastFullMonth('2026-03-15')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(lastFullMonth('2026-01-01')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(lastFullMonth('2024-03-31')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('names only unticked entries of the range, and says what is wrong as a sentence', () => {
    const form = { from: '2026-02-01', to: '2026-02-28', sections: new Set(REPORT_SECTIONS), names: 'initials' as const, includeNotes: false };
    const built = buildReportOptions({ ...form, excluded: new Set([ID(2), ID(99)]) }, ENTRIES.slice(0, 3));
    expect(built).toEqual({ ok: true, options: { ...form, sections: [...REPORT_SECTIONS], excludeEntryIds: [ID(2)] } });
    expect(buildReportOptions({ ...form, sections: new Set(), excluded: new Set() }, [])).toEqual({
      ok: false,
      error: { message: 'Choose at least one section', field: 'sections' },
    });
    expect(buildReportOptions({ ...form, from: '2026-03-01', excluded: new Set() }, [])).toMatchObject({ ok: false, error: { field: 'to' } });
  });

  it('maps every mood label to a whole number from 0 to 10', () => {
    expect(buildMoodMap(SUMMARY.moodLabels, ['10', '8', '3'])).toEqual({ ok: true, moodMap: { rad: 10, good: 8, tired: 3 } });
    expect(buildMoodMap(SUMMARY.moodLabels, ['10', '8', ''])).toEqual({ ok: false, error: { message: 'Choose a mood from 0 to 10 for "tired".', field: 'moodMap.2' } });
    expect(buildMoodMap(SUMMARY.moodLabels, ['10', '8', '11'])).toMatchObject({ ok: false });
    expect(buildMoodMap(SUMMARY.moodLabels, ['10', '8.5', '3'])).toMatchObject({ ok: false });
  });
});

describe('the therapy report', () => {
  it('previews the default options, which the shared schema accepts, in a shadow root', async () => {
    const user = userEvent.setup();
    const hearth = renderExport();
    await reportReady();
    for (const box of within(report()).getAllByRole('checkbox', { name: /^(Overview figures|Chosen entries|Support under stress)$/ })) {
      expect((box as HTMLInputElement).checked).toBe(true);
    }
    expect((within(report()).getByRole('radio', { name: 'Initials' }) as HTMLInputElement).checked).toBe(true);
    expect((within(report()).getByRole('checkbox', { name: 'Include notes and tags' }) as HTMLInputElement).checked).toBe(false);

    await user.click(within(report()).getByRole('button', { name: 'Preview report' }));
    await waitFor(() => expect(hearth.reportPreview).toHaveBeenCalledTimes(1));
    const sent = hearth.reportPreview.mock.calls[0]![0];
    expect(reportOptionsSchema.parse(sent)).toEqual(sent);
    expect(sent).toEqual({ from: '2026-02-01', to: '2026-02-28', sections: [...DEFAULT_REPORT_SECTIONS], excludeEntryIds: [], includeNotes: false, names: 'initials' });
    expect(hearth.listEntries).toHaveBeenCalledWith({ from: '2026-02-01', to: '2026-02-28' });

    expect(await within(report()).findByText('3 entries, 2 people')).toBeTruthy();
    const frame = within(report()).getByRole('region', { name: 'Report preview' });
    expect(frame.shadowRoot?.innerHTML).toContain('Names: initials');
    expect(frame.shadowRoot?.adoptedStyleSheets).toHaveLength(1);
    // The report's markup is not part of the app's document.
    expect(screen.queryByText('Names: initials')).toBeNull();

    // Once shown, the preview follows the options.
    await user.click(within(report()).getByRole('radio', { name: 'Relationship only' }));
    await waitFor(() => expect(frame.shadowRoot?.innerHTML).toContain('Names: relationship'));
    expect(hearth.reportPreview).toHaveBeenLastCalledWith(expect.objectContaining({ names: 'relationship' }));
  });

  it('lists the range newest first and puts unticked entries in excludeEntryIds', async () => {
    const user = userEvent.setup();
    const hearth = renderExport();
    await reportReady();
    const list = within(report()).getByRole('group', { name: 'Entries in the report' });
    const boxes = within(list).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('label')!.textContent)).toEqual([
      'Sat, 21 Feb 2026, 21:10Mood 6With Ana, MumDinner with Ana by the river.',
      'Tue, 10 Feb 2026, 08:00Mood 5Slow morning, nobody around.',
      'Tue, 3 Feb 2026, 12:30Mood 4With MumLong call with mum about the move.',
    ]);

    await user.click(within(list).getByRole('checkbox', { name: /Slow morning/ }));
    expect(within(list).getByText('2 of 3 entries ticked.')).toBeTruthy();
    await user.click(within(report()).getByRole('button', { name: 'Preview report' }));
    await waitFor(() => expect(hearth.reportPreview).toHaveBeenLastCalledWith(expect.objectContaining({ excludeEntryIds: [ID(2)] })));

    await user.click(within(list).getByRole('button', { name: 'Untick all' }));
    await waitFor(() => expect(hearth.reportPreview).toHaveBeenLastCalledWith(expect.objectContaining({ excludeEntryIds: [ID(3), ID(2), ID(1)] })));
    await user.click(within(list).getByRole('button', { name: 'Tick all' }));
    await waitFor(() => expect(hearth.reportPreview).toHaveBeenLastCalledWith(expect.objectContaining({ excludeEntryIds: [] })));
  });

  it('says what is wrong with the options next to them, and sends nothing', async () => {
    const user = userEvent.setup();
    const hearth = renderExport();
    await reportReady();
    for (const s of ['Overview figures', 'Mood and felt supported over time', 'Support and mood together', 'Kinds of support', 'People: felt, cost and give-and-take', 'Support under stress', 'Help and feeling supported: asking, giving, who you turn to', 'Chosen entries']) {
      await user.click(within(report()).getByRole('checkbox', { name: s }));
    }
    expect(within(report()).getByRole('group', { name: 'Sections' }).textContent).toContain('Choose at least one section');
    expect((within(report()).getByRole('button', { name: 'Preview report' }) as HTMLButtonElement).disabled).toBe(true);
    expect((within(report()).getByRole('button', { name: 'Save report…' }) as HTMLButtonElement).disabled).toBe(true);
    expect(hearth.reportPreview).not.toHaveBeenCalled();
  });

  it('saves with the generated passphrase, a short one for a PDF, and gives the next report a new one', async () => {
    const user = userEvent.setup();
    const hearth = renderExport();
    await reportReady();
    expect(hearth.suggestPassphrase).toHaveBeenLastCalledWith({ format: 'html' });
    expect(within(report()).getByText('Give this passphrase to your therapist separately, not in the same email as the file.')).toBeTruthy();
    const field = () => (within(report()).getByLabelText('Passphrase for this report') as HTMLInputElement).value;
    const statuses = () => within(report()).getAllByRole('status').map((s) => s.textContent);

    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(report()).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(GENERATED);
    expect(within(report()).getByText('Copied.')).toBeTruthy();

    // PDF readers take at most 32 bytes: a PDF gets its own, shorter passphrase, and "Copied." no longer applies.
    await user.click(within(report()).getByRole('radio', { name: 'PDF (opens in any PDF reader)' }));
    await waitFor(() => expect(field()).toBe(LATER.pdf[0]));
    expect(hearth.suggestPassphrase).toHaveBeenLastCalledWith({ format: 'pdf' });
    expect(within(report()).queryByText('Copied.')).toBeNull();

    await user.click(within(report()).getByRole('button', { name: 'Save report…' }));
    await waitFor(() => expect(hearth.exportReport).toHaveBeenCalledTimes(1));
    expect(hearth.exportReport).toHaveBeenCalledWith({
      options: { from: '2026-02-01', to: '2026-02-28', sections: [...DEFAULT_REPORT_SECTIONS], excludeEntryIds: [], includeNotes: false, names: 'initials' },
      format: 'pdf',
      passphrase: LATER.pdf[0],
    });
    // The saved file keeps its passphrase in view; the field holds a new one for the next report.
    await waitFor(() => expect(field()).toBe(LATER.pdf[1]));
    expect(statuses()).toContain(
      `Saved hearth-report-2026-02.html. It opens with the passphrase ${LATER.pdf[0]}. The passphrase above is a new one, for the next report.`,
    );
    await user.click(within(report()).getByRole('button', { name: 'Copy the passphrase of hearth-report-2026-02.html' }));
    expect(writeText).toHaveBeenLastCalledWith(LATER.pdf[0]);
    expect(hearth.suggestPassphrase).toHaveBeenCalledTimes(3);

    // The second report uses the new passphrase. A cancelled save dialog says nothing and keeps it.
    hearth.exportReport.mockResolvedValueOnce({ saved: false } as never);
    await user.click(within(report()).getByRole('button', { name: 'Save report…' }));
    await waitFor(() => expect(hearth.exportReport).toHaveBeenCalledTimes(2));
    expect(hearth.exportReport).toHaveBeenLastCalledWith(expect.objectContaining({ format: 'pdf', passphrase: LATER.pdf[1] }));
    await waitFor(() => expect(within(report()).queryByText(/^Saved /)).toBeNull());
    expect(within(report()).queryAllByRole('alert').filter((a) => a.textContent !== '')).toEqual([]);
    expect(field()).toBe(LATER.pdf[1]);
    expect(hearth.suggestPassphrase).toHaveBeenCalledTimes(3);

    await user.click(within(report()).getByRole('button', { name: 'New passphrase' }));
    await waitFor(() => expect(field()).toBe(LATER.pdf[2]));
    expect(hearth.suggestPassphrase).toHaveBeenCalledTimes(4);
  });

  it('refuses an own PDF passphrase over 32 bytes before saving, with the reason, and says the limit up front', async () => {
    const user = userEvent.setup();
    const hearth = renderExport();
    await reportReady();
    await user.click(within(report()).getByRole('radio', { name: 'PDF (opens in any PDF reader)' }));
    await user.click(within(report()).getByRole('checkbox', { name: 'Use my own passphrase instead' }));
    expect(within(report()).getByText(/^For a PDF, at most 32 bytes: PDF readers such as Evince and Okular accept no more\./)).toBeTruthy();
    const own = within(report()).getByLabelText('Your passphrase for this report');
    const repeat = within(report()).getByLabelText('Repeat your passphrase');
    // 33 characters: strong, but one byte more than a PDF reader takes.
    const long = 'lantern orchard velvet cobalt fig';
    await user.type(own, long);
    await user.type(repeat, long);
    await user.click(within(report()).getByRole('button', { name: 'Save report…' }));
    expect(
      await within(report()).findByText(
        'PDF readers such as Evince, Okular and pdftotext accept at most 32 bytes of a passphrase, and this one is 33 ' +
          '(a letter with an accent counts as two): the PDF would not open there. Use the generated passphrase, a shorter one of your own, or the HTML format.',
      ),
    ).toBeTruthy();
    expect(own.getAttribute('aria-invalid')).toBe('true');
    expect(hearth.exportReport).not.toHaveBeenCalled();

    // The same passphrase is fine for HTML, which has no such limit.
    await user.click(within(report()).getByRole('radio', { name: /^HTML/ }));
    expect(within(report()).queryByText(/^For a PDF, at most 32 bytes/)).toBeNull();
    await user.click(within(report()).getByRole('button', { name: 'Save report…' }));
    await waitFor(() => expect(hearth.exportReport).toHaveBeenCalledWith(expect.objectContaining({ format: 'html', passphrase: long })));
    expect(await within(report()).findByText('Saved hearth-report-2026-02.html. It opens with your passphrase.')).toBeTruthy();
  });

  it('refuses an own passphrase that is short or weak, with the sentence, and takes a strong one', async () => {
    const user = userEvent.setup();
    const hearth = renderExport();
    await reportReady();
    await user.click(within(report()).getByRole('checkbox', { name: 'Use my own passphrase instead' }));
    expect(within(report()).queryByLabelText('Passphrase for this report')).toBeNull();
    const own = within(report()).getByLabelText('Your passphrase for this report');
    const repeat = within(report()).getByLabelText('Repeat your passphrase');
    const save = within(report()).getByRole('button', { name: 'Save report…' });

    await user.type(own, 'short one');
    await user.type(repeat, 'short one');
    await user.click(save);
    expect(await within(report()).findByText('A passphrase for a file needs at least 12 characters.')).toBeTruthy();
    expect(own.getAttribute('aria-invalid')).toBe('true');

    await user.clear(own);
    await user.clear(repeat);
    await user.type(own, 'password1234');
    await user.type(repeat, 'password1234');
    await user.click(save);
    expect(await within(report()).findByText(FILE_TOO_WEAK_MESSAGE)).toBeTruthy();
    expect(hearth.exportReport).not.toHaveBeenCalled();

    await user.clear(own);
    await user.clear(repeat);
    await user.type(own, 'lantern orchard velvet cobalt');
    await user.type(repeat, 'lantern orchard velvet cobalt');
    await user.click(save);
    await waitFor(() => expect(hearth.exportReport).toHaveBeenCalledWith(expect.objectContaining({ format: 'html', passphrase: 'lantern orchard velvet cobalt' })));
    expect(within(report()).queryByText(FILE_TOO_WEAK_MESSAGE)).toBeNull();
  });

  it('shows a failed save as the service sentence', async () => {
    const user = userEvent.setup();
    const hearth = renderExport();
    await reportReady();
    hearth.exportReport.mockRejectedValueOnce(new HearthError('FILE_ERROR', 'The file could not be written: the disk is full.'));
    await user.click(within(report()).getByRole('button', { name: 'Save report…' }));
    expect(await within(report()).findByText('The file could not be written: the disk is full.')).toBeTruthy();
  });

  it('is usable by keyboard: Tab reaches the sections and the entry checklist, Space ticks', async () => {
    const user = userEvent.setup();
    const hearth = renderExport();
    await reportReady();
    const overview = within(report()).getByRole('checkbox', { name: 'Overview figures' });
    const entryBox = within(report()).getByRole('checkbox', { name: /Slow morning/ });

    async function tabTo(target: HTMLElement) {
      for (let i = 0; i < 60 && document.activeElement !== target; i++) await user.tab();
      expect(document.activeElement).toBe(target);
    }
    await tabTo(overview);
    await user.keyboard(' ');
    expect((overview as HTMLInputElement).checked).toBe(false);
    await tabTo(entryBox);
    await user.keyboard(' ');
    expect((entryBox as HTMLInputElement).checked).toBe(false);
    await tabTo(within(report()).getByRole('button', { name: 'Preview report' }));
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(hearth.reportPreview).toHaveBeenCalledWith(
        expect.objectContaining({ sections: DEFAULT_REPORT_SECTIONS.filter((s) => s !== 'overview'), excludeEntryIds: [ID(2)] }),
      ),
    );
  });
});

describe('backup and restore', () => {
  it('backs up with a strong passphrase typed twice', async () => {
    const user = userEvent.setup();
    const hearth = renderExport();
    const backup = part('Backup and restore');
    await user.type(within(backup).getByLabelText('Passphrase for the backup'), 'password1234');
    await user.type(within(backup).getByLabelText('Repeat the passphrase for the backup'), 'password1234');
    await user.click(within(backup).getByRole('button', { name: 'Back up now…' }));
    expect(await within(backup).findByText(FILE_TOO_WEAK_MESSAGE)).toBeTruthy();
    expect(hearth.exportBackup).not.toHaveBeenCalled();

    await user.clear(within(backup).getByLabelText('Passphrase for the backup'));
    await user.clear(within(backup).getByLabelText('Repeat the passphrase for the backup'));
    await user.type(within(backup).getByLabelText('Passphrase for the backup'), 'lantern orchard velvet cobalt');
    await user.type(within(backup).getByLabelText('Repeat the passphrase for the backup'), 'lantern orchard velvet cobal');
    await user.click(within(backup).getByRole('button', { name: 'Back up now…' }));
    expect(await within(backup).findByText('The two passphrases are not the same.')).toBeTruthy();

    await user.type(within(backup).getByLabelText('Repeat the passphrase for the backup'), 't');
    await user.click(within(backup).getByRole('button', { name: 'Back up now…' }));
    await waitFor(() => expect(hearth.exportBackup).toHaveBeenCalledWith({ passphrase: 'lantern orchard velvet cobalt' }));
    expect(await within(backup).findByText('Saved hearth-backup-2026-03-15.hearthbackup.')).toBeTruthy();
  });

  it('shows what a backup holds, allows Replace only into an empty journal, and restores by merge', async () => {
    const user = userEvent.setup();
    const hearth = renderExport();
    const backup = part('Backup and restore');
    await user.type(within(backup).getByLabelText('Passphrase of the backup'), 'lantern orchard velvet cobalt');
    await user.click(within(backup).getByRole('button', { name: 'Restore from a backup…' }));
    expect(hearth.openImport).toHaveBeenCalledWith({ format: 'backup', passphrase: 'lantern orchard velvet cobalt' });
    const review = await within(backup).findByRole('form', { name: 'What the backup holds' });
    expect(document.activeElement).toBe(within(review).getByRole('heading', { name: 'What the backup holds' }));
    const terms = [...review.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`);
    expect(terms).toEqual([
      'File: hearth-backup-2026-03-15.hearthbackup',
      'Entries in the file: 4',
      'New to this journal: 1',
      'Newer versions that would replace older ones: 1',
      'Already here and unchanged: 2',
      'New people: 2',
      'Dates: 1 Mar 2024 to 9 Mar 2024',
    ]);
    expect((within(review).getByRole('radio', { name: 'Merge' }) as HTMLInputElement).checked).toBe(true);
    const replace = within(review).getByRole('radio', { name: 'Replace' }) as HTMLInputElement;
    expect(replace.disabled).toBe(true);
    expect(within(review).getByText(/Replace restores into an empty journal/)).toBeTruthy();

    hearth.commitImport.mockResolvedValueOnce({ added: 1, updated: 1, skipped: 2 });
    await user.click(within(review).getByRole('button', { name: 'Restore' }));
    expect(hearth.commitImport).toHaveBeenCalledWith({ importId: BACKUP_SUMMARY.importId, mode: 'merge' });
    expect(await within(backup).findByText('Restored: 1 added, 1 updated, 2 unchanged.')).toBeTruthy();
    expect(within(backup).queryByRole('form', { name: 'What the backup holds' })).toBeNull();
  });

  it('restores by replace into an empty journal, and cancels', async () => {
    const user = userEvent.setup();
    const hearth = renderExport();
    hearth.openImport.mockResolvedValue({ opened: true, summary: { ...BACKUP_SUMMARY, journalEmpty: true, newEntries: 4, duplicates: 0, updated: 0 } } as never);
    const backup = part('Backup and restore');
    await user.type(within(backup).getByLabelText('Passphrase of the backup'), 'lantern orchard velvet cobalt');
    await user.click(within(backup).getByRole('button', { name: 'Restore from a backup…' }));
    const review = await within(backup).findByRole('form', { name: 'What the backup holds' });
    await user.click(within(review).getByRole('button', { name: 'Cancel' }));
    expect(hearth.cancelImport).toHaveBeenCalledWith({ importId: BACKUP_SUMMARY.importId });
    expect(await within(backup).findByText('Nothing was restored.')).toBeTruthy();

    await user.type(within(backup).getByLabelText('Passphrase of the backup'), 'lantern orchard velvet cobalt');
    await user.click(within(backup).getByRole('button', { name: 'Restore from a backup…' }));
    const again = await within(backup).findByRole('form', { name: 'What the backup holds' });
    const replace = within(again).getByRole('radio', { name: 'Replace' }) as HTMLInputElement;
    expect(replace.disabled).toBe(false);
    await user.click(replace);
    await user.click(within(again).getByRole('button', { name: 'Restore' }));
    expect(hearth.commitImport).toHaveBeenCalledWith({ importId: BACKUP_SUMMARY.importId, mode: 'replace' });
  });

  it('shows an unreadable backup as the service sentence, at the passphrase', async () => {
    const user = userEvent.setup();
    const hearth = renderExport();
    const message = 'This backup cannot be opened: the passphrase is wrong or the file is damaged.';
    hearth.openImport.mockRejectedValueOnce(new HearthError('BACKUP_UNREADABLE', message));
    const backup = part('Backup and restore');
    await user.click(within(backup).getByRole('button', { name: 'Restore from a backup…' }));
    expect(await within(backup).findByText('Enter the passphrase of the backup.')).toBeTruthy();
    expect(hearth.openImport).not.toHaveBeenCalled();

    const field = within(backup).getByLabelText('Passphrase of the backup');
    await user.type(field, 'not the passphrase');
    await user.click(within(backup).getByRole('button', { name: 'Restore from a backup…' }));
    const alert = await within(backup).findByText(message);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(alert.id);
  });
});

describe('automatic backups', () => {
  it('turns on with a passphrase, how many to keep and when', async () => {
    const user = userEvent.setup();
    const hearth = renderExport();
    const auto = part('Automatic backups');
    const form = await within(auto).findByRole('form', { name: 'Turn on automatic backups' });
    expect((within(form).getByLabelText('Backups to keep') as HTMLInputElement).value).toBe('10');
    expect((within(form).getByLabelText('When') as HTMLSelectElement).value).toBe('lock-and-daily');
    await user.type(within(form).getByLabelText('Passphrase for automatic backups'), 'lantern orchard velvet cobalt');
    await user.type(within(form).getByLabelText('Repeat the passphrase for automatic backups'), 'lantern orchard velvet cobalt');
    await user.clear(within(form).getByLabelText('Backups to keep'));
    await user.type(within(form).getByLabelText('Backups to keep'), '0');
    await user.click(within(form).getByRole('button', { name: 'Choose folder and turn on…' }));
    expect(await within(form).findByText('Keep a whole number of backups from 1 to 100.')).toBeTruthy();
    expect(hearth.enableAutoBackup).not.toHaveBeenCalled();

    await user.type(within(form).getByLabelText('Backups to keep'), '5');
    await user.selectOptions(within(form).getByLabelText('When'), 'Daily');
    await user.click(within(form).getByRole('button', { name: 'Choose folder and turn on…' }));
    await waitFor(() => expect(hearth.enableAutoBackup).toHaveBeenCalledWith({ passphrase: 'lantern orchard velvet cobalt', keep: 5, trigger: 'daily' }));
    expect(await within(auto).findByText(AUTO.folder)).toBeTruthy();
  });

  it('shows the folder, the last backup and the last error, edits, backs up now and turns off after asking', async () => {
    const user = userEvent.setup();
    const hearth = renderExport({ ...DEFAULT_SETTINGS, autoBackup: { ...AUTO, lastError: 'The folder /home/me/Backups/Hearth is not writable.' } });
    const auto = part('Automatic backups');
    expect(await within(auto).findByText(AUTO.folder)).toBeTruthy();
    expect(within(auto).getByText('The last automatic backup did not work: The folder /home/me/Backups/Hearth is not writable.').getAttribute('role')).toBe('alert');

    const keep = within(auto).getByLabelText('Backups to keep');
    await user.clear(keep);
    await user.type(keep, '20');
    await user.click(within(auto).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(hearth.updateAutoBackup).toHaveBeenCalledWith({ keep: 20, trigger: 'lock-and-daily' }));
    expect(await within(auto).findByText('Saved.')).toBeTruthy();

    await user.click(within(auto).getByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(hearth.backupNow).toHaveBeenCalled());

    await user.click(within(auto).getByRole('button', { name: 'Turn off' }));
    const dialog = await screen.findByRole('dialog', { name: 'Turn off automatic backups?' });
    await user.click(within(dialog).getByRole('button', { name: 'Turn off' }));
    await waitFor(() => expect(hearth.disableAutoBackup).toHaveBeenCalled());
    expect(await within(auto).findByRole('form', { name: 'Turn on automatic backups' })).toBeTruthy();
  });

  it('says when there is no automatic backup yet', async () => {
    renderExport({ ...DEFAULT_SETTINGS, autoBackup: { ...AUTO, lastBackupAt: null } });
    expect(await within(part('Automatic backups')).findByText('No automatic backup yet')).toBeTruthy();
  });
});

describe('portable data', () => {
  it('exports only after the person confirms the file is not encrypted', async () => {
    const user = userEvent.setup();
    const hearth = renderExport();
    const portable = part('Portable data (not encrypted)');
    const button = within(portable).getByRole('button', { name: 'Export data…' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    await user.click(within(portable).getByRole('radio', { name: 'JSON (one file)' }));
    await user.click(within(portable).getByRole('checkbox', { name: 'I understand this file is not encrypted: anyone who gets it can read my journal.' }));
    expect(button.disabled).toBe(false);
    await user.click(button);
    await waitFor(() => expect(hearth.exportData).toHaveBeenCalledWith({ format: 'json', confirmedUnencrypted: true }));
    expect(await within(portable).findByText('Saved hearth-data.json.')).toBeTruthy();
  });
});

describe('imports', () => {
  it('needs a mood for each of the person’s own Daylio labels and sends the mapping', async () => {
    const user = userEvent.setup();
    const hearth = renderExport();
    const imports = part('Import from another journal');
    expect((within(imports).getByLabelText('Format') as HTMLSelectElement).value).toBe('daylio-csv');
    await user.click(within(imports).getByRole('button', { name: 'Choose file…' }));
    expect(hearth.openImport).toHaveBeenCalledWith({ format: 'daylio-csv' });
    const review = await within(imports).findByRole('form', { name: 'What the file holds' });
    expect(review.textContent).toContain('Already imported (skipped)1');

    const table = within(review).getByRole('table', { name: 'Moods' });
    expect((within(table).getByLabelText('Mood in Hearth for "rad"') as HTMLInputElement).value).toBe('10');
    const tired = within(table).getByLabelText('Mood in Hearth for "tired"') as HTMLInputElement;
    expect(tired.value).toBe('');
    expect(tired.required).toBe(true);

    await user.click(within(review).getByRole('button', { name: 'Import 5 entries' }));
    expect(await within(review).findByText('Choose a mood from 0 to 10 for "tired".')).toBeTruthy();
    expect(tired.getAttribute('aria-invalid')).toBe('true');
    expect(hearth.commitImport).not.toHaveBeenCalled();

    await user.type(tired, '3');
    await user.click(within(review).getByRole('button', { name: 'Import 5 entries' }));
    expect(hearth.commitImport).toHaveBeenCalledWith({ importId: SUMMARY.importId, moodMap: { rad: 10, good: 8, tired: 3 } });
    expect(await within(imports).findByText('Imported 5 entries (1 already there).')).toBeTruthy();
  });

  it('shows an invalid file as the service sentence, naming the row', async () => {
    const user = userEvent.setup();
    const hearth = renderExport();
    const message = 'Row 4 of daylio_export.csv has no date this import can read ("31/02/2024").';
    hearth.openImport.mockRejectedValueOnce(new HearthError('IMPORT_INVALID', message));
    const imports = part('Import from another journal');
    await user.selectOptions(within(imports).getByLabelText('Format'), 'Day One (JSON)');
    await user.click(within(imports).getByRole('button', { name: 'Choose file…' }));
    expect(hearth.openImport).toHaveBeenCalledWith({ format: 'dayone-json' });
    expect((await within(imports).findByText(message)).getAttribute('role')).toBe('alert');
  });

  it('cancels an opened import when the screen goes away', async () => {
    const user = userEvent.setup();
    const hearth = renderExport();
    const imports = part('Import from another journal');
    await user.click(within(imports).getByRole('button', { name: 'Choose file…' }));
    await within(imports).findByRole('form', { name: 'What the file holds' });
    cleanup();
    expect(hearth.cancelImport).toHaveBeenCalledWith({ importId: SUMMARY.importId });
  });
});
