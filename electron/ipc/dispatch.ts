// Validates one call against the shared schema and runs it on the service. Used by the Electron
// IPC handler, the CLI and the test bridge, so all three enforce exactly the same contract.
import { basename } from 'node:path';
import type { z } from 'zod';
import { argSchemas, CONTRACT, METHODS, type Arg, type HearthApi, type Method } from '../../shared/contract';
import type { DialogSpec, FileMethodSpec, Outcome } from '../../shared/contract/method';
import { HearthError, type Envelope } from '../../shared/errors';
import { toLocalOffsetIso } from '../../shared/local-time';
import type { FileDialogs } from './file-dialogs';

export type Handlers = { [M in Method]: (arg: Arg<M>) => Promise<unknown> };

/** What the dispatcher runs methods on: the service, with its clock. */
export type DispatchTarget = HearthApi & { readonly now: () => Date };

type Call = (arg: unknown, path?: string) => Promise<unknown>;

function ask(dialogs: FileDialogs, dialog: DialogSpec<unknown>, arg: unknown, today: () => string): Promise<string | null> {
  switch (dialog.kind) {
    case 'save':
      return dialogs.save({ title: dialog.title, defaultName: dialog.defaultName(arg, today()), filters: dialog.filters(arg) });
    case 'open':
      return dialogs.open({ title: dialog.title(arg), filters: dialog.filters(arg) });
    case 'folder':
      return dialogs.folder({ title: dialog.title });
  }
}

/** Nothing was chosen: nothing happened, and the answer says so (auto-backup: the settings as they are). */
function cancelled(outcome: Outcome, api: HearthApi): unknown {
  switch (outcome) {
    case 'saved':
    case 'saved-report':
      return { saved: false };
    case 'opened':
      return { opened: false };
    case 'settings':
      return api.getSettings();
  }
}

/** The answer to a file method, from what the service did with the chosen path. */
function answer(outcome: Outcome, path: string, done: unknown): unknown {
  switch (outcome) {
    case 'saved':
      return { saved: true, fileName: basename(path) };
    case 'saved-report':
      return { saved: true, ...(done as object) };
    case 'opened':
      return { opened: true, summary: done };
    case 'settings':
      return done;
  }
}

/**
 * The handler table, derived from the contract: each method runs on `api`; a file method first
 * asks `dialogs` with its declared dialog, and a cancelled dialog is an ordinary outcome.
 */
export function createHandlers(api: DispatchTarget, dialogs: FileDialogs): Handlers {
  const today = () => toLocalOffsetIso(api.now()).slice(0, 10);
  const handlers: Partial<Record<Method, (arg: unknown) => Promise<unknown>>> = {};
  for (const method of METHODS) {
    const run: Call = (arg, path) => (api[method] as Call).call(api, arg, path);
    const spec = CONTRACT[method];
    if (!('dialog' in spec)) {
      handlers[method] = (arg) => run(arg);
      continue;
    }
    const { dialog, outcome } = spec as FileMethodSpec;
    handlers[method] = async (arg) => {
      const path = await ask(dialogs, dialog as DialogSpec<unknown>, arg, today);
      if (path === null) return cancelled(outcome, api);
      return answer(outcome, path, await run(arg, path));
    };
  }
  return handlers as Handlers;
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
