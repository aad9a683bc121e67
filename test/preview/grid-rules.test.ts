// The preview grid's Excel rules as data: what the cell editor opens with, which cells Excel refuses to edit, and
// how the sheet's own data validation judges a typed entry (the browser behaviour is in test/e2e/preview-grid).
import { editTextOf, isLocked, pastedRows } from '../../src/preview/cellEditing';
import { SimWorkbook, cellText, cellValue } from '../../src/preview/runtime';
import type { SimValidation } from '../../src/preview/runtime';
import { writeInput } from '../../src/preview/runtime/cells';
import { alertFor, dropdownItems, listItems, passes, validationAt } from '../../src/preview/validationRules';

function sheetWith(typed: Record<string, string | number>) {
  const wb = new SimWorkbook();
  const sheet = wb.addSheet('台帳_総務課');
  for (const [address, value] of Object.entries(typed)) {
    const c = address.charCodeAt(0) - 65;
    const r = Number(address.slice(1)) - 1;
    writeInput(sheet, r, c, value, 'test');
  }
  return { wb, sheet };
}

const validation = (rule: SimValidation['rule'], extra: Partial<SimValidation> = {}): SimValidation => ({
  rect: { r0: 7, c0: 3, r1: 99, c1: 3 },
  ...(rule ? { rule } : {}),
  ignoreBlanks: true,
  errorAlert: { showAlert: true, style: 'Stop', title: '群', message: '群は一覧から選んでください。' },
  prompt: { showPrompt: true, title: '群（第5）', message: 'A群：…' },
  ...extra,
});

describe('the text the cell editor opens with (what the formula bar shows)', () => {
  test.each([
    ["'=SUM(1,2)", "'=SUM(1,2)"],
    ["'007", "'007"],
    ["'TRUE", "'TRUE"],
    ["'#N/A", "'#N/A"],
    ["''quoted", "''quoted"],
    ['住民記録', '住民記録'],
    ['=A1', '=A1'],
    [12, '12'],
    ['TRUE', 'TRUE'],
  ])('%s typed → %s in the editor', (typed, shown) => {
    const { wb, sheet } = sheetWith({ A1: typed });
    expect(editTextOf(wb, sheet, 0, 0)).toBe(shown);
  });

  test('typed back unchanged, every one of them gives the same cell', () => {
    for (const typed of ["'=SUM(1,2)", "'007", "'TRUE", "'#N/A", '住民記録', '=A1', 12, 'TRUE', '#N/A', ' 12 ']) {
      const { wb, sheet } = sheetWith({ A1: typed });
      const before = { ...sheet.cell(0, 0) };
      writeInput(sheet, 0, 0, editTextOf(wb, sheet, 0, 0), 'test');
      expect([typed, sheet.cell(0, 0)]).toEqual([typed, before]);
    }
  });

  test('text under the text format (@) needs no quote', () => {
    const { wb, sheet } = sheetWith({});
    sheet.ensure(0, 0).nf = '@';
    writeInput(sheet, 0, 0, '=SUM(1,2)', 'test');
    expect(cellValue(wb, sheet, 0, 0)).toBe('=SUM(1,2)');
    expect(editTextOf(wb, sheet, 0, 0)).toBe('=SUM(1,2)');
  });

  test('a date shows as displayed; an empty cell as nothing', () => {
    const { wb, sheet } = sheetWith({ B2: 46351 });
    sheet.ensure(1, 1).nf = 'yyyy/m/d';
    expect(editTextOf(wb, sheet, 1, 1)).toBe(cellText(wb, sheet, 1, 1));
    expect(editTextOf(wb, sheet, 5, 5)).toBe('');
  });
});

describe('locked cells on a protected sheet', () => {
  test('cells are locked by default, but only a protected sheet refuses them', () => {
    const { sheet } = sheetWith({ B7: '情報資産名' });
    expect(isLocked(sheet, 6, 1)).toBe(false);
    sheet.protection.protected = true;
    expect(isLocked(sheet, 6, 1)).toBe(true);
    sheet.ensure(7, 1).fmt = { locked: false };
    expect(isLocked(sheet, 7, 1)).toBe(false);
  });
});

