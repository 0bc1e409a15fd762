// Sandboxed preload (bundled to CommonJS): exposes window.hearth and nothing else. ipcRenderer and
// IPC event objects never reach the page; see ./shell/bridge.ts for why the client is built there.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type HearthEvent } from '../shared/api';
import { METHODS, type Method } from '../shared/contract';
import { installHearth, type BridgeCall, type BridgeSubscribe } from './shell/bridge';

const call: BridgeCall = (method, arg) => ipcRenderer.invoke(IPC_CALL_CHANNEL, method, arg);

const subscribe: BridgeSubscribe = (listener) => {
  const forward = (_event: IpcRendererEvent, payload: HearthEvent): void => listener(payload);
  ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
  };
};

// The page's methods are exactly the contract's, taken from its one table.
const args = [METHODS satisfies readonly Method[], call, subscribe] satisfies Parameters<typeof installHearth>;
contextBridge.executeInMainWorld({ func: installHearth, args });
