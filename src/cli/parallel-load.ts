import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TextEncoding } from '../xlsx/csv/encoding';
import type { SpreadsheetFormat } from '../xlsx/spreadsheet';
import type { CliIo } from './io';
import { loadFile, parseFile, readBytes, unreadableFile } from './load';
import type { LoadedFile, Unreadable } from './load';
import { unpackWorkbook } from './packed';
import type { PackedWorkbook } from './packed';

export interface WorkerRequest {
  id: number;
  path: string;
  bytes: Uint8Array;
}
export type WorkerReply =
  | { id: number; workbook: PackedWorkbook; format: SpreadsheetFormat; encoding: TextEncoding | null }
  | { id: number; unreadable: Unreadable };

/**
 * Below this many files a worker is not worth it: its start-up and its own JIT warm-up (a new V8 isolate loading
 * the compiled reader) cost about a quarter of a second of CPU, measured on 10 files × 500 rows.
 */
const MIN_FILES = 32;
const MAX_WORKERS = 3;

/**
 * How many worker threads parse files beside the main thread: one per CPU beyond the first two (at most 3), none
 * for a few files. `LEDGER_READ_WORKERS=0` turns them off (and any number forces that many).
 *
 * Why not one per further CPU: V8 already runs its optimising compiler and its garbage collector on background
 * threads, and a worker is a second isolate that compiles and warms up the reader all over again (about a
 * quarter of a second of CPU) and copies each workbook across. Measured on 2 CPUs over 100 files × 500 rows
 * (hyperfine, quiet machine): validate 0.81 s without a worker against 0.90 s with one, consolidate 1.23 s
 * against 1.33 s — the one worker cost more than it gave. So the second CPU is left to V8.
 */
export function workerCount(env: Readonly<Record<string, string | undefined>>, files: number, cpus = availableParallelism()): number {
  const forced = env['LEDGER_READ_WORKERS'];
  if (forced !== undefined && forced !== '' && Number.isInteger(Number(forced))) return Math.max(0, Math.min(Number(forced), files - 1));
  if (files < MIN_FILES) return 0;
  return Math.max(0, Math.min(cpus - 2, MAX_WORKERS));
}

function ask(worker: Worker, request: WorkerRequest): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: WorkerReply) => {
      if (reply.id !== request.id) return;
      worker.off('message', onMessage);
      worker.off('error', onError);
      resolve(reply);
    };
    const onError = (e: unknown) => {
      worker.off('message', onMessage);
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    worker.on('message', onMessage);
    worker.once('error', onError);
    // Hand the bytes over without a copy when this buffer holds nothing else.
    const owns = request.bytes.byteOffset === 0 && request.bytes.byteLength === request.bytes.buffer.byteLength;
    worker.postMessage(request, owns && request.bytes.buffer instanceof ArrayBuffer ? [request.bytes.buffer] : []);
  });
}

/**
 * Read and parse every file, handing each to `onFile` in input order as soon as it and all before it are
 * read, and keeping only a few parsed files ahead of `onFile` (memory stays bounded however many files there
 * are: the caller checks each file and lets it go). Parsing is spread over worker threads; the main thread
 * parses too while it waits, taking files from the same queue, so the workers' start-up is never waited for.
 * A worker that fails hands its file back to the main thread. The result is the sequential one.
 */
export async function eachFile(
  io: CliIo,
  paths: readonly string[],
  onFile: (file: LoadedFile, index: number) => void,
  workers = workerCount(io.env, paths.length),
): Promise<void> {
  const n = paths.length;
  const window = 2 + 2 * workers; // files read ahead of the consumer, at most
  const results: (LoadedFile | undefined)[] = new Array<LoadedFile | undefined>(n);
  let next = 0;
  let consumed = 0;
  // Each file's bytes are read as soon as it is taken, and the next one's too: disk and parsing overlap.
  const reading = new Map<number, ReturnType<typeof readBytes>>();
  const bytesOf = (i: number) => {
    let r = reading.get(i);
    if (r === undefined) reading.set(i, (r = readBytes(io, paths[i] ?? '')));
    return r;
  };
  const take = () => {
    if (next >= n || next >= consumed + window) return -1;
    const i = next++;
    bytesOf(i);
    if (next < n && next < consumed + window) bytesOf(next);
    return i;
  };
  const bytesFor = async (i: number) => {
    const r = await bytesOf(i);
    reading.delete(i);
    return r;
  };
  const waiters: (() => void)[] = [];
  const changed = () => new Promise<void>((resolve) => waiters.push(resolve));
  const signal = () => {
    for (const wake of waiters.splice(0)) wake();
  };
  const workerLoop = async (worker: Worker) => {
    while (next < n) {
      const i = take();
      if (i < 0) {
        await changed();
        continue;
      }
      const path = paths[i] ?? '';
      const read = await bytesFor(i);
      if (!read.bytes) {
        results[i] = unreadableFile(path, read.error);
      } else {
        const copy = read.bytes.slice(); // kept in case the worker fails and the main thread must parse it
        try {
          const reply = await ask(worker, { id: i, path, bytes: read.bytes });
          results[i] =
            'workbook' in reply
              ? { path, workbook: unpackWorkbook(reply.workbook), unreadable: null, format: reply.format, encoding: reply.encoding }
              : unreadableFile(path, reply.unreadable);
        } catch {
          results[i] = await parseFile(path, copy);
          signal();
          return;
        }
      }
      signal();
    }
  };

  const pool = Array.from({ length: workers }, () => new Worker(join(__dirname, 'read-worker.cjs')));
  const running = Promise.all(pool.map(workerLoop));
  try {
    for (let i = 0; i < n; i++) {
      let file = results[i];
      while (file === undefined) {
        const j = take();
        if (j >= 0) {
          results[j] = await loadFile(io, paths[j] ?? '', bytesFor(j));
          signal();
        } else await changed();
        file = results[i];
      }
      results[i] = undefined;
      consumed = i + 1;
      signal();
      onFile(file, i);
    }
    await running;
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/** `eachFile`, collected (tests). */
export async function loadFilesParallel(io: CliIo, paths: readonly string[], workers = workerCount(io.env, paths.length)): Promise<LoadedFile[]> {
  const out: LoadedFile[] = [];
  await eachFile(io, paths, (f) => out.push(f), workers);
  return out;
}