describe('data validation on a typed entry', () => {
  test('the rule covering a cell, and none outside it', () => {
    const { sheet } = sheetWith({});
    const v = validation({ list: { inCellDropDown: true, source: 'A群,B群' } });
    sheet.validations.push(v);
    expect(validationAt(sheet, 7, 3)).toBe(v);
    expect(validationAt(sheet, 6, 3)).toBeNull();
    expect(validationAt(sheet, 7, 4)).toBeNull();
  });

  test('a list: its items, case-insensitive, nothing else', () => {
    const { wb, sheet } = sheetWith({});
    const v = validation({ list: { inCellDropDown: true, source: 'A群, B群' } });
    expect(listItems(wb, sheet, v)).toEqual(['A群', 'B群']);
    expect([passes(wb, sheet, v, 'A群'), passes(wb, sheet, v, 'a群'), passes(wb, sheet, v, 'C群'), passes(wb, sheet, v, 'Ａ群'), passes(wb, sheet, v, 'A')]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(passes(wb, sheet, v, '')).toBe(true);
  });

  test('a list from cells (=$H$1:$H$3), and the dropdown only with the in-cell dropdown on', () => {
    const { wb, sheet } = sheetWith({ H1: 'あり', H2: 'なし' });
    sheet.validations.push(validation({ list: { inCellDropDown: true, source: '=$H$1:$H$3' } }));
    expect(dropdownItems(wb, sheet, 7, 3)).toEqual(['あり', 'なし']);
    sheet.validations = [validation({ list: { inCellDropDown: false, source: '=$H$1:$H$3' } })];
    expect(dropdownItems(wb, sheet, 7, 3)).toBeNull();
    expect(dropdownItems(wb, sheet, 0, 0)).toBeNull();
  });

  test('whole numbers ≥ 1 (番号): 12 passes; 0, 1.5, abc and a quoted number do not', () => {
    const { wb, sheet } = sheetWith({});
    const v = validation({ wholeNumber: { formula1: 1, operator: 'GreaterThanOrEqualTo' } });
    expect(['12', '0', '1.5', 'abc', "'12", '1e2'].map((x) => passes(wb, sheet, v, x))).toEqual([true, false, false, false, false, true]);
  });

  test('decimals and text length with Between; a formula operand the preview cannot compute lets the entry pass', () => {
    const { wb, sheet } = sheetWith({});
    const decimal = validation({ decimal: { formula1: '0.5', formula2: '=2', operator: 'Between' } });
    expect(['0.5', '2', '2.1', 'x'].map((x) => passes(wb, sheet, decimal, x))).toEqual([true, true, false, false]);
    const length = validation({ textLength: { formula1: 4, operator: 'LessThanOrEqualTo' } });
    expect(['総務課', '総務課です'].map((x) => passes(wb, sheet, length, x))).toEqual([true, false]);
    const computed = validation({ wholeNumber: { formula1: '=$Z$1', operator: 'GreaterThan' } });
    expect(passes(wb, sheet, computed, '3')).toBe(true);
  });

  test("the alert's style decides what Excel does; no alert, no refusal", () => {
    const stop = validation({ list: { inCellDropDown: true, source: 'A群' } });
    expect(alertFor(stop)).toBe('stop');
    expect(alertFor({ ...stop, errorAlert: { ...stop.errorAlert, style: 'Warning' } })).toBe('warning');
    expect(alertFor({ ...stop, errorAlert: { ...stop.errorAlert, style: 'Information' } })).toBe('information');
    expect(alertFor({ ...stop, errorAlert: { ...stop.errorAlert, showAlert: false } })).toBeNull();
  });
});

describe('pasted text', () => {
  test('rows by line and cells by tab, as a rectangle; a trailing line break and CRLF are Excel’s', () => {
    expect(pastedRows('5\t住民説明会の案内\tB群\r\n6\t会議録\r\n')).toEqual([
      ['5', '住民説明会の案内', 'B群'],
      ['6', '会議録', ''],
    ]);
    expect(pastedRows('C群')).toEqual([['C群']]);
  });
});
