// A small in-memory window.hearth for the shell and onboarding tests.
import { vi } from 'vitest';
import type { HearthBridge, HearthEvent, SavedDraft } from '../../../shared/api';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/domain';
import { HearthError } from '../../../shared/errors';

export const KEY = 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRST';

export function fakeHearth(options: { exists?: boolean; unlocked?: boolean; passphrase?: string } = {}) {
  const state = {
    exists: options.exists ?? true,
    unlocked: options.unlocked ?? false,
    passphrase: options.passphrase ?? 'correct horse battery staple',
    settings: { ...DEFAULT_SETTINGS } as Settings,
    draft: null as SavedDraft | null,
  };
  const listeners = new Set<(e: HearthEvent) => void>();
  const hearth = {
    status: vi.fn(async () => ({ exists: state.exists, unlocked: state.unlocked })),
    create: vi.fn(async ({ passphrase }: { passphrase: string }) => {
      state.exists = true;
      state.unlocked = true;
      state.passphrase = passphrase;
      return { recoveryKey: KEY };
    }),
    unlock: vi.fn(async ({ passphrase }: { passphrase: string }) => {
      if (passphrase !== state.passphrase) throw new HearthError('WRONG_PASSPHRASE');
      state.unlocked = true;
    }),
    unlockWithRecoveryKey: vi.fn(async ({ recoveryKey, newPassphrase }: { recoveryKey: string; newPassphrase: string }) => {
      if (recoveryKey.toUpperCase().replace(/[\s-]/g, '') !== KEY.replace(/-/g, '')) throw new HearthError('WRONG_RECOVERY_KEY');
      state.passphrase = newPassphrase;
      state.unlocked = true;
    }),
    changePassphrase: vi.fn(async ({ rotateKey }: { rotateKey?: boolean }) => ({ recoveryKey: rotateKey ? KEY : null })),
    newRecoveryKey: vi.fn(async () => ({ recoveryKey: KEY })),
    lock: vi.fn(async () => {
      state.unlocked = false;
    }),
    getSettings: vi.fn(async () => ({ ...state.settings })),
    updateSettings: vi.fn(async (patch: Partial<Settings>) => {
      state.settings = { ...state.settings, ...patch };
      return { ...state.settings };
    }),
    listEntries: vi.fn(async () => ({ entries: [], total: 0 })),
    listPeople: vi.fn(async () => []),
    listTags: vi.fn(async () => []),
    getDraft: vi.fn(async () => state.draft),
    saveDraft: vi.fn(async (draft: Omit<SavedDraft, 'savedAt'>) => {
      state.draft = { ...draft, savedAt: '2026-01-01T00:00:00.000Z' };
    }),
    discardDraft: vi.fn(async () => {
      state.draft = null;
    }),
    readyToLock: vi.fn(async () => undefined),
    syncStatus: vi.fn(async () => ({ folder: null, device: null, devices: [], lastSyncedAt: null, unpublished: 0 })),
    onEvent: vi.fn((listener: (e: HearthEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
  };
  window.hearth = hearth as unknown as HearthBridge;
  return {
    hearth,
    state,
    emit(event: HearthEvent) {
      for (const l of listeners) l(event);
    },
  };
}
