/** The zip writer: entries streamed into their output as they are compressed, the same bytes as in memory. */
import { inflateRawSync } from 'node:zlib';
import { checkWorkbooks, consolidate } from '../../src/ledger';
import type { SheetInput } from '../../src/ledger';
import { nodeDeflate } from '../../src/cli/deflate';
import { streamSummary, writeSummary } from '../../src/xlsx/summary';
import { ZipWriter, memoryZipOut, zip } from '../../src/xlsx/zip-writer';
import type { ZipOut } from '../../src/xlsx/zip-writer';
import { crc32 } from '../../src/xlsx/zip';
import type { Deflate } from '../../src/xlsx/zip';

const text = (s: string) => new TextEncoder().encode(s);

/** The entries of a zip as its central directory lists them: name, method, CRC, sizes, and the inflated data. */
function entries(bytes: Uint8Array): { name: string; method: number; crc: number; data: string }[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  expect(v.getUint32(end, true)).toBe(0x06054b50);
  let at = v.getUint32(end + 16, true);
  const out = [];
  for (let i = 0; i < v.getUint16(end + 10, true); i++) {
    expect(v.getUint32(at, true)).toBe(0x02014b50);
    const method = v.getUint16(at + 10, true);
    const crc = v.getUint32(at + 16, true);
    const length = v.getUint32(at + 20, true);
    const nameLength = v.getUint16(at + 28, true);
    const local = v.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // The local header agrees with the central directory (it was patched once the entry was done).
    expect([v.getUint16(local + 8, true), v.getUint32(local + 14, true), v.getUint32(local + 18, true)]).toEqual([method, crc, length]);
    const body = bytes.subarray(local + 30 + v.getUint16(local + 26, true), local + 30 + v.getUint16(local + 26, true) + length);
    const raw = method === 8 ? new Uint8Array(inflateRawSync(body)) : body;
    expect(crc32(raw)).toBe(crc);
    out.push({ name, method, crc, data: new TextDecoder().decode(raw) });
    at += 46 + nameLength;
  }
  return out;
}

const LEDGER: SheetInput = {
  name: '台帳_総務課',
  rows: [
    ['情報資産台帳（総務課）'],
    ['課名', '総務課', '更新日', '2025/4/1'],
    ['番号', '情報資産名', '内容', '群', 'レベル'],
    ...Array.from({ length: 8000 }, (_, i) => [i + 1, `文書${i + 1}`, `内容の説明 ${i * 7919}`, i % 2 ? 'A群' : 'B群', 'レベル2']),
  ],
};

describe('ZipWriter', () => {
  test('stored and deflated entries, written in order, each header completed afterwards', async () => {
    const bytes = await zip([
      { name: 'a.txt', data: text('hello') },
      { name: 'フォルダ/b.xml', data: text('<x/>'.repeat(1000)) },
    ], nodeDeflate);
    expect(entries(bytes).map(({ name, method, data }) => [name, method, data.length])).toEqual([
      ['a.txt', 8, 5],
      ['フォルダ/b.xml', 8, 4000],
    ]);
    expect(entries(await zip([{ name: 'a.txt', data: text('hello') }], null))).toEqual([{ name: 'a.txt', method: 0, crc: crc32(text('hello')), data: 'hello' }]);
  });

  test('the summary streamed into its output is byte for byte the summary made in memory (pieces handed on as they come)', async () => {
    const result = checkWorkbooks([{ file: 'somu.xlsx', sheets: [LEDGER] }], { today: '2025-06-01' });
    const model = consolidate(result, { generatedAt: '2025-06-01T00:00:00Z' });
    const whole = await writeSummary(model, result, 'ja', { deflate: nodeDeflate });
    const writes: number[] = [];
    const out = memoryZipOut();
    const counting: ZipOut = { write: (b) => (writes.push(b.length), out.write(b)), patch: (o, b) => out.patch(o, b) };
    await streamSummary(counting, model, result, 'ja', { deflate: nodeDeflate });
    expect(out.bytes()).toEqual(whole);
    // Many writes, none of them the archive: it went out piece by piece.
    expect(writes.length).toBeGreaterThan(20);
    expect(Math.max(...writes)).toBeLessThan(whole.length / 2);
  });

  test('an output that fails: finish rejects with its error, once every entry has been given up', async () => {
    let written = 0;
    const failing: ZipOut = {
      write: async (b) => {
        if (written++ === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        void b;
      },
      patch: async () => undefined,
    };
    const writer = new ZipWriter(failing, nodeDeflate);
    for (const name of ['a', 'b', 'c', 'd']) writer.add(name, text(name.repeat(100)));
    await expect(writer.finish()).rejects.toMatchObject({ code: 'ENOSPC' });
  });

  test('a compressor piece that fails before its turn: finish rejects with it (no unhandled rejection)', async () => {
    const failingPieces: Deflate = (onPiece) => ({
      write: () => onPiece?.(Promise.reject(new Error('zlib failed'))),
      finish: async () => ({ deflated: true, raw: [], crc: 0, size: 0 }),
    });
    const out = memoryZipOut();
    const writer = new ZipWriter(out, failingPieces);
    writer.add('a', text('x'));
    await new Promise((resolve) => setImmediate(resolve));
    await expect(writer.finish()).rejects.toThrow('zlib failed');
  });
});
