// The command line's side of the socket when its holder goes away mid-call: a real AppServer on a real
// Unix socket in a private temp folder, stopped while a call waits for its answer.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectApp, type Holder } from '../../../electron/agent/app-client';
import { AppServer } from '../../../electron/agent/app-server';
import { agentJournalPaths, appPaths } from '../../../electron/agent/runtime-dir';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hearth-app-client-'));
  chmodSync(dir, 0o700);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A server that stops instead of answering: every call it receives is left without an answer. */
async function vanishingServer(holder: Holder) {
  const paths = (holder === 'app' ? appPaths : agentJournalPaths)(dir, join(dir, 'vault'));
  const received: string[] = [];
  const server: AppServer = new AppServer({
    paths,
    call: (method) => {
      received.push(method);
      server.stop();
      return new Promise(() => undefined);
    },
  });
  await server.start();
  const client = await connectApp(paths, undefined, holder);
  if (!client) throw new Error('no welcome');
  return { client, received };
}

describe('a call left unanswered when the app or the agent goes away', () => {
  it('says a change may or may not have been saved, and a read can simply run again', async () => {
    const agent = await vanishingServer('agent');
    expect(await agent.client.call('addEntry', { mood: 5 })).toEqual({
      ok: false,
      error: {
        code: 'LOCKED',
        message: 'The unlock agent ended before it answered, so whether the change was saved is not known: look (hearth list) before running the command again.',
      },
    });
    expect(agent.received).toEqual(['addEntry']);
    // Never sent: nothing could have happened.
    expect(await agent.client.call('addEntry', { mood: 5 })).toEqual({
      ok: false,
      error: { code: 'LOCKED', message: 'The unlock agent ended before it answered; run the command again.' },
    });

    const app = await vanishingServer('app');
    expect(await app.client.call('listEntries', undefined)).toEqual({
      ok: false,
      error: { code: 'LOCKED', message: 'The desktop app locked or quit before it answered; run the command again.' },
    });
    expect(app.received).toEqual(['listEntries']);
  });
});
