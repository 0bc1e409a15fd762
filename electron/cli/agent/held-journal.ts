// The journal the unlock agent holds open, so a command skips loading it as well as Argon2: once the
// agent's key has opened it, the agent serves the command line's calls on a socket of its own, as the
// unlocked desktop app does (ipc/cli-call.ts answers each). A session whose key another process
// replaced ends at its next call, so the agent never writes under a stale key; it then ends whole.
import { AppServer } from '../../agent/app-server';
import type { AgentPaths } from '../../agent/runtime-dir';
import { answerCliCall } from '../../ipc/cli-call';

export interface HeldJournal {
  /** Stops serving (a call in flight loses its answer) and closes the journal. */
  close(): void;
}

const REFUSAL = 'The unlock agent does not change the journal’s keys for the command line: run "hearth lock" first, then the command again.';

/**
 * Opens the journal with the passphrase's key (wiped here once used) and serves it at `paths`; null
 * when the key no longer opens it. The service's code is loaded only now, after the agent said ready.
 */
export async function holdJournal(options: { vaultDir: string; key: Uint8Array; paths: AgentPaths; onKeyChanged: () => void }): Promise<HeldJournal | null> {
  const { HearthService } = await import('../../service/hearth-service');
  const { wipeKey } = await import('../../service/agent-key');
  const service = new HearthService({ vaultDir: options.vaultDir, onKeyChanged: options.onKeyChanged });
  let server: AppServer | null = null;
  try {
    const opened = await service.unlockWithPassphraseKey(options.key);
    await wipeKey(options.key);
    if (!opened) {
      service.close();
      return null;
    }
    server = new AppServer({ paths: options.paths, call: (method, arg, path) => answerCliCall(service, method, arg, path, REFUSAL) });
    await server.start();
    const started = server;
    return {
      close() {
        started.stop();
        service.close();
      },
    };
  } catch (e) {
    await wipeKey(options.key);
    server?.stop();
    service.close();
    throw e;
  }
}
