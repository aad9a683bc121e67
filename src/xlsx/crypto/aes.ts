/**
 * AES decryption without padding (what Office's encryption stores) on WebCrypto, which only offers CBC with
 * PKCS#7 padding: one block is appended that decrypts to a full padding block, which WebCrypto then removes.
 * That block is E(pad ⊕ C_last), obtained by encrypting the padding block with C_last as the IV.
 * ECB is CBC with each block's chaining undone (P_i = CBC_i ⊕ C_{i-1}).
 */

const BLOCK = 16;

function bytes(b: ArrayBuffer | Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(b instanceof Uint8Array ? b.slice().buffer : b);
}

/** AES-CBC decryption of whole blocks (null when `data` is no whole number of blocks or the key length is not one). */
export async function aesCbcDecrypt(subtle: SubtleCrypto, key: Uint8Array, iv: Uint8Array, data: Uint8Array): Promise<Uint8Array | null> {
  if (data.length === 0 || data.length % BLOCK !== 0 || iv.length !== BLOCK) return null;
  let k: CryptoKey;
  try {
    k = await subtle.importKey('raw', bytes(key), 'AES-CBC', false, ['encrypt', 'decrypt']);
  } catch {
    return null; // e.g. AES-192, which some browsers do not offer
  }
  const padding = new Uint8Array(BLOCK).fill(BLOCK);
  const lastCipher = bytes(data.subarray(data.length - BLOCK));
  const extra = new Uint8Array(await subtle.encrypt({ name: 'AES-CBC', iv: lastCipher }, k, padding)).subarray(0, BLOCK);
  const input = new Uint8Array(data.length + BLOCK);
  input.set(data);
  input.set(extra, data.length);
  return new Uint8Array(await subtle.decrypt({ name: 'AES-CBC', iv: bytes(iv) }, k, input));
}

/** AES-ECB decryption of whole blocks. */
export async function aesEcbDecrypt(subtle: SubtleCrypto, key: Uint8Array, data: Uint8Array): Promise<Uint8Array | null> {
  const out = await aesCbcDecrypt(subtle, key, new Uint8Array(BLOCK), data);
  if (out === null) return null;
  for (let i = out.length - 1; i >= BLOCK; i--) out[i] = (out[i] ?? 0) ^ (data[i - BLOCK] ?? 0);
  return out;
}
