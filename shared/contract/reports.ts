// The therapy report: its preview, a passphrase to share it with, and the encrypted file.
import {
  exportReportSchema,
  reportOptionsSchema,
  suggestPassphraseSchema,
  type ReportFormat,
  type ReportOptions,
  type ReportPreview,
  type SharePassphrase,
} from '../exchange';
import { fileMethod, method, type FileFilter } from './method';

export const REPORT_FILTERS: Record<ReportFormat, FileFilter> = {
  html: { name: 'Encrypted report (HTML)', extensions: ['html'] },
  pdf: { name: 'Password-protected PDF', extensions: ['pdf'] },
};

/** A file name that says what is inside without saying anything private. */
function reportName(options: ReportOptions): string {
  return options.from.slice(0, 7) === options.to.slice(0, 7) ? `hearth-report-${options.from.slice(0, 7)}` : `hearth-report-${options.from}-to-${options.to}`;
}

export const reports = {
  reportPreview: method<ReportPreview>()({ arg: reportOptionsSchema, needs: 'journal' }),
  suggestPassphrase: method<SharePassphrase>()({ arg: suggestPassphraseSchema, needs: 'nothing' }),
  /** Asks for a file name, then writes the encrypted report. */
  exportReport: fileMethod<void>()({
    arg: exportReportSchema,
    needs: 'journal',
    dialog: {
      kind: 'save',
      title: 'Save the encrypted report',
      defaultName: (a) => `${reportName(a.options)}.${a.format}`,
      filters: (a) => [REPORT_FILTERS[a.format]],
    },
    outcome: 'saved',
  }),
};
