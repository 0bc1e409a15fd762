// A method's argument checked with its shared schema before the journal is unlocked, so bad input
// is refused at once instead of after the passphrase and a second of key derivation. Dispatch
// checks it again: this only moves the first answer earlier.
import { argSchemas, type Method } from '../../shared/contract';
import { zodToHearthError } from '../ipc/dispatch';

export function checkArg(method: Method, arg: unknown): void {
  const parsed = argSchemas[method].safeParse(arg);
  if (!parsed.success) throw zodToHearthError(parsed.error);
}
