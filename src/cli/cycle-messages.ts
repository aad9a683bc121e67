/**
 * The CLI's strings for the yearly cycle (the 課 list, the hand-out, the year-over-year comparison), apart from
 * messages.ts so each stays readable. Both catalogues have the same keys (tested in test/cli/cycle-messages.test.ts).
 */
import { signed } from '../i18n';
import type { Locale } from '../i18n';
import type { ListDuplicate, ListEncoding } from './department-list';

/** One line per 課 of the hand-out. */
export type HandoutOutcome =
  | { kind: 'written'; carried: { assets: number; from: string; renumbered: boolean } | null; extended: boolean }
  | { kind: 'kept' }
  | { kind: 'failed'; reason: string };

export interface ChangeLineCounts {
  added: number;
  removed: number;
  reclassified: number;
  contentChanged: number;
  before: number;
  after: number;
}

export interface CycleMessages {
  listNotText(path: string): string;
  listEncoding(path: string, encoding: ListEncoding): string;
  listDuplicate(path: string, d: ListDuplicate): string;
  listEmpty(path: string): string;
  outDirFailed(dir: string, reason: string): string;
  sourceSummary(path: string, sheet: string, departments: number, assets: number): string;
  sourceLedgers(path: string, departments: number, assets: number): string;
  sourceUnreadable(path: string, message: string): string;
  sourceEmpty(path: string): string;
  sourceUnlisted(path: string, department: string, assets: number): string;
  sourceLater(path: string, department: string, first: string, assets: number): string;
  sourceIgnoredSheets(path: string, department: string, sheets: readonly string[], used: readonly string[]): string;
  sourceWithoutDepartment(path: string, sheet: string, assets: number): string;
  handout(department: string, out: string, outcome: HandoutOutcome): string;
  handoutTotals(total: number, written: number, kept: number, failed: number): string;
  previousUnusable(path: string, why: string): string;
  previousEmpty: string;
  changesHeader(paths: readonly string[]): string;
  changesDepartment(department: string, status: 'continued' | 'new' | 'gone', c: ChangeLineCounts): string;
  changeAdded(name: string, category: string): string;
  changeRemoved(name: string, category: string): string;
  changeReclassified(name: string, from: string, to: string): string;
  changeContent(name: string, category: string): string;
  changesUnchanged(departments: number): string;
  changesTotals(c: ChangeLineCounts): string;
  changesMatrix(entries: readonly [string, number][]): string;
  noName: string;
}

const ENCODING_NAMES: Record<ListEncoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', shift_jis: 'Shift_JIS' };

export { signed };

const ja: CycleMessages = {
  listNotText: (p) => `課の一覧 ${p} を読めません。UTF-8 か Shift_JIS のテキストファイル（1 行に 1 課）にしてください。`,
  listEncoding: (p, e) => `課の一覧 ${p} を ${ENCODING_NAMES[e]} として読みました。`,
  listDuplicate: (p, d) => `課の一覧 ${p} の ${d.line} 行目「${d.name}」は ${d.firstLine} 行目「${d.first}」と同じ課です。1 つとして扱います。`,
  listEmpty: (p) => `課の一覧 ${p} に課がありません（1 行に 1 課。# で始まる行は注釈）。`,
  outDirFailed: (d, r) => `出力先のフォルダー ${d} を作れませんでした（${r}）。場所と権限を確認してください。`,
  sourceSummary: (p, s, d, a) => `${p}: 集計の資産一覧（シート「${s}」）から ${d} 課・${a} 件を読みました。`,
  sourceLedgers: (p, d, a) => `${p}: 台帳から ${d} 課・${a} 件を読みました。`,
  sourceUnreadable: (p, m) => `${p}: ${m}`,
  sourceEmpty: (p) => `${p}: 台帳も集計の資産一覧も見つからないため、引き継げません。`,
  sourceUnlisted: (p, d, a) => `${p}: 「${d}」は課の一覧にないため、${a} 件を引き継ぎません。`,
  sourceLater: (p, d, f, a) => `${p}: 「${d}」は先に ${f} から引き継ぐため、こちらの ${a} 件は使いません。`,
  sourceIgnoredSheets: (p, d, s, u) => `${p}: 「${d}」のシート「${s.join('」「')}」は使いません（「${u.join('」「')}」を引き継ぎます）。`,
  sourceWithoutDepartment: (p, s, a) => `${p}: シート「${s}」は課が分からないため、${a} 件を引き継げません。`,
  handout(d, o, r) {
    switch (r.kind) {
      case 'written': {
        const notes: string[] = [];
        if (r.carried !== null) {
          notes.push(r.carried.assets > 0 ? `前年度の資産 ${r.carried.assets} 件を ${r.carried.from} から引き継ぎ` : '引き継ぐ資産なし');
          if (r.carried.renumbered) notes.push('番号を 1 から振り直し');
        }
        if (r.extended) notes.push('拡張列つき');
        return `${d}: ${o} を書き出しました${notes.length > 0 ? `（${notes.join('、')}）` : ''}。`;
      }
      case 'kept':
        return `${d}: ${o} は既にあるため、そのままにしました（上書きするには --force）。`;
      case 'failed':
        return `${d}: ${o} を書き出せませんでした（${r.reason}）。出力先のフォルダーと権限を確認してください。`;
    }
  },
  handoutTotals: (t, w, k, f) => `課 ${t} 件: 書き出し ${w} 件、既存のまま ${k} 件、失敗 ${f} 件`,
  previousUnusable: (p, w) => `前年度の比較に使えません: ${p}（${w}）`,
  previousEmpty: '台帳も集計の資産一覧も見つかりません。前年度の集計（このツールで作ったもの）か、前年度の各課の台帳ファイルを指定してください。',
  changesHeader: (p) => `前年度比較（${p.join('、')}）:`,
  changesDepartment(d, s, c) {
    const status = s === 'new' ? '、前年度は資産なし' : s === 'gone' ? '、今年度は資産なし' : '';
    return `  ${d}: 追加 ${c.added}、削除 ${c.removed}、分類変更 ${c.reclassified}、内容変更 ${c.contentChanged}（${c.before} → ${c.after} 件${status}）`;
  },
  changeAdded: (n, c) => `    + ${n}（${c}）`,
  changeRemoved: (n, c) => `    − ${n}（${c}）`,
  changeReclassified: (n, f, t) => `    ~ ${n}: ${f} → ${t}`,
  changeContent: (n, c) => `    * ${n}（${c}）: 内容が変わりました`,
  changesUnchanged: (n) => `  変更のない課: ${n} 課`,
  changesTotals: (c) => `  合計: 追加 ${c.added}、削除 ${c.removed}、分類変更 ${c.reclassified}、内容変更 ${c.contentChanged}（${c.before} → ${c.after} 件）`,
  changesMatrix: (e) => `  群－レベル別の増減: ${e.map(([k, n]) => `${k} ${signed(n)}`).join('、')}`,
  noName: '（名称なし）',
};

