// Rows read straight from the bytes of a SQLite file and its write-ahead log, without SQLite: a
// damaged page (zeroed, cut off) only loses the rows on it, where SQLite refuses the whole table.
// Read-only by construction: it is given bytes, never a path. Follows the file format of
// https://www.sqlite.org/fileformat2.html (b-tree pages, cells, overflow chains, records, WAL frames).

export type Value = null | number | bigint | string | Uint8Array;

/** A table row (from a table b-tree leaf), or an index key (from an index b-tree page). */
export interface RawRow {
  kind: 'table' | 'index';
  values: Value[];
}

const HEADER = 'SQLite format 3\0';
const DEFAULT_PAGE_SIZE = 4096;
const WAL_HEADER_BYTES = 32;
const WAL_FRAME_HEADER_BYTES = 24;

interface Layout {
  pageSize: number;
  /** Usable bytes of a page (page size less the reserved bytes at its end). */
  usable: number;
}

function u16(b: Uint8Array, at: number): number {
  if (at + 2 > b.length) throw new RangeError('past the page');
  return (b[at]! << 8) | b[at + 1]!;
}

function u32(b: Uint8Array, at: number): number {
  if (at + 4 > b.length) throw new RangeError('past the page');
  return ((b[at]! << 24) >>> 0) + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!);
}

/** SQLite's varint: 1 to 9 bytes, big-endian, 7 bits a byte except the ninth's 8. */
function varint(b: Uint8Array, at: number): [bigint, number] {
  let value = 0n;
  for (let i = 0; i < 9; i++) {
    if (at + i >= b.length) throw new RangeError('past the page');
    const byte = b[at + i]!;
    if (i === 8) return [(value << 8n) | BigInt(byte), 9];
    value = (value << 7n) | BigInt(byte & 0x7f);
    if (byte < 0x80) return [value, i + 1];
  }
  throw new RangeError('unreachable');
}

