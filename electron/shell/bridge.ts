// window.hearth in the renderer, built the same way by the preload and by the test bridge's page
// shim. contextBridge copies an Error thrown across it as a bare Error
// with only its message (electron/electron#25596), which would strip the HearthError code the UI
// branches on. So the bridge carries envelopes, and the client that turns an error envelope into
// a thrown error is built inside the page's own world by `installHearth`.
import type { HearthEvent } from '../../shared/api';
import type { Method } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';

export type HearthEventListener = (event: HearthEvent) => void;

/** Isolated-world function exposed across the bridge: one call, answered with an envelope. */
export type BridgeCall = (method: string, arg: unknown) => Promise<Envelope<unknown>>;
export type BridgeSubscribe = (listener: HearthEventListener) => () => void;

/**
 * Runs in the page's main world via contextBridge.executeInMainWorld, which serializes the
 * function: it must stay self-contained (no imports, no outer variables, no helpers).
 */
export function installHearth(methods: readonly Method[], call: BridgeCall, subscribe: BridgeSubscribe): void {
  const api: Record<string, unknown> = {};
  for (const method of methods) {
    api[method] = async (arg?: unknown) => {
      const result = await call(method, arg);
      // Values copied over the bridge can arrive frozen; hand the page ordinary data.
      if (result.ok) return structuredClone(result.value);
      const error = new Error(result.error.message) as Error & Record<string, unknown>;
      error.name = 'HearthError';
      error.code = result.error.code;
      if (result.error.field !== undefined) error.field = result.error.field;
      if (result.error.recordId !== undefined) error.recordId = result.error.recordId;
      throw error;
    };
  }
  api.onEvent = (listener: HearthEventListener) => subscribe((event) => listener(structuredClone(event)));
  Object.defineProperty(globalThis, 'hearth', { value: Object.freeze(api), enumerable: true });
}
