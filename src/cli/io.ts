/** A file being written: appended to, with bytes written earlier overwritten in place (`patch`). */
export interface OutFile {
  write(bytes: Uint8Array): Promise<void>;
  patch(offset: number, bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** What the CLI needs from the outside world, injectable so tests run `main` in-process. */
export interface CliFs {
  /**
   * A regular file's bytes. A directory fails with code EISDIR, anything else that is not a regular file
   * (a device such as /dev/zero, a FIFO, a socket) with ENOTREG, without blocking on it; a file larger than
   * `maxBytes` with EFBIG (and `size`), before it is read.
   */
  readFile(path: string, options?: { maxBytes?: number }): Promise<Uint8Array>;
  /** Create a file to write (in one step or several); must fail if it exists when `exclusive` is set. Closed by the caller. */
  create(path: string, options?: { exclusive?: boolean }): Promise<OutFile>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Create a folder and any missing parents; succeeds when it exists already (fails when a file is there). */
  makeDirectory(path: string): Promise<void>;
  /** Resolved real path and identity, or null when the path does not exist. */
  identify(path: string): Promise<{ realPath: string; dev: number; ino: number } | null>;
  /** The names in a folder. */
  list(dir: string): Promise<string[]>;
  /** When the file was last modified (ms since the epoch), or null when it does not exist. */
  modifiedAt(path: string): Promise<number | null>;
}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  fs: CliFs;
  /** The current time (the summary's timestamp, the default "today"). */
  now(): Date;
  /** A short random token for temporary file names. */
  random(): string;
  /** This process and computer, named in temporary files (see temp-files.ts). */
  readonly pid: number;
  readonly host: string;
  /** Whether a process of this computer is running. */
  alive(pid: number): boolean;
}
