// The two icon containers the installers need, written by hand: both are only a directory of PNGs.
// ICO (Windows): a 6-byte header, a 16-byte entry per image, then the PNGs (Vista and later read PNG entries).
// ICNS (macOS): 'icns' and the file's length, then per image a 4-letter type, its length and the PNG.

export interface SizedPng {
  size: number;
  png: Uint8Array;
}

/** The ICO holding these square PNGs (each 1 to 256 pixels). */
export function icoFile(images: readonly SizedPng[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    if (size < 1 || size > 256) throw new Error(`An ICO image is 1 to 256 pixels, not ${size}`);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size === 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size === 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => Buffer.from(i.png))]);
}

/** ICNS types that hold a PNG, by pixel size; the @2x types repeat a size for the Retina slot. */
export const ICNS_TYPES: readonly { type: string; size: number }[] = [
  { type: 'icp4', size: 16 },
  { type: 'icp5', size: 32 },
  { type: 'ic11', size: 32 },
  { type: 'icp6', size: 64 },
  { type: 'ic12', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic08', size: 256 },
  { type: 'ic13', size: 256 },
  { type: 'ic09', size: 512 },
  { type: 'ic14', size: 512 },
  { type: 'ic10', size: 1024 },
];

/** The ICNS with every ICNS_TYPES slot filled from the PNG of its size. */
export function icnsFile(images: readonly SizedPng[]): Buffer {
  const chunks = ICNS_TYPES.map(({ type, size }) => {
    const image = images.find((i) => i.size === size);
    if (image === undefined) throw new Error(`The ICNS needs a ${size}px PNG for ${type}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + image.png.length, 4);
    return Buffer.concat([head, Buffer.from(image.png)]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}
