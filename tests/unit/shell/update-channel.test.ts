// The shell's update channel over a stand-in for Electron's net and shell: one GET with redirects
// refused and no credentials, errors for a bad answer, and only https pages opened.
import { describe, expect, it, vi } from 'vitest';
import { createUpdateChannel, type UpdateNet } from '../../../electron/shell/update-channel';

const answer = (status: number, body: string) => ({ ok: status >= 200 && status < 300, status, text: async () => body });

describe('createUpdateChannel', () => {
  it('fetches the one address it is given, refusing redirects and sending no credentials', async () => {
    const fetch = vi.fn<UpdateNet['fetch']>(async () => answer(200, '{"version":"1.0.0"}'));
    const channel = createUpdateChannel({ fetch }, { openExternal: vi.fn() }, '0.1.0');
    expect(channel.currentVersion).toBe('0.1.0');
    expect(fetch).not.toHaveBeenCalled();
    expect(await channel.fetchText('https://example.test/latest.json')).toBe('{"version":"1.0.0"}');
    expect(fetch).toHaveBeenCalledExactlyOnceWith('https://example.test/latest.json', { method: 'GET', redirect: 'error', cache: 'no-store', credentials: 'omit' });
  });

  it('fails on an error status or an oversized body', async () => {
    const failing = createUpdateChannel({ fetch: async () => answer(404, '') }, { openExternal: vi.fn() }, '0.1.0');
    await expect(failing.fetchText('https://example.test/latest.json')).rejects.toThrow('the feed answered 404');
    const huge = createUpdateChannel({ fetch: async () => answer(200, 'x'.repeat(5000)) }, { openExternal: vi.fn() }, '0.1.0');
    await expect(huge.fetchText('https://example.test/latest.json')).rejects.toThrow('larger than a feed');
  });

  it('opens only https pages', async () => {
    const openExternal = vi.fn(async () => undefined);
    const channel = createUpdateChannel({ fetch: vi.fn() }, { openExternal }, '0.1.0');
    await expect(channel.openPage('file:///etc/passwd')).rejects.toThrow('refusing');
    await channel.openPage('https://example.test/releases');
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.test/releases');
  });
});
