// What moves in and out of a journal: the therapy report, backups, portable data and imports.
// Schemas of their arguments and the shapes of their results; no side effects.
import { z } from 'zod';
import { AUTO_BACKUP_TRIGGERS, SCALE_RANGE } from './domain';
import { hideWordsSchema } from './name-words';

export const REPORT_SECTIONS = ['overview', 'timeline', 'supportMood', 'kinds', 'people', 'stress', 'help', 'entries', 'checkins'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];
/** The sections chosen until the person says otherwise: check-in scores go in only when asked for. */
export const DEFAULT_REPORT_SECTIONS: readonly ReportSection[] = REPORT_SECTIONS.filter((s) => s !== 'checkins');

/** How people are named in a report: "Sam Rivera", "S. R." or "friend A". */
export const NAME_STYLES = ['full', 'initials', 'relationship'] as const;
export type NameStyle = (typeof NAME_STYLES)[number];

export const REPORT_FORMATS = ['html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const DATA_FORMATS = ['csv', 'json'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

// hearth-json and hearth-csv: Hearth's own portable data (the JSON file, or the CSV folder).
export const IMPORT_FORMATS = ['backup', 'daylio-csv', 'jrnl-json', 'dayone-json', 'hearth-json', 'hearth-csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const RESTORE_MODES = ['merge', 'replace'] as const;
export type RestoreMode = (typeof RESTORE_MODES)[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const reportDate = z.string().regex(DATE, 'Use a date like 2026-11-25');

export const reportOptionsSchema = z
  .strictObject({
    /** Inclusive local calendar dates. */
    from: reportDate,
    to: reportDate,
    sections: z
      .array(z.enum(REPORT_SECTIONS))
      .min(1, 'Choose at least one section')
      .refine((s) => new Set(s).size === s.length, 'Each section can be chosen once'),
    /** Entries of the range left out of the report entirely: figures, charts and the entry list. */
    excludeEntryIds: z.array(z.string().uuid()).max(100_000).default([]),
    /** Whether the chosen entries' notes and tags appear in the report. */
    includeNotes: z.boolean().default(false),
    names: z.enum(NAME_STYLES).default('initials'),
    /** The person's own words to hide in this report's notes and tags: a street, an employer. */
    hideWords: hideWordsSchema.optional(),
  })
  .refine((o) => o.from <= o.to, { message: 'The start date is after the end date', path: ['to'] });
export type ReportOptions = z.output<typeof reportOptionsSchema>;
export type ReportOptionsInput = z.input<typeof reportOptionsSchema>;

/** A passphrase protecting an exported file: the generated one, or the person's own. */
export const sharePassphraseSchema = z
  .string()
  .min(12, 'A passphrase for a file needs at least 12 characters')
  .max(1024);

/** poppler (Evince, Okular, pdftotext) uses at most this many bytes of a PDF password, as UTF-8. */
export const PDF_PASSWORD_MAX_BYTES = 32;

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** Why a passphrase cannot protect a PDF report, or null when every PDF reader accepts it. */
export function pdfPassphraseProblem(passphrase: string): string | null {
  const bytes = utf8Bytes(passphrase);
  if (bytes <= PDF_PASSWORD_MAX_BYTES) return null;
  return (
    `PDF readers such as Evince, Okular and pdftotext accept at most ${PDF_PASSWORD_MAX_BYTES} bytes of a passphrase, and this one is ${bytes} ` +
    '(a letter with an accent counts as two): the PDF would not open there. Use the generated passphrase, a shorter one of your own, or the HTML format'
  );
}

/** The format a generated passphrase is for: a PDF's must fit in 32 bytes. Without it: six words. */
export const suggestPassphraseSchema = z.strictObject({ format: z.enum(REPORT_FORMATS) }).optional();

export const exportReportSchema = z
  .strictObject({ options: reportOptionsSchema, format: z.enum(REPORT_FORMATS), passphrase: sharePassphraseSchema })
  .superRefine((a, ctx) => {
    const problem = a.format === 'pdf' ? pdfPassphraseProblem(a.passphrase) : null;
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['passphrase'] });
  });

export const moodMapSchema = z.record(
  z.string().min(1).max(100),
  z.number().int().min(SCALE_RANGE.min).max(SCALE_RANGE.max),
);

export const autoBackupInputSchema = z.strictObject({
  passphrase: sharePassphraseSchema,
  keep: z.number().int().min(1).max(100).default(10),
  trigger: z.enum(AUTO_BACKUP_TRIGGERS).default('lock-and-daily'),
});

export interface ReportPreview {
  /** The report's body exactly as it will be encrypted into the file (inline SVG, escaped text). */
  html: string;
  /** The report's own stylesheet, for showing the body as it will look. */
  css: string;
  entries: number;
  people: number;
  /** How many mentions in notes and tags were replaced (marked in `html`, plain in the file). */
  replacements: number;
}

export interface SharePassphrase {
  passphrase: string;
  /** Entropy of the generated passphrase, in bits. */
  bits: number;
}

/** The outcome of a save through the native dialog. */
export type SaveResult = { saved: true; fileName: string } | { saved: false };

export interface MoodLabel {
  label: string;
  /** How many rows carry it. */
  count: number;
  /** The default 0-10 value for Daylio's five built-in moods, or null for the person's own labels. */
  suggested: number | null;
}

/** What an import would do, shown before anything is committed. */
export interface ImportSummary {
  importId: string;
  format: ImportFormat;
  fileName: string;
  /** Entries in the file. */
  entries: number;
  /** Entries that are new to this journal (a backup merge counts newer versions in `updated`). */
  newEntries: number;
  /** Entries already in the journal: skipped, or (backup merge) updated when the file's copy is newer. */
  duplicates: number;
  updated: number;
  /** People that would be created. */
  newPeople: number;
  /** First and last local date in the file, or null when empty. */
  from: string | null;
  to: string | null;
  /** For Daylio: the mood labels found, to be mapped to 0-10 before committing. */
  moodLabels: MoodLabel[];
  /** True when the journal has no entries and no people: a backup can be restored by replace. */
  journalEmpty: boolean;
  /** Entries of the file that say exactly what an earlier one of the file says: each is kept as an entry of its own. */
  repeatedInFile: number;
}

export interface ImportResult {
  added: number;
  updated: number;
  skipped: number;
}

export type OpenImportResult = { opened: true; summary: ImportSummary } | { opened: false };
