/**
 * Streams of a Compound File Binary container ([MS-CFB]), as far as an encrypted OOXML file needs them: the
 * root storage's `EncryptionInfo` and `EncryptedPackage`. Every offset and chain is bounds-checked and
 * every chain is cut at the number of sectors the file can hold, so damaged or hostile bytes give null,
 * never a loop or an out-of-range read.
 */

const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const NO_STREAM = 0xffffffff;

class Damaged extends Error {}

function fail(): never {
  throw new Damaged('damaged compound file');
}

/** The named streams of the root storage (those asked for), or null when the container is damaged. */
export function cfbStreams(bytes: Uint8Array, names: readonly string[]): Map<string, Uint8Array> | null {
  try {
    return read(bytes, names);
  } catch (e) {
    if (e instanceof Damaged || e instanceof RangeError) return null;
    throw e;
  }
}

function read(bytes: Uint8Array, names: readonly string[]): Map<string, Uint8Array> {
  if (bytes.length < 512 || MAGIC.some((b, i) => bytes[i] !== b)) fail();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : fail());
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) fail();
  const sectorSize = 1 << shift;
  const miniShift = view.getUint16(0x20, true);
  if (miniShift !== 6) fail();
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1;
  const sector = (n: number): Uint8Array => {
    const at = (n + 1) * sectorSize;
    if (n >= sectorCount || at >= bytes.length) fail();
    return bytes.subarray(at, Math.min(at + sectorSize, bytes.length));
  };

  // The FAT's sectors: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  const fatCount = u32(0x2c);
  if (fatCount > sectorCount) fail();
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(u32(0x4c + 4 * i));
  let difat = u32(0x44);
  for (let hops = 0; fatSectors.length < fatCount; hops++) {
    if (hops > sectorCount || difat >= END_OF_CHAIN) fail();
    const s = sector(difat);
    const sv = new DataView(s.buffer, s.byteOffset, s.byteLength);
    for (let i = 0; i < sectorSize / 4 - 1 && fatSectors.length < fatCount; i++) fatSectors.push(sv.getUint32(4 * i, true));
    difat = sv.getUint32(sectorSize - 4, true);
  }
  const fat = new Uint32Array(fatCount * (sectorSize / 4));
  fatSectors.forEach((n, i) => {
    const s = sector(n);
    const sv = new DataView(s.buffer, s.byteOffset, s.byteLength);
    for (let k = 0; k < sectorSize / 4; k++) fat[i * (sectorSize / 4) + k] = sv.getUint32(4 * k, true);
  });

  /** The sectors of a chain, concatenated (cut to `size` when given). */
  const chain = (start: number, next: Uint32Array, unit: number, get: (n: number) => Uint8Array, size?: number): Uint8Array => {
    const parts: Uint8Array[] = [];
    let total = 0;
    for (let n = start, hops = 0; n !== END_OF_CHAIN; hops++) {
      if (hops > next.length || n >= next.length) fail();
      parts.push(get(n));
      total += unit;
      if (size !== undefined && total >= size) break;
      n = next[n] ?? fail();
    }
    const out = new Uint8Array(size ?? total);
    let at = 0;
    for (const p of parts) {
      const take = Math.min(p.length, out.length - at);
      out.set(p.subarray(0, take), at);
      at += take;
    }
    if (at < out.length) fail();
    return out;
  };

  const dir = chain(u32(0x30), fat, sectorSize, sector);
  const entry = (i: number) => {
    const at = i * 128;
    if (at + 128 > dir.length) fail();
    const dv = new DataView(dir.buffer, dir.byteOffset + at, 128);
    const nameLength = dv.getUint16(64, true);
    if (nameLength > 64 || nameLength % 2 !== 0) fail();
    let name = '';
    for (let k = 0; k + 2 < nameLength; k += 2) name += String.fromCharCode(dv.getUint16(k, true));
    return {
      name,
      type: dv.getUint8(66),
      left: dv.getUint32(68, true),
      right: dv.getUint32(72, true),
      child: dv.getUint32(76, true),
      start: dv.getUint32(116, true),
      // Version 3 files leave the high half undefined; streams here are far below 4 GB either way.
      size: shift === 9 ? dv.getUint32(120, true) : dv.getUint32(120, true) + dv.getUint32(124, true) * 0x100000000,
    };
  };
  const root = entry(0);
  if (root.type !== 5) fail();

  const cutoff = u32(0x38);
  let mini: { fat: Uint32Array; stream: Uint8Array } | null = null;
  const miniStreams = () => {
    if (mini) return mini;
    const miniFatBytes = u32(0x3c) === END_OF_CHAIN ? new Uint8Array(0) : chain(u32(0x3c), fat, sectorSize, sector);
    const miniFat = new Uint32Array(miniFatBytes.length / 4);
    const mv = new DataView(miniFatBytes.buffer, miniFatBytes.byteOffset, miniFatBytes.byteLength);
    for (let k = 0; k < miniFat.length; k++) miniFat[k] = mv.getUint32(4 * k, true);
    mini = { fat: miniFat, stream: root.start === END_OF_CHAIN ? new Uint8Array(0) : chain(root.start, fat, sectorSize, sector, root.size) };
    return mini;
  };

  // The root storage's children: a tree over left/right siblings, walked without recursion.
  const out = new Map<string, Uint8Array>();
  const seen = new Set<number>();
  const todo = [root.child];
  while (todo.length > 0) {
    const i = todo.pop() ?? NO_STREAM;
    if (i === NO_STREAM) continue;
    if (seen.has(i) || seen.size > dir.length / 128) fail();
    seen.add(i);
    const e = entry(i);
    todo.push(e.left, e.right);
    if (e.type !== 2 || !names.includes(e.name) || out.has(e.name)) continue;
    if (e.size > bytes.length) fail();
    if (e.size < cutoff) {
      const m = miniStreams();
      out.set(e.name, chain(e.start, m.fat, 64, (n) => (n * 64 + 64 <= m.stream.length ? m.stream.subarray(n * 64, n * 64 + 64) : fail()), e.size));
    } else {
      out.set(e.name, chain(e.start, fat, sectorSize, sector, e.size));
    }
  }
  return out;
}
