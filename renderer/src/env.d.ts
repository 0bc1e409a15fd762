// window.hearth: the contract exposed by the preload (or, in browser tests, by the test bridge's shim).
import type { HearthBridge } from '../../shared/api';

declare global {
  interface Window {
    hearth: HearthBridge;
  }
}
