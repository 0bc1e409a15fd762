// The ICO and ICNS containers, read back byte by byte as Windows and macOS read them, and the
// committed icons in build/ checked the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICNS_TYPES, icnsFile, icoFile } from '../../../scripts/icons-containers';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const fakePng = (size: number) => Buffer.concat([PNG_MAGIC, Buffer.from(`png ${size}`)]);

function readIco(ico: Buffer) {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i;
    const length = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    return { size: ico[at] === 0 ? 256 : ico[at]!, bits: ico.readUInt16LE(at + 6), png: ico.subarray(offset, offset + length) };
  });
}

function readIcns(icns: Buffer) {
  expect(icns.toString('latin1', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const chunks: { type: string; png: Buffer }[] = [];
  for (let at = 8; at < icns.length; ) {
    const length = icns.readUInt32BE(at + 4);
    chunks.push({ type: icns.toString('latin1', at, at + 4), png: icns.subarray(at + 8, at + length) });
    at += length;
  }
  return chunks;
}

describe('icoFile', () => {
  it('lists each PNG with its size (256 written as 0) and points at its bytes', () => {
    const ico = icoFile([16, 32, 256].map((size) => ({ size, png: fakePng(size) })));
    // Header (6) and three entries (48) come before the first image.
    expect(ico.readUInt32LE(6 + 12)).toBe(54);
    expect(ico[6 + 32]).toBe(0);
    expect(readIco(ico).map((e) => [e.size, e.bits, e.png.toString('latin1', 8)])).toEqual([
      [16, 32, 'png 16'],
      [32, 32, 'png 32'],
      [256, 32, 'png 256'],
    ]);
  });

  it('refuses a size ICO cannot hold', () => {
    expect(() => icoFile([{ size: 512, png: fakePng(512) }])).toThrow('1 to 256 pixels');
  });
});

describe('icnsFile', () => {
  it('fills every type from the PNG of its size, with lengths that add up', () => {
    const sizes = [...new Set(ICNS_TYPES.map((t) => t.size))];
    const chunks = readIcns(icnsFile(sizes.map((size) => ({ size, png: fakePng(size) }))));
    expect(chunks.map((c) => [c.type, c.png.toString('latin1', 8)])).toEqual(ICNS_TYPES.map((t) => [t.type, `png ${t.size}`]));
    expect(() => icnsFile([{ size: 16, png: fakePng(16) }])).toThrow('needs a 32px PNG');
  });
});

describe('the committed icons', () => {
  it('are real PNGs inside ICO and ICNS', () => {
    const build = join(import.meta.dirname, '../../../build/icons');
    const ico = readIco(readFileSync(join(build, 'hearth.ico')));
    expect(ico.map((e) => e.size)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const e of ico) expect(e.png.subarray(0, 8)).toEqual(PNG_MAGIC);
    const icns = readIcns(readFileSync(join(build, 'hearth.icns')));
    expect(icns.map((c) => c.type)).toEqual(ICNS_TYPES.map((t) => t.type));
    for (const c of icns) {
      expect(c.png.subarray(0, 8)).toEqual(PNG_MAGIC);
      // The PNG's own IHDR width is the size the type stands for.
      expect(c.png.readUInt32BE(16)).toBe(ICNS_TYPES.find((t) => t.type === c.type)!.size);
    }
  });
});