const en: CycleMessages = {
  listNotText: (p) => `Cannot read the department list ${p}. Save it as a UTF-8 or Shift_JIS text file (one department per line).`,
  listEncoding: (p, e) => `Read the department list ${p} as ${ENCODING_NAMES[e]}.`,
  listDuplicate: (p, d) => `Department list ${p}, line ${d.line}: "${d.name}" is the same department as "${d.first}" on line ${d.firstLine}; counted once.`,
  listEmpty: (p) => `The department list ${p} names no department (one per line; lines starting with # are comments).`,
  outDirFailed: (d, r) => `Could not create the output folder ${d} (${r}). Check the location and its permissions.`,
  sourceSummary: (p, s, d, a) => `${p}: read ${a} asset(s) of ${d} department(s) from the summary's asset list (sheet "${s}").`,
  sourceLedgers: (p, d, a) => `${p}: read ${a} asset(s) of ${d} department(s) from its ledgers.`,
  sourceUnreadable: (p, m) => `${p}: ${m}`,
  sourceEmpty: (p) => `${p}: neither a ledger nor a summary's asset list was found; nothing is carried from it.`,
  sourceUnlisted: (p, d, a) => `${p}: "${d}" is not on the department list; its ${a} asset(s) are not carried.`,
  sourceLater: (p, d, f, a) => `${p}: "${d}" is carried from ${f}, read earlier; these ${a} asset(s) are not used.`,
  sourceIgnoredSheets: (p, d, s, u) => `${p}: sheet(s) "${s.join('", "')}" of "${d}" are not used ("${u.join('", "')}" is carried).`,
  sourceWithoutDepartment: (p, s, a) => `${p}: sheet "${s}" names no department; its ${a} asset(s) cannot be carried.`,
  handout(d, o, r) {
    switch (r.kind) {
      case 'written': {
        const notes: string[] = [];
        if (r.carried !== null) {
          notes.push(r.carried.assets > 0 ? `${r.carried.assets} asset(s) of last year carried from ${r.carried.from}` : 'nothing to carry');
          if (r.carried.renumbered) notes.push('numbers renumbered from 1');
        }
        if (r.extended) notes.push('extended columns');
        return `${d}: wrote ${o}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}.`;
      }
      case 'kept':
        return `${d}: ${o} already exists and was kept (add --force to overwrite it).`;
      case 'failed':
        return `${d}: could not write ${o} (${r.reason}). Check the output folder and its permissions.`;
    }
  },
  handoutTotals: (t, w, k, f) => `${t} department(s): ${w} written, ${k} kept as they were, ${f} failed`,
  previousUnusable: (p, w) => `Cannot compare with last year: ${p} (${w})`,
  previousEmpty: 'no ledger and no summary asset list found. Give last year\'s summary (written by this tool) or last year\'s department ledger files.',
  changesHeader: (p) => `Changes since last year (${p.join(', ')}):`,
  changesDepartment(d, s, c) {
    const status = s === 'new' ? '; no assets last year' : s === 'gone' ? '; no assets this year' : '';
    return `  ${d}: ${c.added} added, ${c.removed} removed, ${c.reclassified} reclassified, ${c.contentChanged} with new content (${c.before} → ${c.after} assets${status})`;
  },
  changeAdded: (n, c) => `    + ${n} (${c})`,
  changeRemoved: (n, c) => `    − ${n} (${c})`,
  changeReclassified: (n, f, t) => `    ~ ${n}: ${f} → ${t}`,
  changeContent: (n, c) => `    * ${n} (${c}): content changed`,
  changesUnchanged: (n) => `  Unchanged departments: ${n}`,
  changesTotals: (c) => `  Total: ${c.added} added, ${c.removed} removed, ${c.reclassified} reclassified, ${c.contentChanged} with new content (${c.before} → ${c.after} assets)`,
  changesMatrix: (e) => `  Change per group–level: ${e.map(([k, n]) => `${k} ${signed(n)}`).join(', ')}`,
  noName: '(no name)',
};

export const CYCLE_MESSAGES: Record<Locale, CycleMessages> = { ja, en };
