import type { CliIo } from './io';

/**
 * The temporary files `writeAtomically` writes beside its target: `.<target>.ledger-<host>-<pid>-<token>.tmp`.
 * A run killed while writing (kill -9, a power cut) leaves one behind — the old target is intact, but the
 * temporary file holds ledger content. The name says whose it is, so the next run writing into that folder
 * removes the stale ones: those of this computer whose process no longer runs, and any older than a day
 * (a shared folder, another computer). Other files are never touched.
 */

const PATTERN = /^\.(.+)\.ledger-([A-Za-z0-9]*)-(\d+)-([A-Za-z0-9]+)\.tmp$/;

/** No run takes a day: a temporary file of ours older than that is stale wherever it comes from. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** The host as it goes into a name: letters and digits only. */
function hostTag(host: string): string {
  return host.replace(/[^A-Za-z0-9]/g, '').slice(0, 32);
}

/** The temporary file for `base` in `dir` (`dir` empty or ending in a separator). */
export function tempPath(io: CliIo, dir: string, base: string): string {
  return `${dir}.${base}.ledger-${hostTag(io.host)}-${io.pid}-${io.random()}.tmp`;
}

/**
 * Remove the stale temporary files of ours in `dir` (`dir` empty or ending in a separator); the paths removed.
 * Best effort: a file that cannot be listed, examined or removed is left, and the run goes on.
 */
export async function removeStaleTemps(io: CliIo, dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await io.fs.list(dir === '' ? '.' : dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  const host = hostTag(io.host);
  for (const name of names) {
    const m = PATTERN.exec(name);
    if (!m) continue;
    const path = `${dir}${name}`;
    const modified = await io.fs.modifiedAt(path);
    const old = modified !== null && io.now().getTime() - modified > STALE_AFTER_MS;
    const orphan = m[2] === host && Number(m[3]) !== io.pid && !io.alive(Number(m[3]));
    if (!old && !orphan) continue;
    try {
      await io.fs.unlink(path);
      removed.push(path);
    } catch {
      // someone else's to deal with
    }
  }
  return removed;
}
