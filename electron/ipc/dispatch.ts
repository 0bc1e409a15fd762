// Validates one call against the shared schema and runs it on the service. Used by the Electron
// IPC handler and by the test bridge, so both enforce exactly the same contract.
import type { z } from 'zod';
import type { HearthApi } from '../../shared/api';
import { HearthError, type Envelope } from '../../shared/errors';
import { argSchemas, METHODS, type Method } from '../../shared/schemas';

export type Handlers = { [M in Method]: (arg: z.output<(typeof argSchemas)[M]>) => Promise<unknown> };

/** The handler table: one entry per method, checked for completeness by the compiler. */
export function createHandlers(api: HearthApi): Handlers {
  return {
    status: (a) => api.status(a),
    create: (a) => api.create(a),
    unlock: (a) => api.unlock(a),
    unlockWithRecoveryKey: (a) => api.unlockWithRecoveryKey(a),
    changePassphrase: (a) => api.changePassphrase(a),
    newRecoveryKey: (a) => api.newRecoveryKey(a),
    lock: (a) => api.lock(a),
    addEntry: (a) => api.addEntry(a),
    updateEntry: (a) => api.updateEntry(a),
    deleteEntry: (a) => api.deleteEntry(a),
    getEntry: (a) => api.getEntry(a),
    listEntries: (a) => api.listEntries(a),
    listTags: (a) => api.listTags(a),
    listPeople: (a) => api.listPeople(a),
    addPerson: (a) => api.addPerson(a),
    updatePerson: (a) => api.updatePerson(a),
    archivePerson: (a) => api.archivePerson(a),
    mergePeople: (a) => api.mergePeople(a),
    getSettings: (a) => api.getSettings(a),
    updateSettings: (a) => api.updateSettings(a),
    verify: (a) => api.verify(a),
    insights: (a) => api.insights(a),
  };
}

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && (METHODS as string[]).includes(name);
}

export function zodToHearthError(error: z.ZodError): HearthError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : undefined;
  return new HearthError('INVALID_INPUT', issue?.message ?? 'Invalid input', field === undefined ? {} : { field });
}

export function toEnvelopeError(e: unknown): Envelope<never> {
  if (e instanceof HearthError) return { ok: false, error: e.toInfo() };
  console.error('Hearth internal error:', e);
  return { ok: false, error: new HearthError('INTERNAL').toInfo() };
}

/** Validate the method name and argument, run the handler, and wrap the outcome. Never throws. */
export async function dispatch(handlers: Handlers, method: unknown, arg: unknown): Promise<Envelope<unknown>> {
  if (!isMethod(method)) return { ok: false, error: new HearthError('INVALID_INPUT', 'Unknown method', { field: 'method' }).toInfo() };
  const parsed = argSchemas[method].safeParse(arg);
  if (!parsed.success) return toEnvelopeError(zodToHearthError(parsed.error));
  try {
    const run = handlers[method] as (a: unknown) => Promise<unknown>;
    return { ok: true, value: await run(parsed.data) };
  } catch (e) {
    return toEnvelopeError(e);
  }
}
