/**
 * SHA-1, SHA-256, SHA-384 and SHA-512 (FIPS 180-4), synchronous and in plain JavaScript. Office's password
 * key derivation hashes 50,000 (SHA-1, standard encryption) or 100,000 (SHA-512, agile) times in a row:
 * WebCrypto's digest is asynchronous and costs a round trip per call (seconds for one file), Node's
 * `createHash` is not available in the browser. These take a fraction of a second in both.
 */

export type HashName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

/** A reusable buffer for padded messages (the functions here are synchronous). */
let scratch = new Uint8Array(256);
let scratchView = new DataView(scratch.buffer);

/**
 * The message padded into whole blocks — the message, 0x80, zeros, its bit length (a 64- or 128-bit
 * big-endian field) — as a view of `byteLength` bytes over a buffer reused from call to call.
 */
function pad(data: Uint8Array, blockSize: number): { view: DataView; byteLength: number } {
  const lengthField = blockSize === 128 ? 16 : 8;
  const total = Math.ceil((data.length + 1 + lengthField) / blockSize) * blockSize;
  if (total > scratch.length) {
    scratch = new Uint8Array(total);
    scratchView = new DataView(scratch.buffer);
  }
  scratch.set(data);
  scratch.fill(0, data.length, total);
  scratch[data.length] = 0x80;
  const bits = data.length * 8;
  scratchView.setUint32(total - 8, Math.floor(bits / 0x100000000));
  scratchView.setUint32(total - 4, bits >>> 0);
  return { view: scratchView, byteLength: total };
}

function sha1(data: Uint8Array): Uint8Array {
  const { view: v, byteLength } = pad(data, 64);
  let [h0, h1, h2, h3, h4] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Int32Array(80);
  for (let at = 0; at < byteLength; at += 64) {
    for (let i = 0; i < 16; i++) w[i] = v.getInt32(at + 4 * i);
    for (let i = 16; i < 80; i++) {
      const x = (w[i - 3] ?? 0) ^ (w[i - 8] ?? 0) ^ (w[i - 14] ?? 0) ^ (w[i - 16] ?? 0);
      w[i] = (x << 1) | (x >>> 31);
    }
    let [a, b, c, d, e] = [h0, h1, h2, h3, h4];
    for (let i = 0; i < 80; i++) {
      const f = i < 20 ? (b & c) | (~b & d) : i < 40 ? b ^ c ^ d : i < 60 ? (b & c) | (b & d) | (c & d) : b ^ c ^ d;
      const k = i < 20 ? 0x5a827999 : i < 40 ? 0x6ed9eba1 : i < 60 ? 0x8f1bbcdc : 0xca62c1d6;
      const t = (((a << 5) | (a >>> 27)) + f + e + k + (w[i] ?? 0)) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  return words([h0, h1, h2, h3, h4]);
}

const K256 = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

function sha256(data: Uint8Array): Uint8Array {
  const { view: v, byteLength } = pad(data, 64);
  const h = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Int32Array(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let at = 0; at < byteLength; at += 64) {
    for (let i = 0; i < 16; i++) w[i] = v.getInt32(at + 4 * i);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15] ?? 0;
      const b = w[i - 2] ?? 0;
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[i] = ((w[i - 16] ?? 0) + s0 + (w[i - 7] ?? 0) + s1) | 0;
    }
    let [a, b, c, d, e, f, g, hh] = h as unknown as [number, number, number, number, number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + (K256[i] ?? 0) + (w[i] ?? 0)) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    [a, b, c, d, e, f, g, hh].forEach((x, i) => (h[i] = ((h[i] ?? 0) + x) | 0));
  }
  return words(Array.from(h));
}

/** 64-bit constants written in hex, as high and low Int32 halves. */
function halves(ks: readonly string[]): Int32Array {
  return new Int32Array(ks.flatMap((k) => [parseInt(k.slice(0, 8), 16) | 0, parseInt(k.slice(8), 16) | 0]));
}

