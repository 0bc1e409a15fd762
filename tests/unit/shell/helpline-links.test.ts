// The guard in front of shell.openExternal: only the addresses shipped in shared/helplines.ts open.
import { describe, expect, it } from 'vitest';
import { openHelplineWith } from '../../../electron/shell/helpline-links';
import { HELPLINES, INTERNATIONAL_DIRECTORY } from '../../../shared/helplines';

function opener() {
  const opened: string[] = [];
  return { opened, open: openHelplineWith({ openExternal: (url) => (opened.push(url), Promise.resolve()) }) };
}

describe('openHelplineWith', () => {
  it('opens every listed line, source and the international directory', async () => {
    const { opened, open } = opener();
    const listed = [INTERNATIONAL_DIRECTORY.url, ...HELPLINES.flatMap((c) => c.lines.flatMap((l) => [l.url, l.source]))];
    for (const url of listed) expect(await open({ url })).toEqual({ opened: true });
    expect(opened).toEqual(listed);
  });

  it('refuses an address that is not listed, however close to one, and opens nothing', async () => {
    const { opened, open } = opener();
    for (const url of ['https://example.com', 'https://988lifeline.org/', 'http://988lifeline.org', 'https://988lifeline.org.evil.test', 'file:///etc/passwd', 'javascript:alert(1)', '']) {
      await expect(open({ url })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    }
    expect(opened).toEqual([]);
  });
});
