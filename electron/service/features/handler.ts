// What a feature handler is: the work of one contract method, given what its declaration says it
// needs (HearthService has already waited for its turn, and for the unlocked journal and the
// write lock where declared). File methods also receive the path the person chose.
import type { Arg, Contract, FeatureMethod, FileMethod, FileResults, Results } from '../../../shared/contract';
import type { Exchange } from '../exchange';
import type { Journal } from '../journal';
import type { UpdateChannel } from '../../../shared/updates';
import type { SyncEngine } from '../sync-api';

/** What every handler may use: reports, backups and imports in progress. */
export interface FeatureContext {
  readonly exchange: Exchange;
  /** The desktop app's network for the opt-in update check; undefined in the CLI and the test bridge. */
  readonly updateChannel: UpdateChannel | undefined;
  /** The sync engine, lent by whoever made the service (../sync-api.ts); undefined where sync is not offered. */
  readonly sync: SyncEngine | undefined;
}

/** What a handler of a method that needs the journal ('journal' or 'writer') receives. */
export interface JournalContext extends FeatureContext {
  readonly journal: Journal;
}

type ContextOf<M extends FeatureMethod> = Contract[M]['needs'] extends 'journal' | 'writer' ? JournalContext : FeatureContext;
type Answer<T> = T | Promise<T>;

export type Handler<M extends FeatureMethod> = M extends FileMethod
  ? (ctx: ContextOf<M>, arg: Arg<M>, path: string) => Answer<FileResults[M]>
  : (ctx: ContextOf<M>, arg: Arg<M>) => Answer<Results[M]>;

/** The handlers of one feature file: exactly its methods outside the vault's lifecycle. */
export type FeatureHandlers<F> = { [M in keyof F & FeatureMethod]: Handler<M> };
