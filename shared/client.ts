// Builds the typed client (window.hearth) from the method list and a transport. Used by the preload
// and by the test bridge's browser shim, so both expose exactly the contract and nothing else.
import type { HearthClient } from './api';
import { HearthError, type Envelope } from './errors';
import { METHODS, type Method } from './schemas';

export type Transport = (method: Method, arg: unknown) => Promise<Envelope<unknown>>;

export function createClient(transport: Transport): HearthClient {
  const client: Record<string, (arg?: unknown) => Promise<unknown>> = {};
  for (const method of METHODS) {
    client[method] = async (arg?: unknown) => {
      const result = await transport(method, arg);
      if (result.ok) return result.value;
      throw HearthError.fromInfo(result.error);
    };
  }
  return client as HearthClient;
}
