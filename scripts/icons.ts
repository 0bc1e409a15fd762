// `npx tsx scripts/icons.ts`: renders build/icon.svg in Debian's Chromium (headless, through
// Playwright) at every size the installers use, and writes build/icons/: png/NxN.png (Linux),
// hearth.ico (Windows) and hearth.icns (macOS). The generated files are committed; run this again
// after changing the SVG.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { icnsFile, icoFile, type SizedPng } from './icons-containers';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

const svg = readFileSync(join(ROOT, 'build', 'icon.svg'), 'utf8');
const out = join(ROOT, 'build', 'icons');
mkdirSync(join(out, 'png'), { recursive: true });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  const images: SizedPng[] = [];
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    images.push({ size, png });
  }
  for (const { size, png } of images.filter((i) => LINUX_SIZES.includes(i.size))) writeFileSync(join(out, 'png', `${size}x${size}.png`), png);
  writeFileSync(join(out, 'hearth.ico'), icoFile(images.filter((i) => ICO_SIZES.includes(i.size))));
  writeFileSync(join(out, 'hearth.icns'), icnsFile(images));
  writeFileSync(join(ROOT, 'build', 'icon.png'), images.find((i) => i.size === 512)!.png);
  console.log(`icons: wrote ${out} (${SIZES.join(', ')} px).`);
} finally {
  await browser.close();
}
