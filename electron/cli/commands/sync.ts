import { resolve } from 'node:path';
import { plural } from '../../../shared/format';
import type { Command } from '../command';
import { EXIT, UsageError } from '../errors';
import { ENV } from '../secrets';
import type { Session } from '../session';
import type { SyncFolderStatus, SyncRoundResult } from '../../service/sync-session';

/** What --json prints of a round: exactly these three. */
const roundJson = ({ published, applied, skipped }: SyncRoundResult) => ({ published, applied, skipped });

function roundLines(result: SyncRoundResult): string[] {
  const lines = [`Published ${plural(result.published, 'change')}; applied ${plural(result.applied, 'change')} from other computers.`];
  for (const f of result.from) lines.push(`  ${plural(f.applied, 'change')} from ${f.name ?? f.id}`);
  for (const s of result.skipped) lines.push(`Skipped ${s.file}: ${s.reason}.`);
  return lines;
}

function statusLines(status: SyncFolderStatus | null): string[] {
  if (status === null) return ['Sync is not set up for this journal. Set it up with "hearth sync --folder DIR".'];
  const lines = [
    `Folder: ${status.folder}`,
    `This computer: ${status.device.name} (${status.device.id})`,
    `Last synced: ${status.lastSyncedAt ?? 'never'}`,
    `Not yet published: ${plural(status.unpublished, 'change')}`,
    `Change files of this computer in the folder: ${status.changeFiles}; ${status.snapshot === null ? 'no snapshot yet' : `its snapshot covers files 1 to ${status.snapshot.covers}`}`,
  ];
  if (status.devices.length === 0) lines.push('No other computer has synced yet.');
  for (const d of status.devices) {
    lines.push(
      `Other computer: ${d.name ?? 'unnamed'} (${d.id}), applied up to file ${d.appliedUpTo}, last seen ${d.lastSeenAt ?? 'never'}; it has applied this computer's files up to ${d.acknowledges ?? 'none'}`,
    );
  }
  return lines;
}

async function join(session: Session, folder: string, name: string | undefined, json: boolean): Promise<number> {
  const passphrase = await session.secrets.passphrase();
  const { joinSyncFolder } = await import('../../service/sync-join');
  const result = await joinSyncFolder({ folder, vaultDir: session.vaultDir, passphrase, ...(name === undefined ? {} : { deviceName: name }) });
  if (json) await session.printJson(roundJson(result));
  else await session.print([`Joined the journal in ${folder}: a new journal in ${session.vaultDir}, opened by the same passphrase.`, ...roundLines(result)].join('\n'));
  return EXIT.ok;
}

export const sync: Command = {
  name: 'sync',
  summary: 'Sync this journal with your other computers through a folder you already sync',
  usage: '[--folder DIR] [--name NAME] [--json] | join --folder DIR --vault NEWDIR [--name NAME] | status [--json]',
  description:
    'Runs one round of sync: publishes what changed here since the last round as encrypted change files in DIR, ' +
    'and applies what your other computers published there. DIR is a folder a sync tool (Syncthing, Dropbox, iCloud Drive, ' +
    'OneDrive, Nextcloud, a USB stick) keeps the same on every computer; nothing in it can be read without the passphrase. ' +
    'The first time, --folder sets sync up (an empty folder, or one this journal already syncs through); after that it may be left out. ' +
    '--json prints {"published": N, "applied": N, "skipped": [{"file", "reason"}]}. A change file that does not open ' +
    '(altered, of another journal, not yet whole) is skipped and named with its reason; that is not an error. ' +
    '"sync join --folder DIR --vault NEWDIR" makes a new journal in the empty folder NEWDIR from the journal another computer ' +
    `syncs through DIR, with that journal's passphrase (${ENV.passphrase} or the prompt), and applies everything. ` +
    '"sync status" says which folder, this computer\'s name, the other computers, when each was last seen and how far each ' +
    'has applied this computer\'s files (its change files go from the folder once every computer has applied them and a snapshot covers them). ' +
    '--name names this computer for the others (default: its host name).',
  options: {
    folder: { type: 'string', value: 'DIR', description: 'The sync folder' },
    name: { type: 'string', value: 'NAME', description: 'This computer\'s name, when setting up or joining' },
    json: { type: 'boolean', description: 'Print JSON' },
  },
  positionals: { min: 0, max: 1 },
  env: [ENV.passphrase],
  async run(session, args) {
    const [sub] = args.positionals;
    if (sub !== undefined && sub !== 'join' && sub !== 'status') throw new UsageError(`Unknown sync subcommand "${sub}"; use "sync", "sync join" or "sync status".`);
    const option = args.option('folder');
    const folder = option === undefined ? undefined : resolve(option);
    const name = args.option('name');
    const json = args.flag('json');
    if (sub === 'join') {
      if (folder === undefined) throw new UsageError('Say which sync folder to join: --folder DIR (and the new journal\'s folder with --vault NEWDIR).');
      return join(session, folder, name, json);
    }
    const { SyncSession } = await import('../../service/sync-session');
    const syncing = new SyncSession(await session.unlockHere());
    if (sub === 'status') {
      const status = await syncing.syncStatus();
      await (json ? session.printJson(status) : session.print(statusLines(status).join('\n')));
      return EXIT.ok;
    }
    const current = await syncing.syncStatus();
    if (current === null && folder === undefined) throw new UsageError('Sync is not set up yet: say which folder with --folder DIR.');
    const result =
      current === null || (folder !== undefined && folder !== current.folder)
        ? await syncing.syncSetUp({ folder: folder!, ...(name === undefined ? {} : { deviceName: name }) })
        : await syncing.syncRound();
    await (json ? session.printJson(roundJson(result)) : session.print(roundLines(result).join('\n')));
    return EXIT.ok;
  },
};
