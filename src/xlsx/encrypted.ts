import { DEFAULT_PASSWORD, decryptPackage } from './crypto/office';
import { XlsxReadError } from './errors';
import { isEncryptedPackage } from './sniff';

/**
 * The .xlsx inside an encrypted file that Excel opens without asking: one saved with Excel's default
 * password "VelvetSweatshop" (POI's 58616.xlsx, protect.xlsx). Anything else that is encrypted — a real
 * password, a scheme we do not read, no WebCrypto (a page served over plain http) — stays refused as
 * `encrypted`; bytes that are not an encrypted package come back unchanged.
 */
export async function openEncrypted(bytes: Uint8Array, file: string | null, subtle?: SubtleCrypto | null): Promise<Uint8Array> {
  if (!isEncryptedPackage(bytes)) return bytes;
  const inner = await decryptPackage(bytes, DEFAULT_PASSWORD, subtle === undefined ? (globalThis.crypto?.subtle ?? null) : subtle);
  if (typeof inner === 'string') throw new XlsxReadError('encrypted', file, inner === 'password' ? 'a password is needed' : `encryption: ${inner}`);
  // What is inside must be a zip package (an encrypted .xls-like payload, or nested encryption, is not ours).
  if (isEncryptedPackage(inner) || inner[0] !== 0x50 || inner[1] !== 0x4b) throw new XlsxReadError('corrupt', file, 'decrypted package is no zip');
  return inner;
}
