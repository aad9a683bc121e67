/**
 * Encrypted .xlsx files made here, with Node's crypto: a compound file ([MS-CFB] version 3) holding
 * `EncryptionInfo` and `EncryptedPackage`, the package encrypted the agile way ([MS-OFFCRYPTO] §2.3.4.10,
 * AES-256-CBC, SHA-512) as Excel does. The corpus tests check the reader on files real producers encrypted.
 */
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { concatBytes } from '../../src/xlsx/bytes';

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;

/** A compound file with the given streams in its root storage (the first in the mini stream when under 4096 bytes). */
export function compoundFile(streams: readonly { name: string; data: Uint8Array }[]): Uint8Array {
  const small = streams.filter((s) => s.data.length < 4096);
  const large = streams.filter((s) => s.data.length >= 4096);
  // The mini stream: each small stream in 64-byte mini sectors, chained in the mini FAT.
  const miniFat: number[] = [];
  const miniStarts: number[] = [];
  const miniParts: Uint8Array[] = [];
  for (const s of small) {
    const count = Math.max(1, Math.ceil(s.data.length / 64));
    miniStarts.push(miniFat.length);
    for (let i = 0; i < count; i++) miniFat.push(i === count - 1 ? END_OF_CHAIN : miniFat.length + 1);
    const padded = new Uint8Array(count * 64);
    padded.set(s.data);
    miniParts.push(padded);
  }
  const miniStream = concat(miniParts);
  // Sectors: 0 FAT, 1 directory, 2 mini FAT, then the mini stream, then each large stream.
  const sectors: Uint8Array[] = [new Uint8Array(512), new Uint8Array(512), new Uint8Array(512)];
  const fat: number[] = [FAT_SECTOR, END_OF_CHAIN, END_OF_CHAIN];
  const chainOf = (data: Uint8Array): number => {
    const start = sectors.length;
    const count = Math.max(1, Math.ceil(data.length / 512));
    for (let i = 0; i < count; i++) {
      const sector = new Uint8Array(512);
      sector.set(data.subarray(i * 512, (i + 1) * 512));
      sectors.push(sector);
      fat.push(i === count - 1 ? END_OF_CHAIN : sectors.length);
    }
    return start;
  };
  const miniStart = miniStream.length > 0 ? chainOf(miniStream) : END_OF_CHAIN;
  const largeStarts = large.map((s) => chainOf(s.data));
  if (fat.length > 128) throw new Error('one FAT sector holds 128 entries: keep test files under 64 KB');
  const fatView = new DataView((sectors[0] as Uint8Array).buffer);
  for (let i = 0; i < 128; i++) fatView.setUint32(4 * i, fat[i] ?? FREE, true);
  const miniView = new DataView((sectors[2] as Uint8Array).buffer);
  for (let i = 0; i < 128; i++) miniView.setUint32(4 * i, miniFat[i] ?? FREE, true);
  // Directory: the root, then the streams as a chain of right siblings.
  const dir = new DataView((sectors[1] as Uint8Array).buffer);
  const entry = (i: number, name: string, type: number, right: number, child: number, start: number, size: number) => {
    const at = i * 128;
    for (let k = 0; k < name.length; k++) dir.setUint16(at + 2 * k, name.charCodeAt(k), true);
    dir.setUint16(at + 64, (name.length + 1) * 2, true);
    dir.setUint8(at + 66, type);
    dir.setUint32(at + 68, FREE, true);
    dir.setUint32(at + 72, right, true);
    dir.setUint32(at + 76, child, true);
    dir.setUint32(at + 116, start, true);
    dir.setUint32(at + 120, size, true);
  };
  const all = [...small.map((s, i) => ({ s, start: miniStarts[i] ?? 0 })), ...large.map((s, i) => ({ s, start: largeStarts[i] ?? 0 }))];
  if (all.length > 3) throw new Error('one directory sector: three streams at most');
  entry(0, 'Root Entry', 5, FREE, all.length > 0 ? 1 : FREE, miniStart, miniStream.length);
  all.forEach(({ s, start }, i) => entry(i + 1, s.name, 2, i + 2 <= all.length ? i + 2 : FREE, FREE, start, s.data.length));
  for (let i = all.length + 1; i < 4; i++) {
    dir.setUint32(i * 128 + 68, FREE, true);
    dir.setUint32(i * 128 + 72, FREE, true);
    dir.setUint32(i * 128 + 76, FREE, true);
  }
  const header = new Uint8Array(512);
  const h = new DataView(header.buffer);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  h.setUint16(0x18, 0x3e, true);
  h.setUint16(0x1a, 3, true);
  h.setUint16(0x1c, 0xfffe, true);
  h.setUint16(0x1e, 9, true);
  h.setUint16(0x20, 6, true);
  h.setUint32(0x2c, 1, true); // FAT sectors
  h.setUint32(0x30, 1, true); // first directory sector
  h.setUint32(0x38, 4096, true); // mini stream cutoff
  h.setUint32(0x3c, 2, true); // first mini FAT sector
  h.setUint32(0x40, 1, true);
  h.setUint32(0x44, END_OF_CHAIN, true); // no DIFAT sectors
  h.setUint32(0x4c, 0, true);
  for (let i = 1; i < 109; i++) h.setUint32(0x4c + 4 * i, FREE, true);
  return concat([header, ...sectors]);
}

