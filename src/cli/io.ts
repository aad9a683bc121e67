/** What the CLI needs from the outside world, injectable so tests run `main` in-process. */
export interface CliFs {
  readFile(path: string): Promise<Uint8Array>;
  /** Write a new file; must fail if it exists when `exclusive` is set. */
  writeFile(path: string, data: Uint8Array, options?: { exclusive?: boolean }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Create a folder and any missing parents; succeeds when it exists already (fails when a file is there). */
  makeDirectory(path: string): Promise<void>;
  /** Resolved real path and identity, or null when the path does not exist. */
  identify(path: string): Promise<{ realPath: string; dev: number; ino: number } | null>;
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
}
