// Where secrets come from: an environment variable, else a no-echo prompt. Never from argv, where
// other users could read them in the process list.
import { UsageError } from './errors';
import type { CliIo } from './io';
import { HiddenPrompter } from './prompt';

export const ENV = {
  vault: 'HEARTH_VAULT',
  passphrase: 'HEARTH_PASSPHRASE',
  newPassphrase: 'HEARTH_NEW_PASSPHRASE',
  recoveryKey: 'HEARTH_RECOVERY_KEY',
  exportPassphrase: 'HEARTH_EXPORT_PASSPHRASE',
} as const;

export class Secrets {
  private prompter: HiddenPrompter | undefined;

  constructor(private readonly io: CliIo) {}

  passphrase(): Promise<string> {
    return this.fromEnvOrPrompt(ENV.passphrase, 'Passphrase: ');
  }

  /** The passphrase of an exported file or backup, if given in the environment. */
  exportPassphrase(): string | undefined {
    return this.io.env[ENV.exportPassphrase];
  }

  /** The passphrase of a backup to restore: from the environment, else asked for. */
  backupPassphrase(): Promise<string> {
    return this.fromEnvOrPrompt(ENV.exportPassphrase, 'Backup passphrase: ');
  }

  recoveryKey(): Promise<string> {
    return this.fromEnvOrPrompt(ENV.recoveryKey, 'Recovery key: ');
  }

  /** A new passphrase: from `envName`, else typed twice. */
  async newPassphrase(envName: string): Promise<string> {
    const fromEnv = this.io.env[envName];
    if (fromEnv !== undefined) return fromEnv;
    const first = await this.ask(envName, 'New passphrase: ');
    const second = await this.ask(envName, 'Repeat the new passphrase: ');
    if (first !== second) throw new UsageError('The two passphrases do not match; nothing was changed.');
    return first;
  }

  close(): void {
    this.prompter?.close();
    this.prompter = undefined;
  }

  private async fromEnvOrPrompt(envName: string, question: string): Promise<string> {
    return this.io.env[envName] ?? this.ask(envName, question);
  }

  private async ask(envName: string, question: string): Promise<string> {
    if (!this.prompter) {
      const terminal = this.io.openTerminal();
      if (!terminal) {
        throw new UsageError(`No terminal to ask on: set ${envName} or run hearth in a terminal.`);
      }
      this.prompter = new HiddenPrompter(terminal);
    }
    return this.prompter.ask(question);
  }
}
