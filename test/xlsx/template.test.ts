import ExcelJS from 'exceljs';
import { readXlsx } from '../../src/xlsx/read';
import { writeTemplate } from '../../src/xlsx/template';
import { sampleTemplateModel } from './sample-model';

type Validations = { model: Record<string, ExcelJS.DataValidation | undefined> };

/** exceljs expands a validation range cell by cell on load: the same rule on every cell of the range. */
function coverage(validations: Validations['model'], column: string): { first: number; last: number; rule: ExcelJS.DataValidation | undefined } {
  const rows = Object.keys(validations)
    .filter((a) => a.replace(/\d+$/, '') === column)
    .map((a) => Number(a.slice(column.length)))
    .sort((a, b) => a - b);
  const first = rows[0] ?? 0;
  const last = rows[rows.length - 1] ?? 0;
  expect(rows).toHaveLength(last - first + 1);
  for (const r of rows) expect(validations[`${column}${r}`]).toEqual(validations[`${column}${first}`]);
  return { first, last, rule: validations[`${column}${first}`] };
}

async function written(extended = false) {
  const bytes = await writeTemplate(sampleTemplateModel(extended));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('台帳_総務課');
  if (!ws) throw new Error('no ledger sheet');
  return { bytes, wb, ws, validations: (ws as unknown as { dataValidations: Validations }).dataValidations.model };
}

