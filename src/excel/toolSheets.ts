/**
 * Sheets this add-in owns, by the names the engine knows them by (src/ledger/toolSheets.ts): they are never read
 * as ledgers and are rebuilt or appended only by the operation that owns them.
 */
import { AUDIT_PREFIX, BUILDING_SUFFIX, TOOL_SHEETS, isToolSheetName } from '../ledger/toolSheets';

export { AUDIT_PREFIX, BUILDING_SUFFIX, isToolSheetName };

export const SUMMARY_SHEET = TOOL_SHEETS.summary;
export const SUMMARY_ASSETS_SHEET = TOOL_SHEETS.assets;
export const SUMMARY_FINDINGS_SHEET = TOOL_SHEETS.findings;
export const FORMS_SHEET = TOOL_SHEETS.forms;
export const CHANGE_LOG_SHEET = TOOL_SHEETS.changeLog;
export const REVIEW_SHEET = TOOL_SHEETS.reviews;
export const IMPORT_SHEET = TOOL_SHEETS.imports;
