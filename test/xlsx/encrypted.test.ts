/**
 * Files encrypted with Excel's default password "VelvetSweatshop" are read (Excel and LibreOffice open them
 * without asking); a real password, a damaged container or no WebCrypto leave the file refused as
 * `encrypted`. The pieces: SHA (hash.ts) and AES without padding (aes.ts) against Node's crypto, the compound
 * file reader (cfb.ts) against damaged containers. Files real producers encrypted: test/corpus/encrypted.corpus.test.ts.
 */
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { nodeInflate } from '../../src/cli/deflate';
import { aesCbcDecrypt, aesEcbDecrypt } from '../../src/xlsx/crypto/aes';
import { cfbStreams } from '../../src/xlsx/crypto/cfb';
import { hash } from '../../src/xlsx/crypto/hash';
import { DEFAULT_PASSWORD, decryptPackage } from '../../src/xlsx/crypto/office';
import { openEncrypted } from '../../src/xlsx/encrypted';
import { readXlsx } from '../../src/xlsx/read';
import { fixture } from './fixture-files';
import { agileEncrypt, compoundFile } from './office-crypto';

describe('hash.ts: SHA-1, SHA-256, SHA-384, SHA-512 as Node computes them', () => {
  const names = [
    ['SHA-1', 'sha1'],
    ['SHA-256', 'sha256'],
    ['SHA-384', 'sha384'],
    ['SHA-512', 'sha512'],
  ] as const;
  test.each(names)('%s over lengths around every block boundary', (name, node) => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 1000, 70_000]) {
      const data = new Uint8Array(randomBytes(length));
      expect([length, Buffer.from(hash(name, data)).toString('hex')]).toEqual([length, createHash(node).update(data).digest('hex')]);
    }
  });
});

describe('aes.ts: AES without padding on WebCrypto', () => {
  const key = new Uint8Array(randomBytes(32));
  const iv = new Uint8Array(randomBytes(16));
  const plain = new Uint8Array(randomBytes(4096));
  const encrypt = (mode: 'aes-256-cbc' | 'aes-256-ecb') => {
    const c = createCipheriv(mode, key, mode === 'aes-256-cbc' ? iv : null);
    c.setAutoPadding(false);
    return new Uint8Array(Buffer.concat([c.update(plain), c.final()]));
  };
  test('CBC and ECB decrypt what Node encrypted', async () => {
    expect(await aesCbcDecrypt(crypto.subtle, key, iv, encrypt('aes-256-cbc'))).toEqual(plain);
    expect(await aesEcbDecrypt(crypto.subtle, key, encrypt('aes-256-ecb'))).toEqual(plain);
  });
  test('no whole number of blocks, or a key of no AES length: null', async () => {
    expect(await aesCbcDecrypt(crypto.subtle, key, iv, plain.subarray(0, 100))).toBeNull();
    expect(await aesCbcDecrypt(crypto.subtle, key.subarray(0, 7), iv, plain)).toBeNull();
  });
});

describe('cfb.ts: streams of a compound file', () => {
  const small = new Uint8Array(randomBytes(300));
  const large = new Uint8Array(randomBytes(9000));
  const file = compoundFile([
    { name: 'EncryptionInfo', data: small },
    { name: 'EncryptedPackage', data: large },
  ]);
  test('a stream in the mini stream and one in sectors', () => {
    const streams = cfbStreams(file, ['EncryptionInfo', 'EncryptedPackage']);
    expect(streams?.get('EncryptionInfo')).toEqual(small);
    expect(streams?.get('EncryptedPackage')).toEqual(large);
  });
  test('damaged containers give null, never a loop or a read past the end', () => {
    expect(cfbStreams(file.subarray(0, 1500), ['EncryptedPackage'])).toBeNull();
    const looped = file.slice();
    // The FAT (sector 0, right after the 512-byte header) sends the directory's sector back to itself.
    new DataView(looped.buffer).setUint32(512 + 4 * 1, 1, true);
    expect(cfbStreams(looped, ['EncryptedPackage'])).toBeNull();
    const huge = file.slice();
    // The package stream (directory entry 2, in sector 1 after the header and the FAT) claims 2 GB.
    new DataView(huge.buffer).setUint32(512 * 2 + 2 * 128 + 120, 0x7fffffff, true);
    expect(cfbStreams(huge, ['EncryptedPackage'])).toBeNull();
    expect(cfbStreams(new Uint8Array(512), ['EncryptedPackage'])).toBeNull();
  });
});

describe("encrypted with Excel's default password", () => {
  const plain = fixture('canonical-somu.xlsx');
  test('read as the workbook inside, exactly as the unencrypted file reads', async () => {
    const locked = agileEncrypt(plain, DEFAULT_PASSWORD, 1000);
    expect(await readXlsx(locked, 'a.xlsx', { inflate: nodeInflate })).toEqual(await readXlsx(plain, 'a.xlsx', { inflate: nodeInflate }));
  });
  test('with 100,000 rounds of SHA-512, as Excel writes it', async () => {
    const locked = agileEncrypt(plain, DEFAULT_PASSWORD);
    expect(await decryptPackage(locked, DEFAULT_PASSWORD)).toEqual(plain);
  });
  test('a real password: refused as encrypted, the password named as what is missing', async () => {
    await expect(readXlsx(agileEncrypt(plain, 'ひみつ', 1000), 'a.xlsx', { inflate: nodeInflate })).rejects.toMatchObject({ reason: 'encrypted', message: expect.stringContaining('a password is needed') });
    expect(await decryptPackage(agileEncrypt(plain, 'ひみつ', 1000), 'ひみつ')).toEqual(plain);
  });
  test('no WebCrypto (a page served over plain http): refused as encrypted', async () => {
    await expect(openEncrypted(agileEncrypt(plain, DEFAULT_PASSWORD, 1000), 'a.xlsx', null)).rejects.toMatchObject({ reason: 'encrypted', message: expect.stringContaining('unsupported') });
  });
  test('more password rounds than any producer writes (10 million): left locked at once, not hashed for minutes', async () => {
    const started = Date.now();
    expect(await decryptPackage(agileEncrypt(plain, DEFAULT_PASSWORD, 0, 10_000_000), DEFAULT_PASSWORD)).toBe('unsupported');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
  test('a damaged container, or something else than a zip inside: refused', async () => {
    const locked = agileEncrypt(plain, DEFAULT_PASSWORD, 1000);
    await expect(readXlsx(locked.subarray(0, 2000), 'a.xlsx')).rejects.toMatchObject({ reason: 'encrypted' });
    await expect(readXlsx(agileEncrypt(new TextEncoder().encode('not a zip at all'), DEFAULT_PASSWORD, 1000), 'a.xlsx')).rejects.toMatchObject({ reason: 'corrupt' });
  });
});
