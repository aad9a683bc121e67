/** In-memory Excel runtime imitating Office.js (see README.md in this folder). */
export { createExcelRuntime, installExcelGlobals, DEFAULT_REQUIREMENT_SETS } from './runtime';
export type { ExcelRuntime, RequirementSets, RuntimeStats } from './runtime';
export { SimWorkbook, SimSheet } from './model';
export type { SimCell, CellFormat, SimTable, SimValidation } from './model';
export { SimOfficeError } from './errors';
export { OPERATION_BYTES, PAYLOAD_LIMIT } from './proxy/base';
export { quoteSheetName, parseAddress, formatRect, columnName } from './address';
export { loadXlsx, saveXlsx } from './xlsx';
export { valueOf as cellValue, textOf as cellText, valueTypeOf as cellValueType } from './cells';
