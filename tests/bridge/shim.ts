// Runs in the browser page served by the test bridge: defines window.hearth exactly as the preload
// does (the same installHearth and method list), over HTTP to the bridge instead of IPC.
import type { HearthEvent } from '../../shared/api';
import { METHODS } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import { installHearth, type BridgeCall, type BridgeSubscribe } from '../../electron/shell/bridge';

// Replaced at bundle time with this run's token (see bundle-shim.ts).
declare const __BRIDGE_TOKEN__: string;
// Browser globals: this file is type-checked with the Node project, which has no DOM lib.
declare const EventSource: new (url: string) => { onmessage: ((message: { data: string }) => void) | null };

type Listener = (event: HearthEvent) => void;

const listeners = new Set<Listener>();

const call: BridgeCall = async (method, arg) => {
  const response = await fetch('/__bridge/call', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hearth-token': __BRIDGE_TOKEN__ },
    body: JSON.stringify({ method, arg }),
  });
  if (!response.ok) return { ok: false, error: { code: 'INTERNAL', message: `The test bridge answered ${response.status}.` } };
  return (await response.json()) as Envelope<unknown>;
};

// EventSource cannot send headers, so the events stream takes the token in its query.
const events = new EventSource(`/__bridge/events?token=${encodeURIComponent(__BRIDGE_TOKEN__)}`);
events.onmessage = (message) => {
  const event = JSON.parse(message.data) as HearthEvent;
  for (const listener of listeners) listener(event);
};

const subscribe: BridgeSubscribe = (listener) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

installHearth(METHODS, call, subscribe);
