/**
 * CLI budget (SPEC §9): `ledger consolidate` over 100 department files of 500 rows each must take at most
 * 1.3× the time exceljs alone needs to read those files. Run alone with `npx tsx bench/cli.ts`.
 *
 * The files are plain ledgers (no data validations, so exceljs' own load is not slowed down by them:
 * the comparison does not flatter our reader) generated once into .bench/cli-100x500/.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import type { CliIo } from '../src/cli/io';
import { nodeFs, nodeIo } from '../src/cli/node-io';
import { workerCount } from '../src/cli/parallel-load';
import { loadFiles } from '../src/cli/load';
import { nodeDeflate } from '../src/cli/deflate';
import { checkWorkbooks, consolidate } from '../src/ledger';
import type { CheckResult, Consolidation } from '../src/ledger';
import { writeSummary } from '../src/xlsx/summary';

const FILES = 100;
const ROWS = 500;
const RUNS = 5;
const VERSION = 'v2';
const DIR = resolve(__dirname, '..', '.bench', `cli-${FILES}x${ROWS}`);

/** Consistent rows (name, content, 群, レベル): the keyword rules agree with them, as in a well-kept ledger. */
const KINDS: readonly (readonly [string, string, string, string])[] = [
  ['住民基本台帳システム', '住民の異動を記録するシステム', 'A群', 'レベル1'],
  ['会議録', '紙で保管する庁内会議の記録', 'B群', 'レベル2'],
  ['文書管理システム', '電子決裁の文書データ', 'A群', 'レベル2'],
  ['契約書', '契約の原本（紙）', 'B群', 'レベル2'],
  ['課税台帳', '課税の基幹系データベース', 'A群', 'レベル1'],
  ['庁内LAN構成図', 'ファイルサーバの設定資料', 'A群', 'レベル2'],
  ['予算要求書', '印刷した予算書類', 'B群', 'レベル2'],
  ['職員名簿', '人事の紙の名簿', 'B群', 'レベル1'],
];

