// The BrowserWindow options that keep the untrusted renderer away from Node and disk.
import { describe, expect, it } from 'vitest';
import { MIN_HEIGHT, MIN_WIDTH, PARTITION, windowOptions } from '../../../electron/shell/window-options';

describe('windowOptions', () => {
  const options = windowOptions('/app/out/preload/preload.cjs');
  const prefs = options.webPreferences!;

  it('isolates and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('turns spell-check off so typed notes never reach a spelling service', () => {
    expect(prefs.spellcheck).toBe(false);
  });

  it('uses an in-memory session partition', () => {
    expect(prefs.partition).toBe(PARTITION);
    expect(PARTITION).toBe('hearth');
    expect(prefs.partition!.startsWith('persist:')).toBe(false);
  });

  it('loads the given preload script', () => {
    expect(prefs.preload).toBe('/app/out/preload/preload.cjs');
  });

  it('has a 900x600 minimum size and starts hidden until ready', () => {
    expect([options.minWidth, options.minHeight]).toEqual([900, 600]);
    expect([MIN_WIDTH, MIN_HEIGHT]).toEqual([900, 600]);
    expect(options.width!).toBeGreaterThanOrEqual(900);
    expect(options.height!).toBeGreaterThanOrEqual(600);
    expect(options.show).toBe(false);
  });
});
