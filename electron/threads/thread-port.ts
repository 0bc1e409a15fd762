// The worker's side of a WorkerThread: its start data and its messages, typed by the same protocol.
import { parentPort, workerData, type TransferListItem } from 'node:worker_threads';
import type { WorkerProtocol } from './worker-thread';

export interface ThreadPort<P extends WorkerProtocol> {
  /** What the thread was started with. */
  readonly data: P['data'];
  post(reply: P['reply'], transfer?: TransferListItem[]): void;
  /** Every request, in order. */
  onMessage(listener: (request: P['request']) => void): void;
  /** The next request only: once it came, the port no longer keeps the thread alive. */
  next(): Promise<P['request']>;
}

export function threadPort<P extends WorkerProtocol>(): ThreadPort<P> {
  const port = parentPort;
  if (!port) throw new Error('this module runs only in a worker thread');
  return {
    data: workerData as P['data'],
    post: (reply, transfer = []) => port.postMessage(reply, transfer),
    onMessage: (listener) => port.on('message', listener),
    next: () => new Promise((resolve) => port.once('message', resolve)),
  };
}
