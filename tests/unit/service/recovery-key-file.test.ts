// Saving the recovery key: the handler asks where, writes the key, and says the file's name; a
// cancelled dialog writes nothing and says so.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../electron/ipc/dispatch';
import { freshService } from '../../support/vault';

let v: Awaited<ReturnType<typeof freshService>>;
beforeAll(async () => {
  v = await freshService();
});
afterAll(() => v.cleanup());

it('writes the key into the file the dialog chose, readable only by its owner', async () => {
  const handlers = createHandlers(v.service, v.dialogs);
  const result = await dispatch(handlers, 'saveRecoveryKey', { recoveryKey: v.recoveryKey });
  expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'hearth-recovery-key.txt' } });
  const path = join(v.filesDir, 'hearth-recovery-key.txt');
  const text = readFileSync(path, 'utf8');
  expect(text.split('\n')).toContain(v.recoveryKey);
  if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
});

it('writes nothing when the dialog is cancelled', async () => {
  const before = readdirSync(v.filesDir).length;
  const handlers = createHandlers(v.service, { ...v.dialogs, save: async () => null });
  expect(await dispatch(handlers, 'saveRecoveryKey', { recoveryKey: v.recoveryKey })).toEqual({ ok: true, value: { saved: false } });
  expect(readdirSync(v.filesDir)).toHaveLength(before);
});

it('refuses anything that is not a recovery key', async () => {
  const handlers = createHandlers(v.service, v.dialogs);
  for (const recoveryKey of ['', '../../etc/passwd', 'abcd-efgh', `${v.recoveryKey}\n<script>`]) {
    expect(await dispatch(handlers, 'saveRecoveryKey', { recoveryKey })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  }
});