/** SHA-512's round constants. */
const K512 = halves(
  [
    '428a2f98d728ae22', '7137449123ef65cd', 'b5c0fbcfec4d3b2f', 'e9b5dba58189dbbc', '3956c25bf348b538', '59f111f1b605d019', '923f82a4af194f9b', 'ab1c5ed5da6d8118',
    'd807aa98a3030242', '12835b0145706fbe', '243185be4ee4b28c', '550c7dc3d5ffb4e2', '72be5d74f27b896f', '80deb1fe3b1696b1', '9bdc06a725c71235', 'c19bf174cf692694',
    'e49b69c19ef14ad2', 'efbe4786384f25e3', '0fc19dc68b8cd5b5', '240ca1cc77ac9c65', '2de92c6f592b0275', '4a7484aa6ea6e483', '5cb0a9dcbd41fbd4', '76f988da831153b5',
    '983e5152ee66dfab', 'a831c66d2db43210', 'b00327c898fb213f', 'bf597fc7beef0ee4', 'c6e00bf33da88fc2', 'd5a79147930aa725', '06ca6351e003826f', '142929670a0e6e70',
    '27b70a8546d22ffc', '2e1b21385c26c926', '4d2c6dfc5ac42aed', '53380d139d95b3df', '650a73548baf63de', '766a0abb3c77b2a8', '81c2c92e47edaee6', '92722c851482353b',
    'a2bfe8a14cf10364', 'a81a664bbc423001', 'c24b8b70d0f89791', 'c76c51a30654be30', 'd192e819d6ef5218', 'd69906245565a910', 'f40e35855771202a', '106aa07032bbd1b8',
    '19a4c116b8d2d0c8', '1e376c085141ab53', '2748774cdf8eeb99', '34b0bcb5e19b48a8', '391c0cb3c5c95a63', '4ed8aa4ae3418acb', '5b9cca4f7763e373', '682e6ff3d6b2b8a3',
    '748f82ee5defb2fc', '78a5636f43172f60', '84c87814a1f0ab72', '8cc702081a6439ec', '90befffa23631e28', 'a4506cebde82bde9', 'bef9a3f7b2c67915', 'c67178f2e372532b',
    'ca273eceea26619c', 'd186b8c721c0c207', 'eada7dd6cde0eb1e', 'f57d4f7fee6ed178', '06f067aa72176fba', '0a637dc5a2c898a6', '113f9804bef90dae', '1b710b35131c471b',
    '28db77f523047d84', '32caab7b40c72493', '3c9ebe0a15c9bebc', '431d67c49c100d4c', '4cc5d4becb3e42b6', '597f299cfc657e2a', '5fcb6fab3ad6faec', '6c44198c4a475817',
  ],
);

const IV512 = halves(['6a09e667f3bcc908', 'bb67ae8584caa73b', '3c6ef372fe94f82b', 'a54ff53a5f1d36f1', '510e527fade682d1', '9b05688c2b3e6c1f', '1f83d9abfb41bd6b', '5be0cd19137e2179']);
const IV384 = halves(['cbbb9d5dc1059ed8', '629a292a367cd507', '9159015a3070dd17', '152fecd8f70e5939', '67332667ffc00b31', '8eb44a8768581511', 'db0c2e0d64f98fa7', '47b5481dbefa4fa4']);
/** The message schedule, reused (the functions here are synchronous). */
const W512 = new Int32Array(160);

