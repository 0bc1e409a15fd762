// A year in pixels: the last 365 days of the range, one square a day, coloured by mood or felt
// support; days without entries stay empty, and days with entries but no such value are hatched.
import { useMemo, useState, type CSSProperties } from 'react';
import type { CalendarDay, Insights } from '../../../shared/insights';
import { ChartPanel, type TableSpec } from './ChartPanel';
import { formatDate } from '../ui/date-locale';
import { fmt1, longDate, plural } from '../ui/format';
import { dayNumber } from '../ui/range';

type Measure = 'mood' | 'support';

const BINS = ['0 to 2', '2 to 4', '4 to 6', '6 to 8', '8 to 10'];

/** 0..4: five equal steps of the 0–10 scale (10 falls in the top one). */
export function bin(v: number): number {
  return Math.min(4, Math.max(0, Math.floor(v / 2)));
}

/**
 * A day with entries but nothing recorded on the shown scale (imported entries): neither empty nor
 * any colour of the scale. Inline, as this is the only place that draws it.
 */
const NOT_RECORDED: CSSProperties = {
  border: '1px solid var(--border)',
  background: 'repeating-linear-gradient(135deg, var(--muted) 0 1px, transparent 1px 4px)',
};

export function CalendarSection({ insights }: { insights: Insights }) {
  const [measure, setMeasure] = useState<Measure>('mood');
  const days = useMemo(() => insights.calendar.slice(-365), [insights.calendar]);
  const withEntries = useMemo(() => days.filter((d) => d.entries > 0), [days]);
  const empty = insights.range === null || days.length === 0 ? 'Nothing is written in this range yet. Days you write on will appear here.' : null;
  const word = measure === 'mood' ? 'mood' : 'felt support';
  const valueOf = (d: CalendarDay) => (measure === 'mood' ? d.mood : d.support);
  const notRecorded = withEntries.filter((d) => valueOf(d) === null).length;

  // Column = week, row = weekday (starting on the person's first day of the week).
  const cells = useMemo(() => {
    if (days.length === 0) return [];
    const first = dayNumber(days[0]!.date);
    const weekday = (first + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    const offset = (weekday - insights.weekStartsOn + 7) % 7;
    return days.map((d, i) => ({ d, col: Math.floor((i + offset) / 7) + 1, row: ((i + offset) % 7) + 2 }));
  }, [days, insights.weekStartsOn]);
  const months: { col: number; label: string; date: string }[] = [];
  for (const [i, { d, col }] of cells.entries()) {
    if (i !== 0 && !d.date.endsWith('-01')) continue;
    const label = { col, label: formatDate(d.date, 'monthName'), date: d.date };
    // A label needs three columns; a month that starts too close to the first label replaces it.
    if (months.length && col - months[months.length - 1]!.col < 3) months.pop();
    months.push(label);
  }
  const weeks = cells.length ? cells[cells.length - 1]!.col : 1;

  const table: TableSpec<CalendarDay> = {
    caption: days.length
      ? `Days with entries from ${longDate(days[0]!.date)} to ${longDate(days[days.length - 1]!.date)} (days without entries are left out; – where nothing was recorded)`
      : 'Days with entries',
    rowKey: (d) => d.date,
    rows: withEntries,
    columns: [
      { header: 'Date', cell: (d) => longDate(d.date) },
      { header: 'Entries', cell: (d) => String(d.entries), numeric: true },
      { header: 'Mood', cell: (d) => fmt1(d.mood), numeric: true },
      { header: 'Felt supported', cell: (d) => fmt1(d.support), numeric: true },
    ],
  };

  return (
    <ChartPanel
      name="calendar"
      title="Year in pixels"
      drawnBy="html"
      empty={empty}
      summary={`A square for each of ${plural(days.length, 'day')}, coloured by ${word} in five steps from 0 to 10; ${plural(withEntries.length, 'day')} with entries${notRecorded > 0 ? ` (${notRecorded} of them with no ${word} recorded, hatched)` : ''}, the rest left empty.`}
      table={table}
      intro={
        <div className="insights-toggle" role="group" aria-label="Colour the days by">
          <button type="button" aria-pressed={measure === 'mood'} onClick={() => setMeasure('mood')}>
            Show mood
          </button>
          <button type="button" aria-pressed={measure === 'support'} onClick={() => setMeasure('support')}>
            Show support
          </button>
        </div>
      }
      chart={
        <div className={`pixels measure-${measure}`} style={{ gridTemplateColumns: `repeat(${weeks}, minmax(0, 1fr))` }}>
          {months.map((m) => (
            <span key={m.date} className="pixels-month" style={{ gridColumn: `${m.col} / span 3`, gridRow: 1 }}>
              {m.label}
            </span>
          ))}
          {cells.map(({ d, col, row }) => {
            const v = valueOf(d);
            const position = { gridColumn: col, gridRow: row };
            if (v !== null) return <span key={d.date} className={`pixel b${bin(v)}`} style={position} title={`${longDate(d.date)}: ${word} ${fmt1(v)}`} />;
            if (d.entries === 0) return <span key={d.date} className="pixel none" style={position} title={`${longDate(d.date)}: no entry`} />;
            return (
              <span
                key={d.date}
                className="pixel not-recorded"
                style={{ ...position, ...NOT_RECORDED }}
                title={`${longDate(d.date)}: ${plural(d.entries, 'entry', 'entries')}, no ${word} recorded`}
              />
            );
          })}
        </div>
      }
    >
      <ul className="pixels-legend" aria-label={`Colours of ${word}`}>
        <li>
          <span className="pixel none" aria-hidden="true" /> No entry
        </li>
        <li>
          <span className="pixel not-recorded" style={NOT_RECORDED} aria-hidden="true" /> Entries, no {word}
        </li>
        {BINS.map((label, i) => (
          <li key={label} className={`measure-${measure}`}>
            <span className={`pixel b${i}`} aria-hidden="true" /> {label}
          </li>
        ))}
      </ul>
    </ChartPanel>
  );
}
