import ExcelJS from 'exceljs';

/** Build a workbook with exceljs and return its bytes. */
export async function xlsxOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A sheet filled from a 2D array starting at A1 (null leaves the cell empty). */
export function fill(ws: ExcelJS.Worksheet, rows: readonly (readonly ExcelJS.CellValue[])[]): void {
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
}
