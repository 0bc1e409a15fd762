import type { ImportSummary } from '../../../shared/exchange';
import { longDate } from '../ui/format';

/** What an opened backup or import holds and what committing it would do, before anything is written. */
export function ImportSummaryList({ summary }: { summary: ImportSummary }) {
  const backup = summary.format === 'backup';
  const rows: (readonly [string, string | number])[] = [
    ['File', summary.fileName],
    ['Entries in the file', summary.entries],
    ['New to this journal', summary.newEntries],
    ...(backup
      ? [
          ['Newer versions that would replace older ones', summary.updated] as const,
          // For a backup, `duplicates` counts every entry already here, the newer versions among them.
          ['Already here and unchanged', summary.duplicates - summary.updated] as const,
        ]
      : [['Already imported (skipped)', summary.duplicates] as const]),
    ...(summary.repeatedInFile > 0 ? [['Written twice in the file (each kept)', summary.repeatedInFile] as const] : []),
    ['New people', summary.newPeople],
    ['Dates', summary.from && summary.to ? `${longDate(summary.from)} to ${longDate(summary.to)}` : 'No entries'],
  ];
  return (
    <dl className="export-summary">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
