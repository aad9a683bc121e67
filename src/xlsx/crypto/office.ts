import { concatBytes } from '../bytes';
import { NotSure } from '../direct/not-sure';
import { XmlScanner, OPEN, END } from '../direct/xml-scan';
import { aesCbcDecrypt, aesEcbDecrypt } from './aes';
import { cfbStreams } from './cfb';
import { hash, hashSize } from './hash';
import type { HashName } from './hash';

/**
 * An encrypted .xlsx ([MS-OFFCRYPTO] §2.3.4.5 standard, §2.3.4.10 agile encryption: a compound file
 * holding `EncryptionInfo` and `EncryptedPackage`) opened with a password. Excel saves a workbook that is
 * protected without a password to open (e.g. "read-only recommended" or a protected structure in some
 * versions) encrypted with the password "VelvetSweatshop", and opens such files without asking; so do
 * LibreOffice and POI. Only the browser's and Node's WebCrypto is used (AES), hashes are hash.ts'.
 */

/** The password Excel uses when the user gave none. */
export const DEFAULT_PASSWORD = 'VelvetSweatshop';

/** Why a package could not be decrypted. */
export type Locked = 'password' | 'unsupported' | 'damaged';

const utf16le = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >>> 8;
  }
  return out;
};

const concat = (...parts: Uint8Array[]): Uint8Array => concatBytes(parts);

function le32(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n >>> 0, true);
  return out;
}

const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** H0 = H(salt + password), then `spin` rounds of H(i + H): the password hash both schemes start from. */
function spinHash(name: HashName, salt: Uint8Array, password: string, spin: number): Uint8Array {
  let h = hash(name, concat(salt, utf16le(password)));
  const buf = new Uint8Array(4 + h.length);
  const view = new DataView(buf.buffer);
  for (let i = 0; i < spin; i++) {
    view.setUint32(0, i, true);
    buf.set(h, 4);
    h = hash(name, buf);
  }
  return h;
}

/** `b` cut or padded (with `fill`) to `n` bytes. */
function fit(b: Uint8Array, n: number, fill: number): Uint8Array {
  const out = new Uint8Array(n).fill(fill);
  out.set(b.subarray(0, n));
  return out;
}

/** The EncryptedPackage's declared size (8 bytes, little-endian) and its encrypted body. */
function packageParts(pkg: Uint8Array): { size: number; body: Uint8Array } | null {
  if (pkg.length < 8) return null;
  const view = new DataView(pkg.buffer, pkg.byteOffset, pkg.byteLength);
  const size = view.getUint32(0, true) + view.getUint32(4, true) * 0x100000000;
  const body = pkg.subarray(8);
  return size <= body.length ? { size, body } : null;
}

/** Standard encryption (AES, SHA-1, 50,000 rounds; ECB over the whole package). */
async function standard(subtle: SubtleCrypto, info: Uint8Array, pkg: Uint8Array, password: string): Promise<Uint8Array | Locked> {
  const view = new DataView(info.buffer, info.byteOffset, info.byteLength);
  if (info.length < 12) return 'damaged';
  const headerSize = view.getUint32(8, true);
  const header = 12;
  const verifier = header + headerSize;
  if (headerSize < 32 || verifier + 4 + 16 + 16 + 4 + 32 > info.length) return 'damaged';
  const algId = view.getUint32(header + 8, true);
  const algIdHash = view.getUint32(header + 12, true);
  const keyBits = view.getUint32(header + 16, true);
  if (![0x660e, 0x660f, 0x6610].includes(algId) || (algIdHash !== 0x8004 && algIdHash !== 0) || ![128, 192, 256].includes(keyBits)) return 'unsupported';
  if (view.getUint32(verifier, true) !== 16) return 'damaged';
  const salt = info.subarray(verifier + 4, verifier + 20);
  const encryptedVerifier = info.subarray(verifier + 20, verifier + 36);
  const encryptedVerifierHash = info.subarray(verifier + 40, verifier + 72);
  const h = hash('SHA-1', concat(spinHash('SHA-1', salt, password, 50000), le32(0)));
  const x = (c: number) => hash('SHA-1', new Uint8Array(64).map((_, i) => c ^ (h[i] ?? 0)));
  const key = concat(x(0x36), x(0x5c)).subarray(0, keyBits / 8);
  const v = await aesEcbDecrypt(subtle, key, encryptedVerifier);
  const vh = await aesEcbDecrypt(subtle, key, encryptedVerifierHash);
  if (v === null || vh === null) return 'unsupported';
  if (!same(hash('SHA-1', v), vh.subarray(0, 20))) return 'password';
  const parts = packageParts(pkg);
  if (parts === null) return 'damaged';
  const plain = await aesEcbDecrypt(subtle, key, parts.body.subarray(0, parts.body.length - (parts.body.length % 16)));
  return plain === null || plain.length < parts.size ? 'damaged' : plain.subarray(0, parts.size);
}

const HASHES: Record<string, HashName> = { SHA1: 'SHA-1', 'SHA-1': 'SHA-1', SHA256: 'SHA-256', SHA384: 'SHA-384', SHA512: 'SHA-512' };
/** Rounds of the password hash we run (Excel writes 100,000): a file asking for more is left locked. */
const MAX_SPIN = 200_000;
const ENCRYPTION_NS = 'http://schemas.microsoft.com/office/2006/encryption';
const PASSWORD_NS = 'http://schemas.microsoft.com/office/2006/keyEncryptor/password';

