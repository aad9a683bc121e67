import ExcelJS from 'exceljs';
import { readXlsx } from '../../src/xlsx/read';
import { fixture } from './fixture-files';
import { zipPart } from './zip-part';

/**
 * Our template after LibreOffice opened and saved it (xlsx → ods → xlsx, scripts/fixtures/build.sh): the
 * dropdowns, the whole-number rule, the print titles and the tag survive, so a clerk editing it in
 * LibreOffice keeps working dropdowns. (Frozen panes are view settings that headless conversion drops.)
 */
const NAME = 'template-extended-libreoffice.xlsx';

describe('the template saved again by LibreOffice', () => {
  test('every validation survives with its range, list, alert style and prompt', () => {
    const xml = zipPart(fixture(NAME), 'xl/worksheets/sheet1.xml');
    const rules = [...xml.matchAll(/<dataValidation ([^>]*)>(.*?)<\/dataValidation>/g)].map((m) => {
      const attrs = Object.fromEntries([...(m[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
      const formula = /<formula1>(.*?)<\/formula1>/.exec(m[2] ?? '')?.[1];
      return { sqref: attrs['sqref'], type: attrs['type'], errorStyle: attrs['errorStyle'], showErrorMessage: attrs['showErrorMessage'], showInputMessage: attrs['showInputMessage'], formula };
    });
    expect(rules).toEqual([
      { sqref: 'A8:A1000', type: 'whole', errorStyle: 'stop', showErrorMessage: 'true', showInputMessage: 'true', formula: '1' },
      { sqref: 'D8:D1000', type: 'list', errorStyle: 'stop', showErrorMessage: 'true', showInputMessage: 'true', formula: '&quot;A群,B群&quot;' },
      { sqref: 'E8:E1000', type: 'list', errorStyle: 'stop', showErrorMessage: 'true', showInputMessage: 'true', formula: '&quot;レベル1,レベル2&quot;' },
      { sqref: 'H8:H1000', type: 'list', errorStyle: 'stop', showErrorMessage: 'true', showInputMessage: 'true', formula: '&quot;あり,なし&quot;' },
    ]);
  });

  test('the print titles and the tag name survive; exceljs opens the file again', async () => {
    const workbookXml = zipPart(fixture(NAME), 'xl/workbook.xml');
    expect(workbookXml).toMatch(/<definedName[^>]*localSheetId="0"[^>]*name="_xlnm.Print_Titles"[^>]*>台帳_総務課!\$7:\$7</);
    expect(workbookXml).toMatch(/<definedName[^>]*name="LedgerTag_1"[^>]*>台帳_総務課!\$AZ\$1</);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fixture(NAME) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('台帳_総務課')?.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });
  });

  test('readXlsx still finds the tag and the header', async () => {
    const [sheet] = (await readXlsx(fixture(NAME), null)).sheets;
    expect(sheet?.tag).toEqual({ policyId: 'hanamaki', templateVersion: '1', department: '総務課' });
    expect(sheet?.rows[6]).toEqual(['番号', '情報資産名', '内容', '群', 'レベル', '管理責任者', '媒体・保管場所', '個人情報', '保存期間', '備考']);
    expect(sheet?.rows[1]?.slice(0, 4)).toEqual(['課名', '総務課', '更新日', { kind: 'date', serial: 45748 }]);
  });
});
