// The IPC call handler over a real service: trusted senders reach it through the shared dispatcher,
// untrusted ones are refused before anything runs.
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HearthService, TEST_KDF } from '../../../electron/service/hearth-service';
import { createHandlers } from '../../../electron/ipc/dispatch';
import { folderDialogs } from '../../support/folder-dialogs';
import { createCallHandler, type CallEvent } from '../../../electron/shell/ipc-handler';
import { isTrustedSender, type FrameLike } from '../../../electron/shell/sender-check';
import { PASSPHRASE, tempDir } from '../../support/vault';

const mainFrame: FrameLike = { url: 'app://hearth/index.html', processId: 3, routingId: 1, parent: null };
const trusted: CallEvent = { senderFrame: mainFrame };
const subframe: CallEvent = { senderFrame: { ...mainFrame, routingId: 9, parent: mainFrame } };

const cleanups: Array<() => void> = [];
afterEach(() => {
  vi.restoreAllMocks();
  while (cleanups.length) cleanups.pop()!();
});

function setup() {
  const { dir, cleanup } = tempDir();
  const service = new HearthService({ vaultDir: join(dir, 'vault'), kdf: TEST_KDF });
  cleanups.push(cleanup, () => service.close());
  const onActivity = vi.fn();
  const afterCall = vi.fn();
  const handle = createCallHandler<CallEvent>({
    handlers: createHandlers(service, folderDialogs(dir)),
    isTrusted: (event) => isTrustedSender(event.senderFrame, mainFrame),
    onActivity,
    afterCall,
  });
  return { service, handle, onActivity, afterCall };
}

describe('createCallHandler', () => {
  it('runs a trusted call on the service and wraps the result', async () => {
    const { handle, onActivity, afterCall } = setup();
    expect(await handle(trusted, 'status', undefined)).toEqual({ ok: true, value: { exists: false, unlocked: false } });
    expect(onActivity).toHaveBeenCalledOnce();
    expect(afterCall).toHaveBeenCalledExactlyOnceWith('status', true);
  });

  it('creates and uses a vault through the handler', async () => {
    const { handle, service } = setup();
    const created = await handle(trusted, 'create', { passphrase: PASSPHRASE });
    expect(created.ok).toBe(true);
    expect(await service.status()).toEqual({ exists: true, unlocked: true });
    expect(await handle(trusted, 'getSettings', undefined)).toEqual({ ok: true, value: {
        autoLockMinutes: 5,
        theme: 'system',
        dateLocale: 'system',
        weekStartsOn: 1,
        autoBackup: null,
        checkForUpdates: false,
        reminders: { enabled: false, times: ['20:00'], days: [0, 1, 2, 3, 4, 5, 6] },
        keepRunning: false,
        openAtLogin: false,
        writingPrompts: true,
        onThisDay: true,
      },
    });
  });

  it('returns validation and service errors as envelopes with their codes', async () => {
    const { handle, afterCall } = setup();
    const invalid = await handle(trusted, 'unlock', { passphrase: 'x', extra: true });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await handle(trusted, 'unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'NO_VAULT' } });
    expect(await handle(trusted, 'getSettings', undefined)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await handle(trusted, 'dropTables', undefined)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'method' } });
    expect(afterCall).toHaveBeenLastCalledWith('dropTables', false);
  });

  it('refuses an untrusted sender before the service runs', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { handle, service, onActivity, afterCall } = setup();
    await expect(handle(subframe, 'create', { passphrase: PASSPHRASE })).rejects.toThrow('Refused');
    await expect(handle({ senderFrame: null }, 'status', undefined)).rejects.toThrow('Refused');
    await expect(handle({ senderFrame: { ...mainFrame, url: 'https://example.com/' } }, 'status', undefined)).rejects.toThrow('Refused');
    expect(await service.status()).toEqual({ exists: false, unlocked: false });
    expect(onActivity).not.toHaveBeenCalled();
    expect(afterCall).not.toHaveBeenCalled();
  });
});
