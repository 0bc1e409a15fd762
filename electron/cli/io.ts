// The process streams the CLI talks to, injected so tests run commands in-process.

/** A terminal to prompt on, separate from stdin so `add --ndjson` can read entries from a pipe. */
export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  close(): void;
}

export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
  /** The terminal for no-echo prompts, or null when there is none (a pipe, CI, a service). */
  openTerminal(): Terminal | null;
  /** The clock "now" and "today" come from; the system clock when absent. */
  now?: () => Date;
}

/** Write one line and resolve once the stream has handed it on, so a printed line is really out. */
export function writeLine(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(`${text}\n`, (error) => (error ? reject(error) : resolve()));
  });
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
