// The PDF timeline's date labels; every other date in both reports is shared/format.ts's plainDate.
import { dateParts, MONTHS, plainDate } from '../../shared/format';
import type { Granularity } from '../../shared/insights';

/**
 * The PDF timeline's labels: '3 Feb' with the year on the first label, or on every label when the
 * chart spans years (only some labels fit, so a year change could fall between two that are
 * shown); months as 'Feb 2026'.
 */
export function categoryLabels(starts: string[], granularity: Granularity): string[] {
  const years = new Set(starts.map((start) => start.slice(0, 4)));
  return starts.map((start, i) => {
    const { year, month, day } = dateParts(start);
    if (granularity === 'month') return `${MONTHS[month - 1]} ${year}`;
    return i === 0 || years.size > 1 ? plainDate(start) : `${day} ${MONTHS[month - 1]}`;
  });
}
