// Today's local calendar date by this computer's clock, the one the renderer reads. A module of its
// own so tests can fix "today"; the date itself comes from the shared helper every side uses.
import { localToday as onClock } from '../../../shared/local-time';

export function localToday(now: Date = new Date()): string {
  return onClock(now);
}
