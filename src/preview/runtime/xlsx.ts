/** xlsx round trip for the runtime's workbook (exceljs, loaded lazily; Uint8Array in and out). */
export { loadXlsx } from './xlsxRead';
export { saveXlsx } from './xlsxWrite';
