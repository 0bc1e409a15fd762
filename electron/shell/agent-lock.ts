// When the desktop app locks, the command line's unlock agent for the same journal (`hearth unlock`)
// locks too: one lock ends every open door to the journal on this computer.
import { askAgent, locateAgent } from '../agent/client';

/** Sends `lock` to the journal's agent if one runs; resolves whether one answered. Never throws. */
export async function lockAgentOf(vaultDir: string, env: Record<string, string | undefined> = process.env): Promise<boolean> {
  try {
    const { paths } = locateAgent(vaultDir, env);
    if (!paths) return false;
    return (await askAgent(paths, 'lock')).status === 'ok';
  } catch (e) {
    console.error('Hearth: could not lock the command line’s unlock agent:', e);
    return false;
  }
}
