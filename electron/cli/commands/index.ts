// The command table, in the order "hearth --help" lists it. It holds only names and summaries: a
// command's module, and the service, SQLite, libsodium and zod behind it, is imported when that
// command runs, so `hearth --help` starts at once; `unlocks` marks a command that unlocks with the
// passphrase (a test checks it against the modules). Adding a command is one line here:
//   { name: 'NAME', summary: 'The summary of its module', load: async () => (await import('./file')).exportName },
import type { CommandEntry } from '../command';

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'init', summary: 'Create a new journal and show its recovery key once', load: async () => (await import('./init')).init },
  { name: 'add', summary: 'Add an entry from JSON (stdin, a file, or one per line with --ndjson)', unlocks: true, load: async () => (await import('./add')).add },
  { name: 'list', summary: 'List entries, newest first', unlocks: true, load: async () => (await import('./list')).list },
  { name: 'show', summary: 'Print one entry', unlocks: true, load: async () => (await import('./show')).show },
  { name: 'edit', summary: 'Replace an entry with new JSON', unlocks: true, load: async () => (await import('./edit')).edit },
  { name: 'delete', summary: 'Delete an entry', unlocks: true, load: async () => (await import('./delete')).remove },
  { name: 'people', summary: 'List the people in the journal', unlocks: true, load: async () => (await import('./people')).people },
  { name: 'stats', summary: 'Support and mood, in figures', unlocks: true, load: async () => (await import('./stats')).stats },
  { name: 'remind', summary: 'Show when Hearth will next remind you to write', unlocks: true, load: async () => (await import('./remind')).remind },
  { name: 'export', summary: 'Write a therapy report, a backup, or the journal as CSV or JSON', unlocks: true, load: async () => (await import('./export')).exportCommand },
  { name: 'import', summary: "Restore a backup, or import Hearth's own data or a Daylio, jrnl or Day One export", unlocks: true, load: async () => (await import('./import')).importCommand },
  { name: 'passwd', summary: 'Change the passphrase', load: async () => (await import('./passwd')).passwd },
  { name: 'recover', summary: 'Set a new passphrase with the recovery key', load: async () => (await import('./recover')).recover },
  { name: 'verify', summary: 'Check that every record can be decrypted and matches the journal seal', unlocks: true, load: async () => (await import('./verify')).verify },
  { name: 'salvage', summary: 'Copy what can still be read of a damaged journal into a new one', load: async () => (await import('./salvage')).salvage },
  { name: 'helplines', summary: 'Print crisis helplines for a country', load: async () => (await import('./helplines')).helplines },
  { name: 'checkin', summary: 'Answer a check-in questionnaire, or list them', unlocks: true, load: async () => (await import('./checkin')).checkin },
  { name: 'unlock', summary: 'Keep the journal unlocked for a while, so commands ask for no passphrase', unlocks: true, load: async () => (await import('./unlock')).unlock },
  { name: 'lock', summary: 'End the unlock agent: commands ask for the passphrase again', load: async () => (await import('./lock')).lock },
  { name: 'sync', summary: 'Sync this journal with your other computers through a folder you already sync', unlocks: true, load: async () => (await import('./sync')).sync },
];

export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}
