// The tooltip of the charts whose points are days (or weeks, months): the date in the app's style
// as its title, then each series by name. recharts' own tooltip would list a scatter's x value
// too, a raw day number ("x : 20760.0"), and has no date for a point of a scatter of two scales.
import type { TooltipContentProps } from 'recharts';
import { fmt1 } from '../ui/format';

/** A chart point that knows how to name its date. */
export interface DatedPoint {
  when: string;
}

/** Keys of the point that are not series: never listed. */
const NOT_SERIES = new Set(['x', 'when']);

export function DatedTooltip({ active, payload }: Pick<TooltipContentProps<number, string>, 'active' | 'payload'>) {
  const items = (payload ?? []).filter((p) => !NOT_SERIES.has(String(p.dataKey)));
  const point = payload?.[0]?.payload as Partial<DatedPoint> | undefined;
  if (!active || !point?.when || items.length === 0) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{point.when}</p>
      <ul>
        {items.map((p) => (
          <li key={String(p.name)}>
            {p.name}: {typeof p.value === 'number' ? fmt1(p.value) : '–'}
          </li>
        ))}
      </ul>
    </div>
  );
}
