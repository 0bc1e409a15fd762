// A method's argument checked with its shared schema before the journal is unlocked, so bad input
// is refused at once instead of after the passphrase and a second of key derivation. Dispatch
// checks it again: this only moves the first answer earlier.
import { argSchemas, type Arg, type Method } from '../../shared/contract';
import { zodToHearthError } from '../ipc/dispatch';

/** The argument as the method's schema reads it (defaults filled in), or the schema's HearthError. */
export function parseArg<M extends Method>(method: M, arg: unknown): Arg<M> {
  const parsed = argSchemas[method].safeParse(arg);
  if (!parsed.success) throw zodToHearthError(parsed.error);
  return parsed.data as Arg<M>;
}

export function checkArg(method: Method, arg: unknown): void {
  parseArg(method, arg);
}
