import { crc32, inflateRawSync } from 'node:zlib';
import { nodeDeflate } from '../../src/cli/deflate';

/** Pieces of a megabyte of XML-like text, all different. */
function pieces(count: number): Uint8Array[] {
  return Array.from({ length: count }, (_, p) => {
    const text = Array.from({ length: 12_000 }, (_, i) => `<c r="A${p * 12_000 + i}" t="s"><v>${(i * 7919) % 5000}</v></c>`).join('');
    return new TextEncoder().encode(text);
  });
}

const joined = (raw: Uint8Array | readonly Uint8Array[]) => (raw instanceof Uint8Array ? raw : Buffer.concat(raw));

describe('nodeDeflate (the summary compressor)', () => {
  test('one valid DEFLATE stream from pieces compressed apart, with the CRC-32 and size of the whole', async () => {
    const input = pieces(3);
    const stream = nodeDeflate();
    for (const p of input) stream.write(p);
    const out = await stream.finish();
    const whole = Buffer.concat(input);
    expect(out.deflated).toBe(true);
    expect(out.size).toBe(whole.length);
    expect(out.crc).toBe(crc32(whole) >>> 0);
    expect(Buffer.from(inflateRawSync(joined(out.raw))).equals(whole)).toBe(true);
  });

  test('far more written than the thread pool can take at once (pieces compressed on the spot): still the same stream', async () => {
    const input = pieces(20); // ~8.5 MB written without yielding: the last piece goes past the 8 MB backlog
    const stream = nodeDeflate();
    for (const p of input) stream.write(p);
    const out = await stream.finish();
    const whole = Buffer.concat(input);
    expect(out.size).toBe(whole.length);
    expect(out.crc).toBe(crc32(whole) >>> 0);
    expect(Buffer.from(inflateRawSync(joined(out.raw))).equals(whole)).toBe(true);
  }, 60_000);

  test.each([
    ['on the thread pool', 3, false],
    ['on the spot, past the backlog', 20, true],
  ])('each chunk is released once compressed (%s): overwriting it then changes nothing', async (_, count, onTheSpot) => {
    const input = pieces(count);
    const whole = Buffer.concat(input);
    const stream = nodeDeflate();
    const released: Promise<void>[] = [];
    let duringWrite = 0; // releases that came back before write returned: pieces compressed on the spot
    for (const p of input) {
      let done = false;
      released.push(new Promise((resolve) => stream.write(p, () => resolve(void (done = true)))));
      if (done) duringWrite++;
    }
    expect(duringWrite > 0).toBe(onTheSpot);
    await Promise.all(released);
    for (const p of input) p.fill(0x41); // the writer reuses released buffers
    const out = await stream.finish();
    expect(out.crc).toBe(crc32(whole) >>> 0);
    expect(Buffer.from(inflateRawSync(joined(out.raw))).equals(whole)).toBe(true);
  }, 60_000);
});
