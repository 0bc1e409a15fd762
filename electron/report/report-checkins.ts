// The report's "Check-ins" section, chosen only when the person ticks it: each instrument answered
// in the range, with its name, its ranges and its citation, and every answer's scores in a table.
// The words are shared by the HTML and the PDF; this file also draws the HTML.
import { INSTRUMENT_IDS, INSTRUMENTS, rangeWords, type CheckinResult } from '../../shared/checkins';
import { plainDate } from '../../shared/format';
import type { ReportModel } from './report-types';
import { escapeHtml as e } from './svg-charts';

export const CHECKIN_INTRO =
  'Short published questionnaires answered in this range. Each score is a self-report, not a diagnosis, and no score is turned into a label.';
export const NO_CHECKINS = 'No check-ins were answered in this range.';

export interface CheckinTable {
  title: string;
  /** The instrument's ranges, then its source. */
  lines: string[];
  head: string[];
  rows: string[][];
}

const figure = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/** One table per instrument answered in the range, in the order instruments are offered, oldest answer first. */
export function checkinTables(checkins: readonly CheckinResult[]): CheckinTable[] {
  return INSTRUMENT_IDS.flatMap((id) => {
    const own = checkins.filter((c) => c.instrument === id).sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
    if (own.length === 0) return [];
    const spec = INSTRUMENTS[id];
    return [
      {
        title: spec.name,
        lines: [`Ranges: ${spec.scores.map((s) => `${s.label.toLowerCase()} ${rangeWords(s)}`).join('; ')}. ${spec.recallPeriod === 'Over the last two weeks.' ? 'Recall period: the last two weeks. ' : ''}A self-report, not a diagnosis.`, `Source: ${spec.citation.join(' ')}`],
        head: ['Date', ...spec.scores.map((s) => `${s.label} (${rangeWords(s)})`)],
        rows: own.map((c) => {
          const scores = c.scores as unknown as Record<string, number>;
          return [plainDate(c.date), ...spec.scores.map((s) => figure(scores[s.key]!))];
        }),
      },
    ];
  });
}

export function checkinsHtml(model: ReportModel): string {
  const tables = checkinTables(model.checkins ?? []);
  const id = 'hearth-report-checkins';
  const body =
    tables.length === 0
      ? `<p>${e(NO_CHECKINS)}</p>`
      : tables
          .map((t, i) => {
            const th = t.head.map((h, j) => `<th scope="col"${j > 0 ? ' class="hr-num"' : ''}>${e(h)}</th>`).join('');
            const rows = t.rows.map(([date, ...cells]) => `<tr><th scope="row">${e(date!)}</th>${cells.map((c) => `<td class="hr-num">${e(c)}</td>`).join('')}</tr>`).join('');
            return (
              `<h3 id="${id}-${i}">${e(t.title)}</h3>${t.lines.map((l) => `<p>${e(l)}</p>`).join('')}` +
              `<div class="hr-scroll" role="region" aria-labelledby="${id}-${i}" tabindex="0"><table><caption>${e(`${t.title}: scores`)}</caption><thead><tr>${th}</tr></thead><tbody>${rows}</tbody></table></div>`
            );
          })
          .join('');
  return `<section class="hr-section" aria-labelledby="${id}"><h2 id="${id}">Check-ins</h2><p>${e(CHECKIN_INTRO)}</p>${body}</section>`;
}
