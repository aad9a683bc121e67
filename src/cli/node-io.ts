import { randomBytes } from 'node:crypto';
import { constants, promises as fsp } from 'node:fs';
import { hostname } from 'node:os';
import type { CliFs, CliIo } from './io';

const failure = (code: string, message: string, extra: object = {}) => Object.assign(new Error(message), { code, ...extra });

/**
 * Open without blocking (a FIFO with no writer would wait forever; O_NONBLOCK does not change reads from a
 * regular file), then decide on what the descriptor is, never on the name: no race between a check and a read.
 */
async function readRegular(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await fsp.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  try {
    const st = await handle.stat();
    if (st.isDirectory()) throw failure('EISDIR', `${path}: is a directory`);
    if (!st.isFile()) throw failure('ENOTREG', `${path}: not a regular file`);
    if (st.size > maxBytes) throw failure('EFBIG', `${path}: ${st.size} bytes`, { size: st.size, maxBytes });
    // Read what is there, never more than one byte past the cap (a file growing meanwhile is caught too).
    let buf = new Uint8Array(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, n, buf.length - n, n);
      if (bytesRead === 0) break;
      n += bytesRead;
      if (n > maxBytes) throw failure('EFBIG', `${path}: more than ${maxBytes} bytes`, { size: n, maxBytes });
      if (n === buf.length) {
        const grown = new Uint8Array(Math.min(buf.length * 2, maxBytes + 1));
        grown.set(buf);
        buf = grown;
      }
    }
    return buf.subarray(0, n);
  } finally {
    await handle.close();
  }
}

/** The real file system. */
export const nodeFs: CliFs = {
  readFile: (path, options) => readRegular(path, options?.maxBytes ?? Number.MAX_SAFE_INTEGER),
  async writeFile(path, data, options) {
    await fsp.writeFile(path, data, { flag: options?.exclusive ? 'wx' : 'w' });
  },
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  async makeDirectory(path) {
    await fsp.mkdir(path, { recursive: true });
  },
  list: (dir) => fsp.readdir(dir),
  async modifiedAt(path) {
    try {
      return (await fsp.lstat(path)).mtimeMs;
    } catch {
      return null;
    }
  },
  async identify(path) {
    try {
      const realPath = await fsp.realpath(path);
      const st = await fsp.stat(realPath);
      return { realPath, dev: st.dev, ino: st.ino };
    } catch {
      return null;
    }
  },
};

/** Whether process `pid` runs (signal 0 checks without sending anything; EPERM: it runs as someone else). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: unknown }).code === 'EPERM';
  }
}

/** The process's streams, environment, clock and file system. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    fs: nodeFs,
    now: () => new Date(),
    random: () => randomBytes(6).toString('hex'),
    pid: process.pid,
    host: hostname(),
    alive,
  };
}
