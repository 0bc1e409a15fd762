// The handler behind the one IPC channel: refuse untrusted senders, count the call as activity,
// validate and run it through the shared dispatcher, and let the auto-lock see the outcome.
import type { Envelope } from '../../shared/errors';
import { dispatch, type Handlers } from '../ipc/dispatch';
import type { FrameLike } from './sender-check';

export interface CallEvent {
  readonly senderFrame: FrameLike | null;
}

export interface CallHandlerOptions<E extends CallEvent> {
  handlers: Handlers;
  isTrusted: (event: E) => boolean;
  onActivity: () => void;
  afterCall: (method: unknown, ok: boolean) => void;
}

export function createCallHandler<E extends CallEvent>(options: CallHandlerOptions<E>) {
  return async (event: E, method: unknown, arg: unknown): Promise<Envelope<unknown>> => {
    if (!options.isTrusted(event)) {
      console.warn(`Hearth: refused an IPC call from ${event.senderFrame?.url ?? 'a detached frame'}`);
      throw new Error('Refused: not the Hearth window');
    }
    options.onActivity();
    const result = await dispatch(options.handlers, method, arg);
    options.afterCall(method, result.ok);
    return result;
  };
}
