// Types of the electron-builder hook in package-signing.mjs (a plain .mjs, as electron-builder loads it).
export function signingPlan(platform: string, env?: Record<string, string | undefined>): string;
export default function beforePack(context: { electronPlatformName: string }): void;
