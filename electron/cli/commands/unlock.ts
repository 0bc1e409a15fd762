import { askAgent, locateAgent } from '../../agent/client';
import { openRuntimeDir } from '../../agent/runtime-dir';
import { DEFAULT_FOR, durationWords, parseDuration } from '../agent/duration';
import { startAgent } from '../agent/spawn';
import type { Command } from '../command';
import { EXIT } from '../errors';
import { ENV } from '../secrets';

const clock = (at: Date) => `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}:${String(at.getSeconds()).padStart(2, '0')}`;

export const unlock: Command = {
  name: 'unlock',
  summary: 'Keep the journal unlocked for a while, so commands ask for no passphrase',
  usage: '[--for 15m]',
  description:
    'Asks for the passphrase once, derives the key and starts a background agent that keeps it for the time given ' +
    `(--for 90s, 15m or 2h; ${DEFAULT_FOR} by default, at most 12h). Until then, no command on this journal asks for the passphrase: ` +
    'the agent opens the journal and answers their calls itself once it is open, and until then hands them the key. ' +
    'The agent answers only processes of the same user that present the token in its private folder. It ends at the deadline, after the computer sleeps, on "hearth lock", when the ' +
    'desktop app locks, and when the passphrase changes. Unlocking again replaces a running agent.',
  options: {
    for: { type: 'string', value: 'DURATION', description: `How long to stay unlocked: 90s, 15m, 2h (default ${DEFAULT_FOR}, at most 12h)` },
  },
  positionals: { min: 0, max: 0 },
  env: [ENV.passphrase],
  async run(session, args) {
    const given = args.option('for') ?? DEFAULT_FOR;
    const ms = parseDuration(given);
    const dir = openRuntimeDir(session.io.env, true);
    if (dir === null || !dir.ok) {
      throw new Error(`The unlock agent cannot start: its folder ${dir?.dir ?? ''} is unsafe (${dir && !dir.ok ? dir.problem : 'missing'}). Commands still work with the passphrase.`);
    }
    const key = await session.agentKey();
    const until = Date.now() + ms;
    try {
      // A running agent is replaced only once the passphrase proved right.
      const running = locateAgent(session.vaultDir, session.io.env).paths;
      if (running) await askAgent(running, 'lock');
      await startAgent({ vaultDir: session.vaultDir, runtimeDir: dir.dir, until }, key);
    } finally {
      // Imported here: it loads SQLite and libsodium, which would delay the start of Argon2id.
      const { wipeKey } = await import('../../service/agent-key');
      await wipeKey(key);
    }
    await session.print(`Unlocked for ${durationWords(given)}, until ${clock(new Date(until))}: commands on this journal need no passphrase until then. "hearth lock" locks it now.`);
    return EXIT.ok;
  },
};
