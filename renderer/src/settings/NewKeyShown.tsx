// A new recovery key, shown once in Settings (after a key change or on request): leaving before
// keeping a copy asks first.
import type { ReactNode } from 'react';
import { useLeaveGuard } from '../app/navigation';
import { RecoveryKeyStep } from '../ui/RecoveryKeyStep';

export function NewKeyShown({ recoveryKey, onDone, children }: { recoveryKey: string; onDone: () => void; children: ReactNode }) {
  useLeaveGuard('Your new recovery key is shown only now. Leave without keeping a copy?');
  return (
    <RecoveryKeyStep recoveryKey={recoveryKey} title="Your new recovery key" doneLabel="Done" headingLevel={2} onDone={onDone}>
      {children}
    </RecoveryKeyStep>
  );
}
