/**
 * The department files the CLI bench reads: plain ledgers written by exceljs (title, 課名, 更新日, header, N asset
 * rows; about 1 % of rows with a finding), generated once into .bench/ and kept. A file depends only on its number
 * and row count, so the 1,000-file set of `--scale` extends the 100-file set instead of replacing it.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';

const VERSION = 'v3';

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

/** One department's ledger (department d, `rows` asset rows). */
export async function departmentFile(d: number, rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const dept = `部署${String(d).padStart(4, '0')}課`;
  const ws = wb.addWorksheet(`台帳_${dept}`);
  ws.addRow([`情報資産台帳（${dept}）`]);
  ws.addRow(['課名', dept, '更新日', 45748]).getCell(4).numFmt = 'yyyy/m/d';
  ws.addRow([]);
  ws.addRow(['番号', '情報資産名', '内容', '群', 'レベル', '備考']);
  for (let i = 1; i <= rows; i++) {
    const [name, content, group, level] = KINDS[(i + d) % KINDS.length] ?? KINDS[0] ?? ['', '', '', ''];
    const groupText = i % 97 === 0 ? group.normalize('NFKC').replace('A', 'Ａ').replace('B', 'Ｂ') : group; // VALUE_NOT_CANONICAL
    const levelText = i % 211 === 0 ? 'レベル3' : level; // LEVEL_INVALID
    ws.addRow([i, `${name}${i}`, `${content}（${dept}）`, groupText, levelText, i % 10 === 0 ? '要確認' : null]);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Paths of department files 1..count with `rows` rows each, writing those not there yet. */
export async function benchFiles(count: number, rows: number, log: (line: string) => void = () => undefined): Promise<string[]> {
  const dir = resolve(__dirname, '..', '.bench', `cli-${rows}rows-${VERSION}`);
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  let made = 0;
  for (let d = 1; d <= count; d++) {
    const path = join(dir, `dept-${String(d).padStart(4, '0')}.xlsx`);
    if (!existsSync(path)) {
      // Written under a temporary name first: an interrupted run never leaves half a file behind.
      writeFileSync(`${path}.tmp`, await departmentFile(d, rows));
      renameSync(`${path}.tmp`, path);
      made++;
      if (made % 100 === 0) log(`bench: generated ${made} files of ${rows} rows`);
    }
    paths.push(path);
  }
  return paths;
}
