// electron-builder's beforePack hook: says, once per platform, whether this build will be signed
// and notarised or why not. electron-builder signs and notarises by itself when the secrets below
// are in the environment; without them it builds unsigned packages, and this line makes that plain.
import process from 'node:process';

/** The sentence for one platform, from the environment alone (exported for the unit test). */
export function signingPlan(platform, env = process.env) {
  const set = (...names) => names.every((name) => Boolean(env[name]));
  if (platform === 'win32') {
    if (set('WIN_CSC_LINK') || set('CSC_LINK')) return 'Windows: Authenticode signing with the certificate in WIN_CSC_LINK/CSC_LINK.';
    return 'Windows: signing skipped (no WIN_CSC_LINK or CSC_LINK): the installer is unsigned and SmartScreen will warn.';
  }
  if (platform === 'darwin') {
    const sign = set('CSC_LINK') || set('CSC_NAME')
      ? 'Developer ID signing with the hardened runtime (CSC_LINK/CSC_NAME)'
      : 'signing skipped (no CSC_LINK or CSC_NAME): the app keeps an ad-hoc signature and Gatekeeper will warn';
    const notarize = set('APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID')
      ? 'notarisation with APPLE_ID/APPLE_TEAM_ID'
      : 'notarisation skipped (APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID are not all set)';
    return `macOS: ${sign}; ${notarize}.`;
  }
  return 'Linux: AppImage and .deb are not signed (no signing step on Linux).';
}

const told = new Set();

export default function beforePack(context) {
  const platform = context.electronPlatformName;
  if (told.has(platform)) return;
  told.add(platform);
  process.stdout.write(`[package] ${signingPlan(platform)}\n`);
}
