import type ExcelJS from 'exceljs';
import { readXlsx } from '../../src/xlsx/read';
import { fill, xlsxOf } from './helpers';

async function sheetRows(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void) {
  const bytes = await xlsxOf((wb) => build(wb.addWorksheet('S'), wb));
  const book = await readXlsx(bytes, 'book.xlsx');
  return book.sheets[0]?.rows;
}

describe('readXlsx: values', () => {
  test('numbers, strings and booleans come through as they are', async () => {
    const rows = await sheetRows((ws) => fill(ws, [[1, 'テキスト', true, false, 2.5]]));
    expect(rows).toEqual([[1, 'テキスト', true, false, 2.5]]);
  });

  test('a date cell becomes its 1900-system serial, without time-zone shift', async () => {
    const rows = await sheetRows((ws) => {
      ws.getCell('A1').value = new Date(Date.UTC(2024, 3, 1));
      ws.getCell('B1').value = new Date(Date.UTC(2024, 3, 1, 12));
    });
    expect(rows).toEqual([[{ kind: 'date', serial: 45383 }, { kind: 'date', serial: 45383.5 }]]);
  });

  test('serials around the 1900 leap-year bug keep the value stored in the file', async () => {
    const rows = await sheetRows((ws) => {
      for (const [i, serial] of [59, 60, 61].entries()) {
        const cell = ws.getCell(1, i + 1);
        cell.value = serial;
        cell.numFmt = 'yyyy/m/d';
      }
    });
    expect(rows).toEqual([[{ kind: 'date', serial: 59 }, { kind: 'date', serial: 60 }, { kind: 'date', serial: 61 }]]);
  });

  test('a 1904-system workbook gives 1900-system serials', async () => {
    const bytes = await xlsxOf((wb) => {
      wb.properties.date1904 = true;
      const cell = wb.addWorksheet('S').getCell('A1');
      cell.value = 43921; // 2024-04-01 in the 1904 system (45383 - 1462)
      cell.numFmt = 'yyyy/m/d';
    });
    const book = await readXlsx(bytes, null);
    expect(book.sheets[0]?.rows).toEqual([[{ kind: 'date', serial: 45383 }]]);
  });

  test('rich text keeps its runs', async () => {
    const rows = await sheetRows((ws) => {
      ws.getCell('A1').value = { richText: [{ text: '住民' }, { text: 'Data', font: { bold: true } }, { text: '一覧' }] };
    });
    expect(rows).toEqual([[{ kind: 'rich', runs: ['住民', 'Data', '一覧'] }]]);
  });

  test('error values, typed or as a formula result, become error cells', async () => {
    const rows = await sheetRows((ws) => {
      ws.getCell('A1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      ws.getCell('B1').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
      ws.getCell('C1').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    });
    expect(rows).toEqual([[{ kind: 'error', code: '#N/A' }, { kind: 'error', code: '#DIV/0!' }, { kind: 'error', code: '#REF!' }]]);
  });

  test('a formula gives its cached result; no cached result is an empty cell', async () => {
    const rows = await sheetRows((ws) => {
      ws.getCell('A1').value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue;
      ws.getCell('B1').value = { formula: '"A"&"群"', result: 'A群' } as ExcelJS.CellFormulaValue;
      ws.getCell('C1').value = { formula: 'TRUE()', result: true } as ExcelJS.CellFormulaValue;
      ws.getCell('D1').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
      ws.getCell('E1').value = 'x';
    });
    expect(rows).toEqual([[2, 'A群', true, null, 'x']]);
  });

  test('a hyperlink gives its display text', async () => {
    const rows = await sheetRows((ws) => {
      ws.getCell('A1').value = { text: '共有フォルダ', hyperlink: 'file://server/share' };
    });
    expect(rows).toEqual([['共有フォルダ']]);
  });

  test('formula-looking text stays text', async () => {
    const rows = await sheetRows((ws) => fill(ws, [['=SUM(A1)', '+81', '-1-', '@user']]));
    expect(rows).toEqual([['=SUM(A1)', '+81', '-1-', '@user']]);
  });

  test('blank rows and columns are kept as positions, trailing ones are not', async () => {
    const rows = await sheetRows((ws) => {
      ws.getCell('B2').value = 'b2';
      ws.getCell('D4').value = 'd4';
      ws.getCell('Z10').style = { font: { bold: true } }; // formatting only
    });
    expect(rows).toEqual([[], [null, 'b2'], [], [null, null, null, 'd4']]);
  });

  test('a used range that reaches the last row with formatting only adds no rows', async () => {
    const rows = await sheetRows((ws) => {
      ws.getCell('A1').value = '番号';
      ws.getCell('A1048576').numFmt = '0';
      ws.getRow(1048576).height = 20;
    });
    expect(rows).toEqual([['番号']]);
  });

  test('a 32,767-character cell, emoji and 異体字 are read whole', async () => {
    const long = 'あ'.repeat(32767);
    const rows = await sheetRows((ws) => fill(ws, [[long, '🗄️サーバ', '髙橋󠄁']]));
    expect(rows).toEqual([[long, '🗄️サーバ', '髙橋󠄁']]);
  });
});
