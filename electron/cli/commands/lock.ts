import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { askAgent, locateAgent } from '../../agent/client';
import { refusedWarning } from '../../agent/runtime-dir';
import type { Command } from '../command';
import { EXIT } from '../errors';

/** How long `lock` waits for the agent to have wiped its key and removed its files. */
const GONE_WAIT_MS = 3000;

export const lock: Command = {
  name: 'lock',
  summary: 'End the unlock agent: commands ask for the passphrase again',
  usage: '',
  description:
    'Ends the unlock agent that "hearth unlock" started for this journal: it wipes the key and removes its socket and token. ' +
    'When none was running, says so and exits 0 as well. It does not lock the desktop app: while the app has the journal unlocked, ' +
    'commands go through it without a passphrase, and lock says so.',
  options: {},
  positionals: { min: 0, max: 0 },
  env: [],
  async run(session) {
    const found = locateAgent(session.vaultDir, session.io.env);
    if (found.refused) await session.warn(refusedWarning(found.refused));
    const answer = found.paths ? await askAgent(found.paths, 'lock') : { status: 'none' as const };
    if (answer.status !== 'ok' || !found.paths) {
      await session.print('No unlock agent was running for this journal; nothing to lock.');
    } else {
      for (let waited = 0; existsSync(found.paths.token) && waited < GONE_WAIT_MS; waited += 50) await sleep(50);
      await session.print('Locked: the unlock agent ended and its key is wiped.');
    }
    // The app is the person's to lock: the command line only says that commands still reach it.
    if (await session.appHoldsJournal()) {
      await session.print('The desktop app still has this journal unlocked: commands go through it without a passphrase until you lock it there (Ctrl+L).');
    }
    return EXIT.ok;
  },
};
