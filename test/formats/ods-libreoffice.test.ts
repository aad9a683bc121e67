import { inflateRawSync } from 'node:zlib';
import { checkWorkbooks } from '../../src/ledger';
import type { WorkbookInput } from '../../src/ledger';
import { readSpreadsheet } from '../../src/xlsx/spreadsheet';
import { fixture } from '../xlsx/fixture-files';

/**
 * The .ods files LibreOffice writes from scripts/fixtures/*.fods (scripts/fixtures/build.sh), against the .xlsx
 * files it writes from the same sources: the engine must see no difference.
 */

const inflate = (raw: Uint8Array) => new Uint8Array(inflateRawSync(raw));
const TODAY = '2025-06-01';

async function book(name: string): Promise<WorkbookInput> {
  return (await readSpreadsheet(fixture(name), 'ledger', { inflate })).workbook;
}

/**
 * JSON with rich text as its joined runs: LibreOffice's .xlsx export splits text into runs per script (`B` + `群`),
 * its .ods keeps one string; the engine reads a rich cell by its joined runs either way.
 */
function plain(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && (v as { kind?: unknown }).kind === 'rich' ? (v as { runs: string[] }).runs.join('') : v,
  );
}

/** Equal as plain JSON (compared as text first: a sheet reaching row 1,048,576 is a million rows to diff). */
function expectSame(a: unknown, b: unknown): void {
  const [x, y] = [plain(a), plain(b)];
  if (x !== y) expect(JSON.parse(x)).toEqual(JSON.parse(y));
  expect(x).toBe(y);
}

const PAIRS = ['canonical-somu', 'form-kikaku', 'lastrow-zaisei', 'merges-kankyo', 'misc', 'no-ledger', 'tagged-no-header-libreoffice', 'template-extended-libreoffice'];

describe.each(PAIRS)('%s: .ods and .xlsx written by LibreOffice from one source', (name) => {
  test('the same sheets, values, merges and tags', async () => {
    const [ods, xlsx] = await Promise.all([book(`${name}.ods`), book(`${name}.xlsx`)]);
    expect(ods.sheets.length).toBeGreaterThan(0);
    expectSame(ods, xlsx);
  });

  test('the same ledgers and the same findings', async () => {
    const [ods, xlsx] = await Promise.all([book(`${name}.ods`), book(`${name}.xlsx`)]);
    const a = checkWorkbooks([ods], { today: TODAY });
    const b = checkWorkbooks([xlsx], { today: TODAY });
    expectSame(a.issues, b.issues);
    expectSame(a.ledgers, b.ledgers);
  });
});

describe('merges-kankyo.ods (merged title, 群 merged over two rows, 備考 over three, repeated cells, a covered cell with hidden content)', () => {
  test('values and merges as Excel would show them', async () => {
    const ws = (await book('merges-kankyo.ods')).sheets[0];
    expect(ws?.name).toBe('台帳_環境課');
    expect(ws?.rows).toEqual([
      ['情報資産台帳（環境課）'],
      ['課名', '環境課', '更新日', { kind: 'date', serial: 45748 }],
      [],
      ['番号', '情報資産名', '内容', '群', 'レベル', '備考'],
      [1, 'ごみ収集台帳', '収集の記録（紙の簿冊）', 'B群', 'レベル2'],
      [2, '不法投棄通報記録', '通報の  記録簿', null, 'レベル2'],
      ['0012', '大気測定データ', '測定システム\n（常時監視）', 'A群', 'レベル2', '3 行共通の備考'],
      [4, '公害苦情ファイル', '苦情の綴り', 'B群', 'レベル2'],
      [5, '防災無線原稿', '防災無線原稿', 'Ｂ', 'レベル2'],
      ['以下余白'],
    ]);
    expect(ws?.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 4, left: 3, bottom: 5, right: 3 },
      { top: 6, left: 5, bottom: 8, right: 5 },
    ]);
  });

  test('its findings: only Ｂ (the engine gives row 6 the 群 merged down from D5, as Excel shows it)', async () => {
    const result = checkWorkbooks([await book('merges-kankyo.ods')], { today: TODAY });
    expect(result.issues.map((i) => [i.code, i.location.sheet, i.location.cell, i.params['value'] ?? null])).toEqual([['VALUE_NOT_CANONICAL', '台帳_環境課', 'D9', 'Ｂ']]);
    expect(result.ledgers.map((l) => [l.sheet, l.department, l.assets.length])).toEqual([['台帳_環境課', '環境課', 5]]);
  });
});

test('template-extended-libreoffice.ods: the template LibreOffice saved keeps its tag through the LedgerTag_1 named range', async () => {
  const ws = (await book('template-extended-libreoffice.ods')).sheets[0];
  expect(ws?.tag).toEqual({ policyId: 'hanamaki', templateVersion: '1', department: '総務課' });
  expect(ws?.rows.some((r) => r.some((v) => typeof v === 'string' && v.startsWith('LEDGER-TAG')))).toBe(false);
});

test('lastrow-zaisei.ods: a value in row 1,048,576 below empty rows LibreOffice wrote as one repeated row', async () => {
  const rows = (await book('lastrow-zaisei.ods')).sheets[0]?.rows ?? [];
  expect(rows.length).toBe(1_048_576);
  expect(rows.filter((r) => r.length > 0).length).toBeLessThan(20);
  expect(rows[1_048_575]?.length).toBeGreaterThan(0);
});