interface CipherParams {
  salt: Uint8Array;
  blockSize: number;
  keyBits: number;
  hash: HashName;
}

function cipherParams(a: Record<string, string>): CipherParams | null {
  const name = HASHES[a['hashAlgorithm'] ?? ''];
  const blockSize = Number(a['blockSize']);
  const keyBits = Number(a['keyBits']);
  if (name === undefined || a['cipherAlgorithm'] !== 'AES' || a['cipherChaining'] !== 'ChainingModeCBC' || blockSize !== 16 || ![128, 192, 256].includes(keyBits)) return null;
  return { salt: base64(a['saltValue'] ?? ''), blockSize, keyBits, hash: name };
}

function base64(s: string): Uint8Array {
  const bin = atob(s.replace(/\s+/g, ''));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** The agile EncryptionInfo's XML: the package's cipher and the password key encryptor. */
function agileInfo(xml: string): { data: CipherParams; key: CipherParams & { spin: number; attrs: Record<string, string> } } | null {
  const s = new XmlScanner(xml);
  let data: CipherParams | null = null;
  let key: (CipherParams & { spin: number; attrs: Record<string, string> }) | null = null;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t !== OPEN) continue;
    if (s.name === `{${ENCRYPTION_NS}}keyData`) data = cipherParams(s.attrs);
    else if (s.name === `{${PASSWORD_NS}}encryptedKey`) {
      const p = cipherParams(s.attrs);
      const spin = Number(s.attrs['spinCount']);
      if (p !== null && Number.isInteger(spin) && spin >= 0 && spin <= MAX_SPIN) key = { ...p, spin, attrs: s.attrs };
    }
  }
  return data && key ? { data, key } : null;
}

/** Agile encryption: the password unwraps the package key, which decrypts 4096-byte segments (AES-CBC). */
async function agile(subtle: SubtleCrypto, info: Uint8Array, pkg: Uint8Array, password: string): Promise<Uint8Array | Locked> {
  let params: ReturnType<typeof agileInfo>;
  try {
    params = agileInfo(new TextDecoder('utf-8', { fatal: true }).decode(info.subarray(8)).replace(/\0+$/, ''));
  } catch (e) {
    if (e instanceof NotSure || e instanceof TypeError || (e instanceof Error && e.name === 'InvalidCharacterError')) return 'damaged';
    throw e;
  }
  if (params === null) return 'unsupported';
  const { data, key } = params;
  const h = spinHash(key.hash, key.salt, password, key.spin);
  const keyFor = (block: number[]) => fit(hash(key.hash, concat(h, Uint8Array.from(block))), key.keyBits / 8, 0x36);
  const iv = fit(key.salt, key.blockSize, 0x36);
  const unwrap = (name: string, block: number[]) => aesCbcDecrypt(subtle, keyFor(block), iv, base64(key.attrs[name] ?? ''));
  const input = await unwrap('encryptedVerifierHashInput', [0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79]);
  const expected = await unwrap('encryptedVerifierHashValue', [0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e]);
  if (input === null || expected === null) return 'unsupported';
  const size = hashSize(key.hash);
  if (!same(hash(key.hash, input.subarray(0, key.salt.length)), expected.subarray(0, size))) return 'password';
  const wrapped = await unwrap('encryptedKeyValue', [0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6]);
  if (wrapped === null || wrapped.length < data.keyBits / 8) return 'damaged';
  const packageKey = wrapped.subarray(0, data.keyBits / 8);
  const parts = packageParts(pkg);
  if (parts === null) return 'damaged';
  const out = new Uint8Array(parts.size);
  for (let i = 0, at = 0; at < parts.size; i++, at += 4096) {
    const segment = parts.body.subarray(at, Math.min(at + 4096, parts.body.length));
    const whole = segment.subarray(0, segment.length - (segment.length % data.blockSize));
    const plain = await aesCbcDecrypt(subtle, packageKey, fit(hash(data.hash, concat(data.salt, le32(i))), data.blockSize, 0x36), whole);
    if (plain === null) return 'damaged';
    out.set(plain.subarray(0, Math.min(plain.length, parts.size - at)), at);
  }
  return out;
}

/**
 * The decrypted package (the .xlsx zip) of an encrypted OOXML compound file, opened with `password`; or why
 * not: a wrong password, an unsupported scheme (or no WebCrypto, as on a page served over plain http), damage.
 */
export async function decryptPackage(cfb: Uint8Array, password: string, subtle: SubtleCrypto | null = globalThis.crypto?.subtle ?? null): Promise<Uint8Array | Locked> {
  const streams = cfbStreams(cfb, ['EncryptionInfo', 'EncryptedPackage']);
  const info = streams?.get('EncryptionInfo');
  const pkg = streams?.get('EncryptedPackage');
  if (info === undefined || pkg === undefined || info.length < 8) return 'damaged';
  if (subtle === null) return 'unsupported';
  const view = new DataView(info.buffer, info.byteOffset, info.byteLength);
  const major = view.getUint16(0, true);
  const minor = view.getUint16(2, true);
  const flags = view.getUint32(4, true);
  if (major === 4 && minor === 4 && flags === 0x40) return agile(subtle, info, pkg, password);
  // Standard encryption with AES (fCryptoAPI and fAES set, not fExternal).
  if ((major === 3 || major === 4) && minor === 2 && (flags & 0x24) === 0x24 && (flags & 0x10) === 0) return standard(subtle, info, pkg, password);
  return 'unsupported';
}
