// The tray, the login item and notifications against a stand-in 'electron' module (the binary is
// not installed here): what each asks of Electron, and what the person's clicks do.
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface MenuItem {
  label?: string;
  type?: string;
  click?: () => void;
}

const fake = vi.hoisted(() => ({
  notifications: [] as Array<{ options: { title: string; body: string }; shown: number; emit: (e: string) => void }>,
  supported: true,
  trays: [] as Array<{ image: unknown; tooltip: string; menu: MenuItem[]; destroyed: boolean; emit: (e: string) => void }>,
  login: { openAtLogin: false },
  setLogin: [] as unknown[],
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class Notification extends Emitter {
    static isSupported = () => fake.supported;
    shown = 0;
    constructor(public options: { title: string; body: string }) {
      super();
      fake.notifications.push(this);
    }
    show() {
      this.shown++;
    }
  }
  class Tray extends Emitter {
    tooltip = '';
    menu: MenuItem[] = [];
    destroyed = false;
    constructor(public image: unknown) {
      super();
      fake.trays.push(this);
    }
    setToolTip(text: string) {
      this.tooltip = text;
    }
    setContextMenu(menu: MenuItem[]) {
      this.menu = menu;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return {
    Notification,
    Tray,
    Menu: { buildFromTemplate: (items: MenuItem[]) => items },
    nativeImage: { createFromDataURL: (url: string) => ({ url }) },
    app: {
      getLoginItemSettings: () => ({ ...fake.login }),
      setLoginItemSettings: (settings: { openAtLogin: boolean }) => {
        fake.setLogin.push(settings);
        fake.login = { ...settings };
      },
    },
  };
});

const { showNotification } = await import('../../../electron/shell/notifications');
const { applyOpenAtLogin } = await import('../../../electron/shell/login-item');
const { BackgroundTray, onWindowClose, TRAY_TOOLTIP } = await import('../../../electron/shell/tray');
const { REMINDER_TEXT } = await import('../../../electron/shell/reminders');

beforeEach(() => {
  fake.notifications.length = 0;
  fake.trays.length = 0;
  fake.setLogin.length = 0;
  fake.supported = true;
  fake.login = { openAtLogin: false };
});

describe('showNotification', () => {
  it('shows exactly the fixed words, and runs the click once clicked', () => {
    const click = vi.fn();
    showNotification(REMINDER_TEXT, click);
    expect(fake.notifications).toHaveLength(1);
    const [n] = fake.notifications;
    expect(n!.options).toEqual({ title: 'Hearth', body: 'Time to write in Hearth' });
    expect(n!.shown).toBe(1);
    expect(click).not.toHaveBeenCalled();
    n!.emit('click');
    expect(click).toHaveBeenCalledOnce();
  });

  it('shows nothing where the system has no notifications', () => {
    fake.supported = false;
    showNotification(REMINDER_TEXT, () => {});
    expect(fake.notifications).toEqual([]);
  });
});

describe('applyOpenAtLogin', () => {
  it('asks the system to open Hearth at login, and to stop, only when that changes', () => {
    applyOpenAtLogin(false, 'darwin');
    expect(fake.setLogin).toEqual([]);
    applyOpenAtLogin(true, 'win32');
    applyOpenAtLogin(true, 'darwin');
    expect(fake.setLogin).toEqual([{ openAtLogin: true }]);
    applyOpenAtLogin(false, 'darwin');
    expect(fake.setLogin).toEqual([{ openAtLogin: true }, { openAtLogin: false }]);
  });
});

describe('BackgroundTray', () => {
  it('puts one icon with Open, New entry and Quit in the tray, and removes it', () => {
    const actions = { open: vi.fn(), newEntry: vi.fn(), quit: vi.fn() };
    const tray = new BackgroundTray(actions);
    expect(fake.trays).toHaveLength(0);
    tray.show();
    tray.show();
    expect(fake.trays).toHaveLength(1);
    const [t] = fake.trays;
    expect(t!.tooltip).toBe(TRAY_TOOLTIP);
    expect((t!.image as { url: string }).url).toMatch(/^data:image\/png;base64,/);
    expect(t!.menu.map((i) => i.label ?? i.type)).toEqual(['Open Hearth', 'New entry', 'separator', 'Quit Hearth']);
    t!.menu[0]!.click!();
    t!.menu[1]!.click!();
    t!.menu[3]!.click!();
    t!.emit('click');
    expect(actions.open).toHaveBeenCalledTimes(2);
    expect(actions.newEntry).toHaveBeenCalledOnce();
    expect(actions.quit).toHaveBeenCalledOnce();
    expect(tray.shown).toBe(true);
    tray.hide();
    expect(t!.destroyed).toBe(true);
    expect(tray.shown).toBe(false);
  });

  it('hides the window on close only when the person keeps Hearth running and it is not quitting', () => {
    expect(onWindowClose(false, false)).toBe('quit');
    expect(onWindowClose(true, false)).toBe('hide');
    expect(onWindowClose(true, true)).toBe('quit');
  });
});
