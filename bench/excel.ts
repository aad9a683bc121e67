/**
 * The Excel adapter's budget (SPEC §9), measured on the in-memory runtime: 50 ledger sheets × 2,000 rows,
 * then each operation once, counting context.sync calls and the bytes every sync carried (request + response,
 * as the runtime counts them). Run alone with `npx tsx bench/excel.ts`; the last line printed is the JSON object.
 */
import { checkWorkbook, consolidateWorkbook, insertTemplate, isFailure, runAudit } from '../src/excel';
import { createExcelRuntime, installExcelGlobals } from '../src/preview/runtime/runtime';
import type { ExcelRuntime } from '../src/preview/runtime/runtime';
import { SimWorkbook } from '../src/preview/runtime/model';
import { SYNC_LIMIT } from '../src/excel/sizing';

const SHEETS = 50;
const ROWS = 2000;
type Op = 'insertTemplate' | 'validate' | 'consolidate' | 'audit';

export interface ExcelBench {
  syncs: Record<Op, number>;
  bytes: Record<Op, number>;
  maxSyncBytes: number;
  sheets: 50;
  rows: 2000;
}

const NAMES = ['住民基本台帳システム', '会議録', '入札予定価格調書', '庁内LAN機器一覧', '職員研修資料', '課税台帳（紙）', '共有フォルダの申請書', '公用車運行日誌'];
const CONTENTS = ['住民記録の管理（個人情報を含む）', '課内会議の記録', '入札に関する機密情報', 'ネットワーク機器の構成', '研修の配布資料', '固定資産税の課税資料', 'ファイルサーバ上の申請書', '車両の運行記録'];

const MB4 = SYNC_LIMIT;

/** 50 canonical ledgers of 2,000 assets each, written straight into the runtime's model. */
export function bigWorkbook(): SimWorkbook {
  const wb = new SimWorkbook();
  for (let s = 0; s < SHEETS; s++) {
    const department = `第${s + 1}課`;
    const sheet = wb.addSheet(`台帳_${department}`);
    const put = (r: number, c: number, v: string | number, nf?: string) => {
      const cell = sheet.ensure(r, c);
      cell.v = v;
      if (nf) cell.nf = nf;
    };
    put(0, 0, `情報資産台帳（${department}）`);
    put(1, 0, '課名');
    put(1, 1, department);
    put(2, 0, '更新日');
    put(2, 1, 46174, 'yyyy/m/d');
    put(3, 0, '記入者');
    put(3, 1, '花巻 太郎');
    ['番号', '情報資産名', '内容', '群', 'レベル', '備考'].forEach((h, c) => put(4, c, h));
    for (let i = 0; i < ROWS; i++) {
      const k = (i + s) % NAMES.length;
      const r = 5 + i;
      put(r, 0, i + 1);
      put(r, 1, `${NAMES[k] ?? ''}${i + 1}`);
      put(r, 2, CONTENTS[k] ?? '');
      put(r, 3, k % 3 === 2 ? 'B群' : 'A群');
      put(r, 4, k % 2 === 0 ? 'レベル1' : 'レベル2');
    }
  }
  return wb;
}

async function measure(runtime: ExcelRuntime, op: () => Promise<unknown>): Promise<{ syncs: number; bytes: number; max: number; result: unknown }> {
  runtime.stats.reset();
  const result = await op();
  if (isFailure(result)) throw new Error(`${result.kind}: ${result.detail}`);
  const bytes = runtime.stats.syncBytes.reduce((a, b) => a + b, 0);
  return { syncs: runtime.stats.syncs, bytes, max: Math.max(0, ...runtime.stats.syncBytes), result };
}

export async function benchExcel(): Promise<ExcelBench> {
  const runtime = createExcelRuntime(bigWorkbook());
  const uninstall = installExcelGlobals(runtime);
  try {
    const today = '2026-11-25';
    const now = new Date('2026-11-25T15:30:00');
    const insert = await measure(runtime, () => insertTemplate({ department: '新設課', today }));
    const validate = await measure(runtime, () => checkWorkbook({ today }));
    const consolidate = await measure(runtime, () => consolidateWorkbook({ today, now }));
    const audit = await measure(runtime, () => runAudit({ today, now }));
    // SPEC §9: a base number of syncs per operation, plus one per further 4 MB of cell data moved.
    const base = { insertTemplate: 2, validate: 3, consolidate: 4, audit: 4 };
    const measured = { insertTemplate: insert, validate, consolidate, audit };
    for (const [name, m] of Object.entries(measured)) {
      const allowed = base[name as keyof typeof base] + Math.max(0, Math.ceil((m.bytes - MB4) / MB4));
      const verdict = m.syncs <= allowed && m.max <= MB4 ? 'within budget' : 'OVER BUDGET';
      console.log(`excel: ${name} ${m.syncs} syncs (allowed ${allowed}), ${m.bytes} bytes, largest sync ${m.max} bytes: ${verdict}`);
    }
    return {
      syncs: { insertTemplate: insert.syncs, validate: validate.syncs, consolidate: consolidate.syncs, audit: audit.syncs },
      bytes: { insertTemplate: insert.bytes, validate: validate.bytes, consolidate: consolidate.bytes, audit: audit.bytes },
      maxSyncBytes: Math.max(insert.max, validate.max, consolidate.max, audit.max),
      sheets: SHEETS,
      rows: ROWS,
    };
  } finally {
    uninstall();
  }
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('bench/excel.ts')) {
  benchExcel()
    .then((result) => console.log(JSON.stringify(result)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
