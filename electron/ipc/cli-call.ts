// One call the command line sent over a socket to a process that holds the journal unlocked (the
// desktop app, or the unlock agent), answered as an IPC call is: through the contract's handler
// table and dispatcher, so each argument is validated with the method's schema. A file method takes
// the command line's path instead of a dialog. The vault's lifecycle (unlocking, locking, passphrase
// and recovery key, salvage) is not served, whose status it may read: changing the keys under a
// process that holds the journal open is refused with APP_UNLOCKED.
import { CONTRACT, type Method } from '../../shared/contract';
import { HearthError, type Envelope } from '../../shared/errors';
import { createHandlers, dispatch, isMethod, type DispatchTarget } from './dispatch';
import type { FileDialogs } from './file-dialogs';

/** Whether `method` is served to the command line: every method but the vault's lifecycle, whose status it may read. */
export function servedToCli(method: Method): boolean {
  return CONTRACT[method].needs !== 'vault' || method === 'status';
}

/** The command line's file, in place of a dialog: the same answer whatever is asked. */
function givenPath(path: string | undefined): FileDialogs {
  const answer = async () => path ?? null;
  return { save: answer, open: answer, folder: answer };
}

/** Answers one call from the command line; `refusal` says who refuses a lifecycle call, and what to do. */
export function answerCliCall(api: DispatchTarget, method: string, arg: unknown, path: string | undefined, refusal: string): Promise<Envelope<unknown>> {
  if (isMethod(method) && !servedToCli(method)) return Promise.resolve({ ok: false, error: new HearthError('APP_UNLOCKED', refusal).toInfo() });
  return dispatch(createHandlers(api, givenPath(path)), method, arg);
}
