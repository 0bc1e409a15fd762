// A check-in's scores, each beside its range; no score is turned into a label.
import { INSTRUMENTS, rangeWords, type CheckinResult } from '../../../shared/checkins';
import { longDate } from '../ui/format';

const figure = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

export function ScoreList({ result }: { result: CheckinResult }) {
  const scores = result.scores as unknown as Record<string, number>;
  return (
    <dl className="checkin-scores">
      <dt>Answered on</dt>
      <dd>{longDate(result.date)}</dd>
      {INSTRUMENTS[result.instrument].scores.map((s) => (
        <div key={s.key}>
          <dt>{s.label}</dt>
          <dd>
            {figure(scores[s.key]!)} <span className="checkin-range">(from {rangeWords(s)})</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
