import type { CliIo, OutFile } from './io';
import { removeStaleTemps, tempPath } from './temp-files';

function dirAndBase(path: string): { dir: string; base: string } {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i < 0 ? { dir: '', base: path } : { dir: path.slice(0, i + 1), base: path.slice(i + 1) };
}

/**
 * Write `data` (bytes, or a writer that streams them into the file) to `path` atomically: a temporary file in
 * the same folder (so the rename stays on one file system), then rename over the target. Readers see either the
 * old file or the complete new one; on failure the temporary file is removed and the old file is untouched.
 * Temporary files of ours left in that folder by a run that was killed are removed first (temp-files.ts):
 * resolves to the paths removed.
 */
export async function writeAtomically(io: CliIo, path: string, data: Uint8Array | ((file: OutFile) => Promise<void>)): Promise<string[]> {
  const { dir, base } = dirAndBase(path);
  const removed = await removeStaleTemps(io, dir);
  const temp = tempPath(io, dir, base);
  try {
    // A writer streams into the file as it makes the bytes (the summary's compressed pieces): never whole in memory.
    const file = await io.fs.create(temp, { exclusive: true });
    try {
      await (data instanceof Uint8Array ? file.write(data) : data(file));
    } finally {
      await file.close();
    }
    await io.fs.rename(temp, path);
  } catch (e) {
    await io.fs.unlink(temp).catch(() => undefined);
    throw e;
  }
  return removed;
}

/**
 * The input that `out` would overwrite, if any: same resolved real path, or the same file through a hard
 * link (same device and inode).
 */
export async function inputAt(io: CliIo, out: string, inputs: readonly string[]): Promise<string | null> {
  const target = await io.fs.identify(out);
  if (target === null) return null;
  for (const input of inputs) {
    const id = await io.fs.identify(input);
    if (id === null) continue;
    if (id.realPath === target.realPath || (id.dev === target.dev && id.ino === target.ino)) return input;
  }
  return null;
}

export function errorReason(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    return (e as { code: string }).code;
  }
  return e instanceof Error ? e.message : String(e);
}