describe('writeTemplate', () => {
  test('one sheet named from the model, with title, meta cells and legend', async () => {
    const { wb, ws } = await written();
    expect(wb.worksheets.map((w) => w.name)).toEqual(['台帳_総務課']);
    expect(ws.getCell('A1').value).toBe('情報資産台帳（総務課）');
    expect([ws.getCell('A2').value, ws.getCell('B2').value, ws.getCell('C2').value, ws.getCell('E2').value]).toEqual(['課名', '総務課', '更新日', '記入者']);
    expect(ws.getCell('A3').value).toContain('A群');
    expect(ws.getCell('A4').value).toContain('レベル1');
  });

  test('更新日 is a real date cell (serial with a date format), not text', async () => {
    const { ws } = await written();
    const cell = ws.getCell('D2');
    expect(cell.numFmt).toBe('yyyy/m/d');
    expect(cell.value).toEqual(new Date(Date.UTC(2024, 3, 1)));
  });

  test('an Excel table with exactly the header row', async () => {
    const { ws } = await written();
    const table = ws.getTable('Ledger_1') as unknown as { table: { tableRef: string; columns: { name: string }[] } };
    expect(table.table.columns.map((c) => c.name)).toEqual(['番号', '情報資産名', '内容', '群', 'レベル', '備考']);
    expect(table.table.tableRef).toBe('A6:F26'); // header + the model's 20 body rows
    expect(ws.getRow(6).values).toEqual([undefined, '番号', '情報資産名', '内容', '群', 'レベル', '備考']);
  });

  test('dropdowns on 群 and レベル with stop alerts and prompts, from the table body to row 1000', async () => {
    const { validations } = await written();
    const group = coverage(validations, 'D');
    expect([group.first, group.last]).toEqual([7, 1000]);
    expect(group.rule).toMatchObject({
      type: 'list',
      formulae: ['"A群,B群"'],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '群',
      showInputMessage: true,
      promptTitle: '群',
      prompt: 'A群: 情報システム上の情報資産／B群: A群以外の情報資産',
    });
    const level = coverage(validations, 'E');
    expect([level.first, level.last]).toEqual([7, 1000]);
    expect(level.rule).toMatchObject({ type: 'list', formulae: ['"レベル1,レベル2"'], errorStyle: 'stop' });
  });

  test('番号 accepts whole numbers ≥ 1 only', async () => {
    const { validations } = await written();
    const number = coverage(validations, 'A');
    expect([number.first, number.last]).toEqual([7, 1000]);
    expect(number.rule).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [1], errorStyle: 'stop' });
  });

  test('extended columns add the 個人情報 dropdown', async () => {
    const { validations, ws } = await written(true);
    const personal = coverage(validations, 'H');
    expect([personal.first, personal.last]).toEqual([7, 1000]);
    expect(personal.rule).toMatchObject({ type: 'list', formulae: ['"あり,なし"'] });
    expect(ws.getCell('H6').value).toBe('個人情報');
    expect([...new Set(Object.keys(validations).map((a) => a.replace(/\d+$/, '')))].sort()).toEqual(['A', 'D', 'E', 'H']);
  });

  test('frozen through the header, widths, wrapped 内容 and 備考, every column top-aligned, the header centred', async () => {
    const { ws } = await written();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(ws.getColumn(3).width).toBe(40);
    expect(ws.getColumn(2).width).toBe(12);
    expect(ws.getColumn(3).alignment).toEqual({ wrapText: true, vertical: 'top' });
    expect(ws.getColumn(6).alignment).toEqual({ wrapText: true, vertical: 'top' });
    expect(ws.getColumn(2).alignment).toEqual({ vertical: 'top' });
    expect(['A6', 'C6', 'F6'].map((a) => ws.getCell(a).alignment)).toEqual(Array(3).fill({ vertical: 'middle', horizontal: 'center' }));
    expect(['A7', 'B7', 'C7'].map((a) => ws.getCell(a).alignment?.vertical)).toEqual(['top', 'top', 'top']);
  });

  test('A4 landscape, header row repeated on every page', async () => {
    const { ws } = await written();
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '6:6' });
  });

  test('the tag reads back through readXlsx, and the tag cell stays out of the data', async () => {
    const { bytes, ws } = await written();
    expect(ws.getColumn('AZ').hidden).toBe(true);
    const [sheet] = (await readXlsx(bytes, null)).sheets;
    expect(sheet?.tag).toEqual({ policyId: 'hanamaki', templateVersion: '1', department: '総務課' });
    expect(sheet?.rows[0]).toEqual(['情報資産台帳（総務課）']);
  });

  test('overlong validation texts are cut to what Excel accepts', async () => {
    const model = sampleTemplateModel();
    const v = model.validations[1];
    if (!v) throw new Error('model changed');
    const long = { ...model, validations: [{ ...v, promptTitle: 'あ'.repeat(40), prompt: 'い'.repeat(300) }] };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeTemplate(long)) as unknown as ExcelJS.Buffer);
    const dv = (wb.worksheets[0] as unknown as { dataValidations: Validations }).dataValidations.model['D7'];
    expect([dv?.promptTitle?.length, dv?.prompt?.length]).toEqual([32, 255]);
  });

  test('carried rows fill the table first: 番号 as numbers, every other value as text, the rest of the table empty', async () => {
    const model = {
      ...sampleTemplateModel(),
      rows: [
        [5, '=SUM(A1)', '0012', 'B群', 'レベル2', ''],
        [7, '_x0041_ と x\u0001y', '+81 -1 @user', 'A群', 'レベル1', ''],
      ],
    };
    const bytes = await writeTemplate(model);
    const [sheet] = (await readXlsx(bytes, null)).sheets;
    expect(sheet?.rows.slice(5, 9)).toEqual([
      ['番号', '情報資産名', '内容', '群', 'レベル', '備考'],
      [5, '=SUM(A1)', '0012', 'B群', 'レベル2'],
      [7, '_x0041_ と x\u0001y', '+81 -1 @user', 'A群', 'レベル1'],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    expect(ws?.getCell('B7').formula).toBeUndefined();
    expect(ws?.getCell('B7').type).toBe(ExcelJS.ValueType.String);
    const table = ws?.getTable('Ledger_1') as unknown as { table: { tableRef: string } };
    expect(table.table.tableRef).toBe('A6:F26'); // the model's 20 rows: 2 carried, 18 empty
  });
});
