// The inlined decryptor: one minified browser IIFE that can sit inside a <script> element, made
// once per process (the Electron build bakes the same bundle into the main process).
import { describe, expect, it } from 'vitest';
import { bundleReportViewer, getViewerScript } from '../../../electron/report/viewer-script';

describe('getViewerScript', () => {
  it('bundles the viewer with age-encryption into one IIFE that cannot end its script element', async () => {
    const script = await getViewerScript();
    expect(script.startsWith('(()=>{')).toBe(true);
    expect(script).not.toMatch(/<\/script|<!--/i);
    expect(script).not.toMatch(/\bimport\s*\(|\brequire\(/);
    expect(script).toContain('That passphrase does not open this report. Check it and try again.');
    expect(script).toContain('age-encryption.org/v1');
  });

  it('bundles once per process', async () => {
    const [a, b] = await Promise.all([getViewerScript(), getViewerScript()]);
    expect(a).toBe(b);
    expect(await bundleReportViewer()).toBe(a);
  });
});