const concat = concatBytes;

const sha512 = (...parts: Uint8Array[]) => new Uint8Array(createHash('sha512').update(concat(parts)).digest());
const le32 = (n: number) => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n, true);
  return b;
};
function aes256cbc(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const c = createCipheriv('aes-256-cbc', key, iv);
  c.setAutoPadding(false);
  return new Uint8Array(Buffer.concat([c.update(data), c.final()]));
}
const padTo16 = (b: Uint8Array) => {
  const out = new Uint8Array(Math.ceil(b.length / 16) * 16);
  out.set(b);
  return out;
};
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

/** `xlsx` encrypted with `password` the agile way (`spinCount` rounds of the password hash, `declared` in its XML). */
export function agileEncrypt(xlsx: Uint8Array, password: string, spinCount = 100_000, declared = spinCount): Uint8Array {
  const keySalt = new Uint8Array(randomBytes(16));
  const passwordSalt = new Uint8Array(randomBytes(16));
  const packageKey = new Uint8Array(randomBytes(32));
  let h = sha512(passwordSalt, new Uint8Array(Buffer.from(password, 'utf16le')));
  for (let i = 0; i < spinCount; i++) h = sha512(le32(i), h);
  const keyFor = (block: number[]) => sha512(h, Uint8Array.from(block)).subarray(0, 32);
  const verifierInput = new Uint8Array(randomBytes(16));
  const encryptedVerifierHashInput = aes256cbc(keyFor([0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79]), passwordSalt, verifierInput);
  const encryptedVerifierHashValue = aes256cbc(keyFor([0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e]), passwordSalt, sha512(verifierInput));
  const encryptedKeyValue = aes256cbc(keyFor([0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6]), passwordSalt, packageKey);
  const segments: Uint8Array[] = [];
  for (let i = 0, at = 0; at < xlsx.length; i++, at += 4096) {
    segments.push(aes256cbc(packageKey, sha512(keySalt, le32(i)).subarray(0, 16), padTo16(xlsx.subarray(at, at + 4096))));
  }
  const size = new Uint8Array(8);
  new DataView(size.buffer).setUint32(0, xlsx.length, true);
  const params = 'saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"';
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<keyData ${params} saltValue="${b64(keySalt)}"/><keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">` +
    `<p:encryptedKey spinCount="${declared}" ${params} saltValue="${b64(passwordSalt)}" encryptedVerifierHashInput="${b64(encryptedVerifierHashInput)}" ` +
    `encryptedVerifierHashValue="${b64(encryptedVerifierHashValue)}" encryptedKeyValue="${b64(encryptedKeyValue)}"/></keyEncryptor></keyEncryptors></encryption>`;
  const info = concat([Uint8Array.from([4, 0, 4, 0, 0x40, 0, 0, 0]), new TextEncoder().encode(xml)]);
  return compoundFile([
    { name: 'EncryptionInfo', data: info },
    { name: 'EncryptedPackage', data: concat([size, ...segments]) },
  ]);
}
