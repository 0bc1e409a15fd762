// No-echo prompts on a terminal. readline runs in terminal mode (raw input, so typed characters are
// not echoed by the tty) and its own echo goes to a sink; only the question reaches the screen.
import { createInterface, type Interface } from 'node:readline';
import { Writable } from 'node:stream';
import { CancelledError } from './errors';
import type { Terminal } from './io';

interface Waiter {
  resolve: (line: string) => void;
  reject: (error: Error) => void;
}

export class HiddenPrompter {
  private readonly rl: Interface;
  /** Lines typed ahead of a question (a fast typist, or a test writing several at once). */
  private readonly pending: string[] = [];
  private waiter: Waiter | undefined;
  private ended = false;

  constructor(private readonly terminal: Terminal) {
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    this.rl = createInterface({ input: terminal.input, output: sink, terminal: true });
    this.rl.on('line', (line) => this.deliver(line));
    this.rl.on('SIGINT', () => this.end());
    this.rl.on('close', () => this.end());
  }

  ask(question: string): Promise<string> {
    this.terminal.output.write(question);
    const line = this.pending.shift();
    if (line !== undefined) return this.answered(line);
    if (this.ended) return this.cancelled();
    return new Promise<string>((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  close(): void {
    this.rl.close();
    this.terminal.close();
  }

  private deliver(line: string): void {
    const waiter = this.waiter;
    if (!waiter) {
      this.pending.push(line);
      return;
    }
    this.waiter = undefined;
    this.terminal.output.write('\n');
    waiter.resolve(line);
  }

  private answered(line: string): Promise<string> {
    this.terminal.output.write('\n');
    return Promise.resolve(line);
  }

  private cancelled(): Promise<string> {
    this.terminal.output.write('\n');
    return Promise.reject(new CancelledError());
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    const waiter = this.waiter;
    this.waiter = undefined;
    if (waiter) {
      this.terminal.output.write('\n');
      waiter.reject(new CancelledError());
    }
    this.rl.close();
  }
}
