// "Keep Hearth running when the window is closed": the window hides (the journal locked) behind a
// tray / menu-bar icon, so reminders still come. Off, closing the window quits as before.
import { Menu, nativeImage, Tray } from 'electron';

/** A small flame, 32×32 PNG. */
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAY0lEQVR42u3Xuw3AMAhFUSbKQtnWi900qSJZ+YAVbF5xW+tUgK3tm/2ZCeB8gLOaAC7VAtCpBoCb1gbwsCEAXhYK4GMhAJy5AAQ1J4DgBBBAAA2iOXdBim2Y4h5IdROu9Tk9AAKOjPlTwS1jAAAAAElFTkSuQmCC';

export const TRAY_TOOLTIP = 'Hearth';

export interface TrayActions {
  open: () => void;
  newEntry: () => void;
  quit: () => void;
}

export class BackgroundTray {
  #tray: Tray | null = null;

  constructor(private readonly actions: TrayActions) {}

  get shown(): boolean {
    return this.#tray !== null;
  }

  show(): void {
    if (this.#tray) return;
    const tray = new Tray(nativeImage.createFromDataURL(ICON));
    tray.setToolTip(TRAY_TOOLTIP);
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: 'Open Hearth', click: () => this.actions.open() },
        { label: 'New entry', click: () => this.actions.newEntry() },
        { type: 'separator' },
        { label: 'Quit Hearth', click: () => this.actions.quit() },
      ]),
    );
    tray.on('click', () => this.actions.open());
    this.#tray = tray;
  }

  hide(): void {
    this.#tray?.destroy();
    this.#tray = null;
  }
}

/**
 * What closing the window does: 'quit' as always, or 'hide' when the person keeps Hearth running
 * and it is not quitting anyway (the tray's Quit, the system's shutdown, Cmd+Q).
 */
export function onWindowClose(keepRunning: boolean, quitting: boolean): 'quit' | 'hide' {
  return keepRunning && !quitting ? 'hide' : 'quit';
}
