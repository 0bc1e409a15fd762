// How a contract method is declared, once: its argument schema, what it resolves to, what it needs
// to run, and for a method that reads or writes a file the person picks, the dialog that asks for
// it. Plain data and pure functions: the main process, the CLI and the test bridge act on it.
import { z } from 'zod';

/** What a method needs to run. Every call first waits its turn in the service's one queue. */
export type Needs =
  /** The vault's lifecycle (create, unlock, lock…): HearthService itself implements these. */
  | 'vault'
  /** Nothing more: it answers whether the journal is locked or not. */
  | 'nothing'
  /** The unlocked journal (LOCKED otherwise), with what other processes wrote taken in first. */
  | 'journal'
  /** The same, holding the vault's write lock for the whole call. */
  | 'writer';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * The native dialog of a file method. `today` is the local date (YYYY-MM-DD) of the service's
 * clock; a default name says what is inside without saying anything private.
 */
export type DialogSpec<A> =
  | { kind: 'save'; title: string; defaultName: (arg: A, today: string) => string; filters: (arg: A) => FileFilter[] }
  | { kind: 'open'; title: (arg: A) => string; filters: (arg: A) => FileFilter[] }
  | { kind: 'folder'; title: string };

/**
 * What the caller of a file method receives, from what the service did with the chosen path
 * (`Done`), or when the person cancelled the dialog (an ordinary outcome, not an error):
 * - `saved`: `{ saved: true, fileName }`, or `{ saved: false }`;
 * - `saved-report`: `{ saved: true, ...Done }`, or `{ saved: false }`;
 * - `opened`: `{ opened: true, summary: Done }`, or `{ opened: false }`;
 * - `settings`: `Done`, the settings; cancelled, nothing changes and the current settings answer.
 */
export type Outcome = 'saved' | 'saved-report' | 'opened' | 'settings';

export type OutcomeResult<O extends Outcome, Done> = O extends 'saved'
  ? { saved: true; fileName: string } | { saved: false }
  : O extends 'saved-report'
    ? { saved: false } | ({ saved: true } & Done)
    : O extends 'opened'
      ? { opened: true; summary: Done } | { opened: false }
      : Done;

export interface MethodSpec<A extends z.ZodType = z.ZodType, R = unknown, N extends Needs = Needs> {
  readonly arg: A;
  readonly needs: N;
  /** Type only, never set: what the method resolves to. */
  readonly result?: R;
}

export interface FileMethodSpec<A extends z.ZodType = z.ZodType, Done = unknown, N extends Needs = Needs, O extends Outcome = Outcome>
  extends MethodSpec<A, OutcomeResult<O, Done>, N> {
  readonly dialog: DialogSpec<z.output<A>>;
  readonly outcome: O;
  /** Type only, never set: what the service resolves to once it has the path. */
  readonly done?: Done;
}

/** `method<Result>()({ arg, needs })`: the result type is named, the rest inferred. */
export const method =
  <R>() =>
  <A extends z.ZodType, N extends Needs>(spec: { arg: A; needs: N }): MethodSpec<A, R, N> =>
    spec;

/** `fileMethod<Done>()({ arg, needs, dialog, outcome })`, where Done is what the service resolves to. */
export const fileMethod =
  <Done>() =>
  <A extends z.ZodType, N extends Needs, O extends Outcome>(spec: {
    arg: A;
    needs: N;
    dialog: DialogSpec<z.output<A>>;
    outcome: O;
  }): FileMethodSpec<A, Done, N, O> =>
    spec;

/** The argument of a method that takes none. */
export const none = z.undefined();
