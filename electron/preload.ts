// Sandboxed preload (bundled to CommonJS): exposes window.hearth and nothing else. ipcRenderer and
// IPC event objects never reach the page; see ./shell/bridge.ts for why the client is built there.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type HearthEvent } from '../shared/api';
import { METHODS } from '../shared/schemas';
import { installHearth, type BridgeCall, type BridgeSubscribe } from './shell/bridge';

const call: BridgeCall = (method, arg) => ipcRenderer.invoke(IPC_CALL_CHANNEL, method, arg);

const subscribe: BridgeSubscribe = (listener) => {
  const forward = (_event: IpcRendererEvent, payload: HearthEvent): void => listener(payload);
  ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
  };
};

contextBridge.executeInMainWorld({ func: installHearth, args: [METHODS, call, subscribe] });