/** One department's ledger: title, 課名, 更新日, header, ROWS asset rows; about 1 % have a finding. */
async function departmentFile(d: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const dept = `部署${String(d).padStart(3, '0')}課`;
  const ws = wb.addWorksheet(`台帳_${dept}`);
  ws.addRow([`情報資産台帳（${dept}）`]);
  ws.addRow(['課名', dept, '更新日', 45748]).getCell(4).numFmt = 'yyyy/m/d';
  ws.addRow([]);
  ws.addRow(['番号', '情報資産名', '内容', '群', 'レベル', '備考']);
  for (let i = 1; i <= ROWS; i++) {
    const [name, content, group, level] = KINDS[(i + d) % KINDS.length] ?? KINDS[0] ?? ['', '', '', ''];
    const groupText = i % 97 === 0 ? group.normalize('NFKC').replace('A', 'Ａ').replace('B', 'Ｂ') : group; // VALUE_NOT_CANONICAL
    const levelText = i % 211 === 0 ? 'レベル3' : level; // LEVEL_INVALID
    ws.addRow([i, `${name}${i}`, `${content}（${dept}）`, groupText, levelText, i % 10 === 0 ? '要確認' : null]);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function ensureFiles(): Promise<string[]> {
  const marker = join(DIR, `.complete-${VERSION}`);
  if (!existsSync(marker)) {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
    for (let d = 1; d <= FILES; d++) writeFileSync(join(DIR, `dept-${String(d).padStart(3, '0')}.xlsx`), await departmentFile(d));
    writeFileSync(marker, '');
  }
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => join(DIR, f));
}

/** Wall and CPU time (all threads of the process, workers included) of one run. */
async function timed(fn: () => Promise<void>): Promise<{ wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}

function quietIo(): CliIo {
  return { ...nodeIo(), stdout: () => undefined, stderr: () => undefined, env: { LANG: 'ja_JP.UTF-8' }, fs: nodeFs, random: () => Math.random().toString(36).slice(2) };
}

export interface CliBench {
  files: number;
  rowsPerFile: number;
  /** Worker threads the CLI used to parse files (besides the main thread). */
  readWorkers: number;
  /** exceljs alone: `new Workbook().xlsx.load(buf)` for every file (buffers already in memory); best of 5. */
  floorMs: number;
  /** `ledger validate FILE... --format json`, in-process, files read from disk; best of 5. */
  validateMs: number;
  /** `ledger consolidate FILE... --out SUMMARY.xlsx --format json`, in-process; best of 5. */
  consolidateMs: number;
  validateRatio: number;
  consolidateRatio: number;
  /**
   * The same three measured back to back in each round, so that a busy machine slows all of them alike:
   * the ratios per round (consolidate / floor), and CPU time (all threads) per round.
   */
  rounds: { floorMs: number; validateMs: number; consolidateMs: number; consolidateRatio: number; floorCpuMs: number; consolidateCpuMs: number }[];
  /** Where consolidate's time goes, each phase run alone once after the rounds (wall ms). */
  phases: { floorMs: number; readMs: number; checkMs: number; consolidateModelMs: number; summaryMs: number; summaryBytes: number };
}

async function phases(files: readonly string[], buffers: readonly Buffer[]): Promise<CliBench['phases']> {
  const floor = await timed(async () => {
    for (const b of buffers) await new ExcelJS.Workbook().xlsx.load(b as unknown as ExcelJS.Buffer);
  });
  let loaded: Awaited<ReturnType<typeof loadFiles>> = [];
  const read = await timed(async () => {
    loaded = await loadFiles(quietIo(), files);
  });
  let result: CheckResult | null = null;
  const check = await timed(async () => {
    result = checkWorkbooks(loaded.flatMap((f) => (f.workbook ? [f.workbook] : [])), { today: '2025-06-01' });
  });
  if (!result) throw new Error('no result');
  const r: CheckResult = result;
  let model: Consolidation | null = null;
  const cons = await timed(async () => {
    model = consolidate(r, { generatedAt: new Date().toISOString() });
  });
  let bytes = 0;
  const summary = await timed(async () => {
    if (model) bytes = (await writeSummary(model, r, 'ja', { deflate: nodeDeflate })).length;
  });
  return {
    floorMs: Math.round(floor.wall),
    readMs: Math.round(read.wall),
    checkMs: Math.round(check.wall),
    consolidateModelMs: Math.round(cons.wall),
    summaryMs: Math.round(summary.wall),
    summaryBytes: bytes,
  };
}

/** Measure the floor and the CLI (5 interleaved rounds, best of each) over the cached 100 × 500 files. */
export async function benchCli(): Promise<CliBench> {
  const files = await ensureFiles();
  const buffers = files.map((f) => readFileSync(f));
  const out = join(DIR, '..', 'cli-summary.xlsx');
  const common = ['--format', 'json', '--today', '2025-06-01'];
  let status = -1;
  // Warm-up: module loading and JIT are not part of any figure. A whole pass of each (not one file): the
  // summary writer and the collection rules only get hot on the full set, and the first round used to pay that.
  for (const b of buffers) await new ExcelJS.Workbook().xlsx.load(b as unknown as ExcelJS.Buffer);
  await main(['consolidate', ...files, '--out', out, ...common], quietIo());

  const rounds: CliBench['rounds'] = [];
  for (let i = 0; i < RUNS; i++) {
    const floor = await timed(async () => {
      for (const b of buffers) await new ExcelJS.Workbook().xlsx.load(b as unknown as ExcelJS.Buffer);
    });
    const validate = await timed(async () => {
      status = await main(['validate', ...files, ...common], quietIo());
    });
    if (status === 2) throw new Error('validate: usage error');
    const cons = await timed(async () => {
      status = await main(['consolidate', ...files, '--out', out, ...common], quietIo());
    });
    if (status === 2 || !existsSync(out)) throw new Error('consolidate failed');
    const round = {
      floorMs: Math.round(floor.wall),
      validateMs: Math.round(validate.wall),
      consolidateMs: Math.round(cons.wall),
      consolidateRatio: Number((cons.wall / floor.wall).toFixed(2)),
      floorCpuMs: Math.round(floor.cpu),
      consolidateCpuMs: Math.round(cons.cpu),
    };
    if (process.env['BENCH_VERBOSE']) console.error(JSON.stringify(round));
    rounds.push(round);
  }
  const best = (k: 'floorMs' | 'validateMs' | 'consolidateMs') => Math.min(...rounds.map((r) => r[k]));
  const phaseTimes = await phases(files, buffers);
  return {
    files: files.length,
    rowsPerFile: ROWS,
    readWorkers: workerCount(process.env, files.length),
    floorMs: best('floorMs'),
    validateMs: best('validateMs'),
    consolidateMs: best('consolidateMs'),
    validateRatio: Number((best('validateMs') / best('floorMs')).toFixed(2)),
    consolidateRatio: Number((best('consolidateMs') / best('floorMs')).toFixed(2)),
    rounds,
    phases: phaseTimes,
  };
}

if (require.main === module) {
  benchCli().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
