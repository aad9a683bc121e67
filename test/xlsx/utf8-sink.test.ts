import { Utf8Sink, asciiBytes } from '../../src/xlsx/utf8-sink';
import { xmlText } from '../../src/xlsx/xml';

const bytesOf = (write: (sink: Utf8Sink) => void, size?: number) => {
  const chunks: Uint8Array[] = [];
  const sink = new Utf8Sink(size, size === undefined ? undefined : (c) => chunks.push(c.slice()));
  write(sink);
  if (size === undefined) return Buffer.from(sink.bytes());
  sink.end();
  return Buffer.concat(chunks);
};
const utf8 = (s: string) => Buffer.from(new TextEncoder().encode(s));

describe('Utf8Sink: the summary writer encodes text straight into bytes', () => {
  const samples = [
    '',
    'plain ASCII 123',
    '会議録（紙）',
    'A群－レベル1',
    '=SUM(A1:A9)',
    '& < > " \' tab\there\nline\r\n',
    '😀 𠮷 emoji and a pair',
    'a\u0001b', // a control character: _x0001_
    'literal _x0041_ escape', // _x → _x005F_
    '_x', // `_x` that is no escape
    'lone \ud800 high', // lone surrogates become U+FFFD
    'lone \udc00 low',
    'end \ud83d',
    '\ufffe\uffff',
    'ÄÖü ß é', // two-byte UTF-8
    '"'.repeat(50), // the longest escape, many times
  ];

  test.each(samples)('text(%j) is the UTF-8 of xmlText', (s) => {
    expect(bytesOf((sink) => sink.text(s))).toEqual(utf8(xmlText(s)));
  });

  test('random texts of every kind of character give what xmlText and TextEncoder give', () => {
    const pool = ['a', 'Z', '0', ' ', '\t', '\n', '&', '<', '>', '"', "'", '_', 'x', '\u0001', '\u001f', 'é', '課', 'ー', '\ud83d\ude00', '\ud800', '\udc00', '\ufffe', '\uffff', '\u3000'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 2000; k++) {
      const s = Array.from({ length: Math.floor(next() * 12) }, () => pool[Math.floor(next() * pool.length)] ?? '').join('');
      expect(bytesOf((sink) => sink.text(s))).toEqual(utf8(xmlText(s)));
    }
  });

  test('ascii, int, text and write interleave in order, also across handed-on chunks', () => {
    const write = (sink: Utf8Sink) => {
      for (let i = 0; i < 500; i++) {
        sink.ascii('<c r="A');
        sink.int(i);
        sink.write('" t="inlineStr">');
        sink.text(`課${i} & _x0041_`);
        sink.ascii('</c>');
      }
    };
    const expected = Array.from({ length: 500 }, (_, i) => `<c r="A${i}" t="inlineStr">${xmlText(`課${i} & _x0041_`)}</c>`).join('');
    expect(bytesOf(write)).toEqual(utf8(expected));
    expect(bytesOf(write, 64)).toEqual(utf8(expected));
  });

  test('int(n) writes what String(n) gives, digit by digit or (from 10^15) through String', () => {
    const values = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 65_535, 1_048_576, 123_456_789, 999_999_999_999_999, 1e15, 2 ** 53, 1e21, 1.5e22];
    for (let p = 1; p < 1e16; p *= 10) values.push(p - 1, p, p + 1);
    for (const n of values) expect(bytesOf((sink) => sink.int(n)).toString('latin1')).toBe(String(n));
    // Many in a row, across a buffer that is handed on every 64 bytes.
    const write = (sink: Utf8Sink) => values.forEach((n) => sink.int(n));
    expect(bytesOf(write, 64).toString('latin1')).toBe(values.map(String).join(''));
  });

  test('raw(asciiBytes(s)) writes the ASCII string as it is, across handed-on buffers too', () => {
    const pieces = ['<c r="', 'XFD', '" s="4" t="inlineStr"><is><t xml:space="preserve">', '', '</t></is></c>'];
    const write = (sink: Utf8Sink) => {
      for (let i = 0; i < 20; i++) for (const p of pieces) sink.raw(asciiBytes(p));
    };
    expect(bytesOf(write).toString('latin1')).toBe(pieces.join('').repeat(20));
    expect(bytesOf(write, 16).toString('latin1')).toBe(pieces.join('').repeat(20));
  });

  test('a full buffer handed on is filled again once released, and only then', () => {
    const text = 'x'.repeat(10); // two do not fit into 16 bytes: every write after the first hands a buffer on
    const seen: { chunk: Uint8Array; release: (() => void) | undefined }[] = [];
    const sink = new Utf8Sink(16, (chunk, release) => seen.push({ chunk, release }));
    const write = (times: number) => {
      for (let i = 0; i < times; i++) sink.ascii(text);
    };
    write(3); // A and B handed on, writing into C
    const a = seen[0]?.chunk.buffer;
    seen[0]?.release?.(); // the receiver is done with A
    seen[0]?.release?.(); // twice is harmless: A is not kept twice
    write(1); // C handed on, writing into A again
    write(1); // A handed on, writing into a new buffer (B and C were not released)
    write(1);
    const buffers = seen.map((s) => s.chunk.buffer);
    expect(buffers[3]).toBe(a);
    expect(new Set(buffers.slice(0, 3)).size).toBe(3);
    expect(buffers[4]).not.toBe(a);
    expect(buffers[4]).not.toBe(buffers[1]);
    expect(buffers[4]).not.toBe(buffers[2]);
    expect(seen.map((s) => Buffer.from(s.chunk).toString('latin1'))).toEqual(Array(5).fill(text)); // what was not released is untouched
  });

  test('after a long write grew the buffer, released buffers of the old size are dropped and one of the new size is filled again', () => {
    const seen: { chunk: Uint8Array; release: (() => void) | undefined }[] = [];
    const sink = new Utf8Sink(16, (chunk, release) => seen.push({ chunk, release }));
    const short = 'x'.repeat(10);
    const long = 'y'.repeat(40);
    sink.ascii(short);
    sink.ascii(short); // A (16 bytes) handed on
    sink.ascii(long); // B handed on; a new buffer, grown to 40 bytes for the long write
    sink.ascii(long); // C (40 bytes) handed on
    seen[2]?.release?.(); // C released first, then A: A is on top of the spares
    seen[0]?.release?.();
    sink.ascii(long); // D handed on; A does not fit and is dropped, C is taken
    sink.ascii(long); // C handed on
    expect(seen.map((s) => s.chunk.buffer.byteLength)).toEqual([16, 16, 40, 40, 40]);
    expect(seen[4]?.chunk.buffer).toBe(seen[2]?.chunk.buffer);
    expect(seen.map((s) => Buffer.from(s.chunk).toString('latin1'))).toEqual([short, short, long, long, long]);
  });
});
