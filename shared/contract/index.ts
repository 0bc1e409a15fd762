// The one table of the contract, merged from the feature files beside this one. Everything else
// about the methods (the list, argument and result types, the file methods, the client's and the
// service's shapes) is derived from it, so a method is declared in exactly one place.
import type { z } from 'zod';
import { backups } from './backups';
import { care } from './care';
import { checkins } from './checkins';
import { data } from './data';
import { drafts } from './drafts';
import { entries } from './entries';
import { imports } from './imports';
import { insights } from './insights';
import { memories } from './memories';
import { people } from './people';
import { reminders } from './reminders';
import { reports } from './reports';
import { settings } from './settings';
import { sync } from './sync';
import { updates } from './updates';
import { vault } from './vault';

/** Each capability's methods, as its feature file declares them. */
export const FEATURES = { vault, entries, people, drafts, settings, insights, reports, backups, data, imports, updates, care, reminders, memories, checkins, sync };

export const CONTRACT = { ...vault, ...entries, ...people, ...drafts, ...settings, ...insights, ...reports, ...backups, ...data, ...imports, ...updates, ...care, ...reminders, ...memories, ...checkins, ...sync };
export type Contract = typeof CONTRACT;

export type Method = keyof Contract;
export const METHODS = Object.keys(CONTRACT) as Method[];

/** The argument schema of every method. */
export const argSchemas = Object.fromEntries(METHODS.map((m) => [m, CONTRACT[m].arg])) as { [M in Method]: Contract[M]['arg'] };
/** What a caller passes to a method. */
export type ArgIn<M extends Method> = z.input<Contract[M]['arg']>;
/** What a method receives after validation (defaults filled in). */
export type Arg<M extends Method> = z.output<Contract[M]['arg']>;

/** What every method resolves to. */
export type Results = { [M in Method]: Exclude<Contract[M]['result'], undefined> };

/**
 * Methods that read or write a file the person picks. The renderer never names a path: the main
 * process asks with the method's dialog (the CLI takes it from its arguments) and hands the
 * service the chosen path as a second argument.
 */
export type FileMethod = { [M in Method]: Contract[M] extends { dialog: unknown } ? M : never }[Method];
export const FILE_METHODS = METHODS.filter((m): m is FileMethod => 'dialog' in CONTRACT[m]);
/** What a file method of the service resolves to, once it has its path. */
export type FileResults = { [M in FileMethod]: Exclude<Contract[M]['done'], undefined> };

/** The vault's lifecycle, which HearthService implements itself; every other method has a feature handler. */
export type VaultMethod = { [M in Method]: Contract[M]['needs'] extends 'vault' ? M : never }[Method];
export type FeatureMethod = Exclude<Method, VaultMethod>;

/** The API as the renderer sees it on `window.hearth`: raw arguments in, validated in main. */
export type HearthClient = {
  [M in Method]: undefined extends ArgIn<M> ? (arg?: ArgIn<M>) => Promise<Results[M]> : (arg: ArgIn<M>) => Promise<Results[M]>;
};

/** The API as the service implements it: arguments already validated, defaults filled in. */
export type HearthApi = {
  [M in Method]: M extends FileMethod
    ? (arg: Arg<M>, path: string) => Promise<FileResults[M]>
    : undefined extends Arg<M>
      ? (arg?: Arg<M>) => Promise<Results[M]>
      : (arg: Arg<M>) => Promise<Results[M]>;
};
