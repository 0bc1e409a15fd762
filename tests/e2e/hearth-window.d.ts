// In pages driven by Playwright, window.hearth is the test bridge's shim of the contract.
import type { HearthBridge } from '../../shared/api';

declare global {
  interface Window {
    hearth: HearthBridge;
  }
}
