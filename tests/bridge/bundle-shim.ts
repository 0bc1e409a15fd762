import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Bundles shim.ts (with installHearth, the contract and zod) into one classic script that carries `token`. */
export async function bundleShim(token: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./shim.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    define: { __BRIDGE_TOKEN__: JSON.stringify(token) },
    legalComments: 'none',
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no shim bundle');
  return output.text;
}
