// Shown on every screen while the journal does not match its seal: records were deleted, added or
// put back from an older copy outside Hearth, so it is open read-only rather than silently serving
// an older state.
import type { SealProblem } from '../../../shared/domain';
import { plural } from '../../../shared/format';
import { useData } from '../ui/useData';

export function SealWarning() {
  const status = useData(() => window.hearth.status(), [], { refetchOnJournalChange: true });
  const problems: SealProblem[] = status.value?.sealProblems ?? [];
  if (problems.length === 0) return null;
  const behind = problems.find((p) => p.problem === 'behind');
  const lost = behind?.missingChanges === undefined ? 'some changes' : plural(behind.missingChanges, 'change');
  const count = problems.length === 1 ? 'One record differs' : `${problems.length} records differ`;
  const what = behind
    ? `It is older than the last change Hearth wrote: it lacks ${lost} Hearth saved (its write-ahead log was damaged, or older files were put back).`
    : `It does not match its seal: ${count} from what Hearth last wrote (deleted, added, or put back from an older copy by something other than Hearth).`;
  return (
    <div role="alert" className="notice seal-warning">
      <p>
        <strong>This journal is open read-only.</strong> {what} Nothing can be changed here. Run <code>hearth verify</code> to see what
        differs; if you did not expect this, restore a recent backup into a new journal, or lock it and copy what can be read into one with “Recover
        what can be read” on the unlock screen.
      </p>
    </div>
  );
}
