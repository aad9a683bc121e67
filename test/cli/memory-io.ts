import { readFileSync } from 'node:fs';
import type { CliFs, CliIo, OutFile } from '../../src/cli/io';

/**
 * An in-memory file system for running `main` in-process. Paths are plain keys; `links` makes two paths
 * the same file (like a symlink or hard link); every operation is logged so tests can see how a file was
 * written.
 */
export class MemoryFs implements CliFs {
  readonly files = new Map<string, Uint8Array>();
  /** Modification times (ms) of files put with one; others read as now. */
  readonly modified = new Map<string, number>();
  readonly links = new Map<string, string>();
  readonly log: string[] = [];
  failRename = false;
  /** A streamed write fails (ENOSPC) once the file holds this many bytes, as a full disk would. */
  failWritePast: number | null = null;
  /** Targets whose rename fails (EACCES), as a read-only file or folder would. */
  readonly failRenameTo = new Set<string>();

  private real(path: string): string {
    return this.links.get(path) ?? path;
  }

  put(path: string, data: Uint8Array | string): this {
    this.files.set(path, typeof data === 'string' ? new TextEncoder().encode(data) : data);
    return this;
  }

  async readFile(path: string, options?: { maxBytes?: number }): Promise<Uint8Array> {
    this.log.push(`read ${path}`);
    const data = this.files.get(this.real(path));
    if (!data) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    if (options?.maxBytes !== undefined && data.length > options.maxBytes) throw Object.assign(new Error('EFBIG'), { code: 'EFBIG', size: data.length });
    return data;
  }

  async create(path: string, options?: { exclusive?: boolean }): Promise<OutFile> {
    this.log.push(`write ${path}`);
    if (options?.exclusive && this.files.has(this.real(path))) throw Object.assign(new Error('EEXIST'), { code: 'EEXIST' });
    const key = this.real(path);
    let data = new Uint8Array(0);
    this.files.set(key, data);
    return {
      write: async (bytes) => {
        if (this.failWritePast !== null && data.length + bytes.length > this.failWritePast) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
        const next = new Uint8Array(data.length + bytes.length);
        next.set(data);
        next.set(bytes, data.length);
        this.files.set(key, (data = next));
      },
      patch: async (offset, bytes) => {
        if (offset + bytes.length > data.length) throw new Error('patch past the end');
        data.set(bytes, offset);
      },
      close: async () => undefined,
    };
  }

  async rename(from: string, to: string): Promise<void> {
    this.log.push(`rename ${from} -> ${to}`);
    if (this.failRename) throw Object.assign(new Error('EXDEV'), { code: 'EXDEV' });
    if (this.failRenameTo.has(to)) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    const data = this.files.get(from);
    if (!data) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    this.files.delete(from);
    this.files.set(this.real(to), data);
  }

  async unlink(path: string): Promise<void> {
    this.log.push(`unlink ${path}`);
    this.files.delete(path);
  }

  /** Folders made with makeDirectory (a path holding a file cannot become one). */
  readonly directories = new Set<string>();

  async makeDirectory(path: string): Promise<void> {
    this.log.push(`mkdir ${path}`);
    if (this.files.has(this.real(path))) throw Object.assign(new Error('EEXIST'), { code: 'EEXIST' });
    this.directories.add(path);
  }

  async list(dir: string): Promise<string[]> {
    const prefix = dir === '.' ? '' : dir.endsWith('/') ? dir : `${dir}/`;
    return [...this.files.keys()].filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('/')).map((k) => k.slice(prefix.length));
  }

  async modifiedAt(path: string): Promise<number | null> {
    return this.files.has(this.real(path)) ? (this.modified.get(this.real(path)) ?? Date.parse('2025-06-01T09:00:00+09:00')) : null;
  }

  async identify(path: string): Promise<{ realPath: string; dev: number; ino: number } | null> {
    const real = this.real(path);
    if (!this.files.has(real)) return null;
    const ino = [...this.files.keys()].indexOf(real) + 1;
    return { realPath: real, dev: 1, ino };
  }
}

export interface Captured {
  io: CliIo;
  fs: MemoryFs;
  out: () => string;
  err: () => string;
}

/** A CliIo over a MemoryFs with captured output, a fixed clock and LANG=ja_JP.UTF-8. */
export function memoryIo(fs = new MemoryFs(), env: Record<string, string> = { LANG: 'ja_JP.UTF-8' }): Captured {
  let out = '';
  let err = '';
  let n = 0;
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    env,
    fs,
    now: () => new Date('2025-06-01T09:00:00+09:00'),
    random: () => `r${++n}`,
    pid: 4242,
    host: 'testhost',
    alive: (pid) => pid === 4242 || pid === 4343,
  };
  return { io, fs, out: () => out, err: () => err };
}

/** A committed fixture's bytes (written by LibreOffice; see scripts/fixtures/build.sh). */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${__dirname}/../fixtures/${name}`));
}
