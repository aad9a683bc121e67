import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import type { CliFs, CliIo } from './io';

/** The real file system. */
export const nodeFs: CliFs = {
  async readFile(path) {
    const buf = await fsp.readFile(path);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  },
  async writeFile(path, data, options) {
    await fsp.writeFile(path, data, { flag: options?.exclusive ? 'wx' : 'w' });
  },
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  async makeDirectory(path) {
    await fsp.mkdir(path, { recursive: true });
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

/** The process's streams, environment, clock and file system. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    fs: nodeFs,
    now: () => new Date(),
    random: () => randomBytes(6).toString('hex'),
  };
}
