// The vault's methods that HearthService does not run itself (see ../hearth-service.ts for the rest).
import type { vault } from '../../../shared/contract/vault';
import { recoveryKeyFileText } from '../../vault/recovery-key';
import { writeFileAtomic } from '../../files/atomic-file';
import type { FeatureHandlers } from './handler';

export const vaultHandlers = {
  /** Any key of the right shape: the journal does not keep it, so it is the one the person was just shown. */
  saveRecoveryKey: (_ctx, { recoveryKey }, path) => writeFileAtomic(path, recoveryKeyFileText(recoveryKey)),
  /** Answers in its turn, so after the calls sent before it (a draft's save). */
  readyToLock: () => undefined,
  verify: ({ journal }) => journal.verify(),
} satisfies FeatureHandlers<typeof vault>;