function smallVarint(b: Uint8Array, at: number): [number, number] {
  const [value, length] = varint(b, at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('too large');
  return [Number(value), length];
}

function layoutOf(db: Uint8Array): Layout {
  if (db.length >= 100 && Buffer.from(db.subarray(0, 16)).toString('latin1') === HEADER) {
    const raw = u16(db, 16);
    const pageSize = raw === 1 ? 65536 : raw;
    if (pageSize >= 512 && (pageSize & (pageSize - 1)) === 0) return { pageSize, usable: pageSize - db[20]! };
  }
  // Page 1 is gone: better-sqlite3 makes 4096-byte pages with no reserved bytes.
  return { pageSize: DEFAULT_PAGE_SIZE, usable: DEFAULT_PAGE_SIZE };
}

/**
 * Every page as the database sees it: the main file's pages, replaced by the newest committed copy
 * of each page in the write-ahead log (frames of the log's current generation, up to its last commit).
 */
export function currentPages(db: Uint8Array, wal: Uint8Array | null): { pages: Map<number, Uint8Array>; layout: Layout } {
  const layout = layoutOf(db);
  const pages = new Map<number, Uint8Array>();
  for (let n = 0; n * layout.pageSize < db.length; n++) pages.set(n + 1, db.subarray(n * layout.pageSize, (n + 1) * layout.pageSize));
  if (wal && wal.length >= WAL_HEADER_BYTES && (u32(wal, 0) & 0xfffffffe) === 0x377f0682 && u32(wal, 8) === layout.pageSize) {
    const salt1 = u32(wal, 16);
    const salt2 = u32(wal, 20);
    const frameBytes = WAL_FRAME_HEADER_BYTES + layout.pageSize;
    let pending: Array<[number, Uint8Array]> = [];
    for (let at = WAL_HEADER_BYTES; at + frameBytes <= wal.length; at += frameBytes) {
      // Frames of an earlier generation (before the log was restarted) are older than the file.
      if (u32(wal, at + 8) !== salt1 || u32(wal, at + 12) !== salt2) break;
      pending.push([u32(wal, at), wal.subarray(at + WAL_FRAME_HEADER_BYTES, at + frameBytes)]);
      if (u32(wal, at + 4) !== 0) {
        for (const [n, page] of pending) pages.set(n, page);
        pending = [];
      }
    }
  }
  return { pages, layout };
}

/** Pages on the free list (their bytes are stale), as far as page 1 and the trunk pages can be read. */
function freePages(pages: Map<number, Uint8Array>): Set<number> {
  const free = new Set<number>();
  const first = pages.get(1);
  if (!first || Buffer.from(first.subarray(0, 16)).toString('latin1') !== HEADER) return free;
  let trunk = u32(first, 32);
  while (trunk !== 0 && !free.has(trunk)) {
    const page = pages.get(trunk);
    if (!page) break;
    free.add(trunk);
    const count = u32(page, 4);
    for (let i = 0; i < count && 8 + 4 * i + 4 <= page.length; i++) free.add(u32(page, 8 + 4 * i));
    trunk = u32(page, 0);
  }
  return free;
}

/** How much of a payload of `size` bytes sits on the page itself (the rest overflows). */
function localBytes(size: number, usable: number, tableLeaf: boolean): number {
  const max = tableLeaf ? usable - 35 : Math.floor(((usable - 12) * 64) / 255) - 23;
  if (size <= max) return size;
  const min = Math.floor(((usable - 12) * 32) / 255) - 23;
  const k = min + ((size - min) % (usable - 4));
  return k <= max ? k : min;
}

function payload(page: Uint8Array, at: number, size: number, tableLeaf: boolean, pages: Map<number, Uint8Array>, layout: Layout): Uint8Array {
  const local = localBytes(size, layout.usable, tableLeaf);
  if (at + local > layout.usable) throw new RangeError('past the page');
  if (local === size) return page.subarray(at, at + size);
  const out = new Uint8Array(size);
  out.set(page.subarray(at, at + local));
  let filled = local;
  let next = u32(page, at + local);
  const seen = new Set<number>();
  while (filled < size) {
    const overflow = pages.get(next);
    if (!overflow || seen.has(next)) throw new RangeError('broken overflow chain');
    seen.add(next);
    const take = Math.min(size - filled, layout.usable - 4);
    out.set(overflow.subarray(4, 4 + take), filled);
    filled += take;
    next = u32(overflow, 0);
  }
  return out;
}

/** The values of one record (header of serial types, then the body). */
export function decodeRecord(bytes: Uint8Array): Value[] {
  const [headerSize, first] = smallVarint(bytes, 0);
  if (headerSize > bytes.length) throw new RangeError('past the record');
  const types: number[] = [];
  for (let at = first; at < headerSize; ) {
    const [type, length] = smallVarint(bytes, at);
    types.push(type);
    at += length;
  }
  const values: Value[] = [];
  let at = headerSize;
  const take = (n: number) => {
    if (at + n > bytes.length) throw new RangeError('past the record');
    const slice = bytes.subarray(at, at + n);
    at += n;
    return slice;
  };
  for (const type of types) {
    if (type === 0) values.push(null);
    else if (type >= 1 && type <= 6) {
      const width = [0, 1, 2, 3, 4, 6, 8][type]!;
      const raw = take(width);
      let v = 0n;
      for (const byte of raw) v = (v << 8n) | BigInt(byte);
      if (raw[0]! & 0x80) v -= 1n << BigInt(width * 8);
      values.push(v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);
    } else if (type === 7) values.push(Buffer.from(take(8)).readDoubleBE(0));
    else if (type === 8) values.push(0);
    else if (type === 9) values.push(1);
    else if (type >= 12 && type % 2 === 0) values.push(Uint8Array.from(take((type - 12) / 2)));
    else if (type >= 13) values.push(new TextDecoder('utf-8', { fatal: true }).decode(take((type - 13) / 2)));
    else throw new RangeError('reserved serial type');
  }
  return values;
}

function cellsOf(page: Uint8Array, pageNumber: number, pages: Map<number, Uint8Array>, layout: Layout): RawRow[] {
  const start = pageNumber === 1 ? 100 : 0;
  const type = page[start];
  const tableLeaf = type === 0x0d;
  const indexPage = type === 0x0a || type === 0x02;
  if (!tableLeaf && !indexPage) return [];
  const headerBytes = type === 0x02 ? 12 : 8;
  const count = u16(page, start + 3);
  const rows: RawRow[] = [];
  for (let i = 0; i < count; i++) {
    try {
      let at = u16(page, start + headerBytes + 2 * i);
      if (type === 0x02) at += 4;
      const [size, sizeBytes] = smallVarint(page, at);
      at += sizeBytes;
      if (tableLeaf) at += varint(page, at)[1];
      rows.push({ kind: tableLeaf ? 'table' : 'index', values: decodeRecord(payload(page, at, size, tableLeaf, pages, layout)) });
    } catch {
      // One damaged cell: the others on the page may still be whole.
    }
  }
  return rows;
}

/** Every row and index key that can still be read from the database's current pages. */
export function readRawRows(db: Uint8Array, wal: Uint8Array | null): RawRow[] {
  const { pages, layout } = currentPages(db, wal);
  let free: Set<number>;
  try {
    free = freePages(pages);
  } catch {
    free = new Set();
  }
  const rows: RawRow[] = [];
  for (const [n, page] of pages) {
    if (free.has(n)) continue;
    try {
      rows.push(...cellsOf(page, n, pages, layout));
    } catch {
      // An unreadable page header: nothing on this page can be found.
    }
  }
  return rows;
}
