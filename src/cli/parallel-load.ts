import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { readXlsx } from '../xlsx/read';
import { NODE_READ } from './deflate';
import type { CliIo } from './io';
import { loadFiles, readInput, unreadableOf } from './load';
import type { LoadedFile, Unreadable } from './load';
import { unpackWorkbook } from './packed';
import type { PackedWorkbook } from './packed';

export interface WorkerRequest {
  id: number;
  path: string;
  bytes: Uint8Array;
}
export type WorkerReply = { id: number; workbook: PackedWorkbook } | { id: number; unreadable: Unreadable };

/** Below this many files a worker's start-up (tsx + exceljs, a few hundred ms) is not worth it. */
const MIN_FILES = 8;
const MAX_WORKERS = 3;

/**
 * How many worker threads parse files beside the main thread: none below 4 CPUs, else one per further CPU (at most 3).
 * `LEDGER_READ_WORKERS=0` turns them off (and any number forces that many).
 */
export function workerCount(env: Readonly<Record<string, string | undefined>>, files: number): number {
  const forced = env['LEDGER_READ_WORKERS'];
  if (forced !== undefined && forced !== '' && Number.isInteger(Number(forced))) return Math.max(0, Math.min(Number(forced), files - 1));
  if (files < MIN_FILES) return 0;
  // On a two-core machine the second core is better left to zlib and the OS (measured: bench/cli.ts).
  const cpus = availableParallelism();
  return cpus < 4 ? 0 : Math.min(cpus - 1, MAX_WORKERS);
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
 * `loadFiles`, with the parsing spread over worker threads (SPEC §9: reading is most of a run). The main
 * thread parses too, taking files from the same queue, so the workers' start-up is never waited for. The
 * result is in input order and identical to the sequential one; a worker that fails hands its file back
 * to the main thread.
 */
export async function loadFilesParallel(io: CliIo, paths: readonly string[], workers = workerCount(io.env, paths.length)): Promise<LoadedFile[]> {
  if (workers <= 0) return loadFiles(io, paths);
  const results: LoadedFile[] = new Array<LoadedFile>(paths.length);
  let next = 0;
  const take = () => (next < paths.length ? next++ : -1);
  const bytesOf = (i: number) => readInput(io, paths[i] ?? '');
  const parseHere = async (i: number, bytes: Uint8Array): Promise<LoadedFile> => {
    const path = paths[i] ?? '';
    try {
      return { path, workbook: await readXlsx(bytes, path, NODE_READ), unreadable: null };
    } catch (e) {
      return { path, workbook: null, unreadable: unreadableOf(e) };
    }
  };

  const mainLoop = async () => {
    for (let i = take(); i >= 0; i = take()) {
      const read = await bytesOf(i);
      const path = paths[i] ?? '';
      results[i] = read.bytes ? await parseHere(i, read.bytes) : { path, workbook: null, unreadable: read.error };
    }
  };
  const workerLoop = async (worker: Worker) => {
    for (let i = take(); i >= 0; i = take()) {
      const read = await bytesOf(i);
      const path = paths[i] ?? '';
      if (!read.bytes) {
        results[i] = { path, workbook: null, unreadable: read.error };
        continue;
      }
      const copy = read.bytes.slice(); // kept in case the worker fails and the main thread must parse it
      try {
        const reply = await ask(worker, { id: i, path, bytes: read.bytes });
        results[i] = 'workbook' in reply ? { path, workbook: unpackWorkbook(reply.workbook), unreadable: null } : { path, workbook: null, unreadable: reply.unreadable };
      } catch {
        results[i] = await parseHere(i, copy);
        return;
      }
    }
  };

  const pool = Array.from({ length: workers }, () => new Worker(join(__dirname, 'read-worker.cjs')));
  try {
    await Promise.all([mainLoop(), ...pool.map(workerLoop)]);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