/** SHA-512 (or SHA-384 with its IV) over 64-bit words kept as high and low Int32 halves. */
function sha512(data: Uint8Array, iv: Int32Array, outWords: number): Uint8Array {
  const { view: v, byteLength } = pad(data, 128);
  const h = iv.slice();
  const w = W512;
  const k = K512;
  for (let at = 0; at < byteLength; at += 128) {
    for (let i = 0; i < 32; i++) w[i] = v.getInt32(at + 4 * i);
    for (let i = 32; i < 160; i += 2) {
      // σ0 = rotr1 ^ rotr8 ^ shr7 of w[t-15]; σ1 = rotr19 ^ rotr61 ^ shr6 of w[t-2].
      const ah = w[i - 30] as number;
      const al = w[i - 29] as number;
      const s0h = ((ah >>> 1) | (al << 31)) ^ ((ah >>> 8) | (al << 24)) ^ (ah >>> 7);
      const s0l = ((al >>> 1) | (ah << 31)) ^ ((al >>> 8) | (ah << 24)) ^ ((al >>> 7) | (ah << 25));
      const bh = w[i - 4] as number;
      const bl = w[i - 3] as number;
      const s1h = ((bh >>> 19) | (bl << 13)) ^ ((bl >>> 29) | (bh << 3)) ^ (bh >>> 6);
      const s1l = ((bl >>> 19) | (bh << 13)) ^ ((bh >>> 29) | (bl << 3)) ^ ((bl >>> 6) | (bh << 26));
      const lo = ((w[i - 31] as number) >>> 0) + ((w[i - 13] as number) >>> 0) + (s0l >>> 0) + (s1l >>> 0);
      w[i] = ((w[i - 32] as number) + (w[i - 14] as number) + s0h + s1h + carry(lo)) | 0;
      w[i + 1] = lo | 0;
    }
    let ah = h[0] as number, al = h[1] as number, bh = h[2] as number, bl = h[3] as number, ch = h[4] as number, cl = h[5] as number, dh = h[6] as number, dl = h[7] as number;
    let eh = h[8] as number, el = h[9] as number, fh = h[10] as number, fl = h[11] as number, gh = h[12] as number, gl = h[13] as number, hh = h[14] as number, hl = h[15] as number;
    for (let i = 0; i < 160; i += 2) {
      // Σ1(e) = rotr14 ^ rotr18 ^ rotr41; Σ0(a) = rotr28 ^ rotr34 ^ rotr39.
      const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chh = (eh & fh) ^ (~eh & gh);
      const chl = (el & fl) ^ (~el & gl);
      const t1 = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + ((k[i + 1] as number) >>> 0) + ((w[i + 1] as number) >>> 0);
      const t1h = (hh + S1h + chh + (k[i] as number) + (w[i] as number) + carry(t1)) | 0;
      const t1l = t1 >>> 0;
      const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const mjh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const mjl = (al & bl) ^ (al & cl) ^ (bl & cl);
      const t2 = (S0l >>> 0) + (mjl >>> 0);
      const t2h = (S0h + mjh + carry(t2)) | 0;
      const t2l = t2 >>> 0;
      hh = gh;
      hl = gl;
      gh = fh;
      gl = fl;
      fh = eh;
      fl = el;
      const e = (dl >>> 0) + t1l; // e = d + t1
      eh = (dh + t1h + carry(e)) | 0;
      el = e | 0;
      dh = ch;
      dl = cl;
      ch = bh;
      cl = bl;
      bh = ah;
      bl = al;
      const a = t1l + t2l; // a = t1 + t2
      ah = (t1h + t2h + carry(a)) | 0;
      al = a | 0;
    }
    const sums = [ah, al, bh, bl, ch, cl, dh, dl, eh, el, fh, fl, gh, gl, hh, hl];
    for (let i = 0; i < 16; i += 2) {
      const lo = ((h[i + 1] as number) >>> 0) + ((sums[i + 1] ?? 0) >>> 0);
      h[i] = ((h[i] as number) + (sums[i] ?? 0) + carry(lo)) | 0;
      h[i + 1] = lo | 0;
    }
  }
  return words(Array.from(h).slice(0, outWords));
}

/** The carry out of a sum of unsigned 32-bit halves (below 2^35 here). Not Math.floor: under jest's vm context that is ten times slower. */
function carry(sum: number): number {
  return (sum / 0x100000000) | 0;
}

function words(ws: readonly number[]): Uint8Array {
  const out = new Uint8Array(ws.length * 4);
  const view = new DataView(out.buffer);
  ws.forEach((w, i) => view.setInt32(4 * i, w));
  return out;
}

/** The digest of `data`. */
export function hash(name: HashName, data: Uint8Array): Uint8Array {
  switch (name) {
    case 'SHA-1':
      return sha1(data);
    case 'SHA-256':
      return sha256(data);
    case 'SHA-384':
      return sha512(data, IV384, 12);
    case 'SHA-512':
      return sha512(data, IV512, 16);
  }
}

/** The digest length in bytes. */
export function hashSize(name: HashName): number {
  return { 'SHA-1': 20, 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 }[name];
}
