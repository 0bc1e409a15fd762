// Support runs both ways: interactions over the range by recorded direction.
import type { Reciprocity } from '../../shared/insights';
import type { DayGroup } from './days';

export function reciprocity(days: readonly DayGroup[]): Reciprocity {
  const out: Reciprocity = { received: 0, gave: 0, both: 0 };
  for (const d of days) {
    out.received += d.directions.received;
    out.gave += d.directions.gave;
    out.both += d.directions.both;
  }
  return out;
}
