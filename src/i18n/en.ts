/** English messages. */
import type { Catalogue } from './types';
import { clip, reasonText, str } from './types';
import type { UnreadableReason } from './types';

const q = (s: string) => `"${clip(s)}"`;

const SAVE_AS_XLSX = 'Open it in Excel and use Save As to save it as an Excel workbook (.xlsx).';
const COPY_AGAIN = 'Copy the original file again.';

/** FILE_UNREADABLE: what happened to the file, and what to do. */
const UNREADABLE: Readonly<Record<UnreadableReason, string>> = {
  empty: `The file is empty (0 bytes). ${COPY_AGAIN}`,
  encrypted: 'The file is password-protected. Open it in Excel, remove the password and save it again.',
  xls: `The file is in the old Excel format (.xls). ${SAVE_AS_XLSX}`,
  ole: 'The file is an Office document but not an Excel workbook (a Word document, for example). Give the ledger file.',
  'not-zip': 'The file is not an Excel workbook (text, PDF or other). Give the ledger file.',
  truncated: `The file is cut short (a copy or download may not have finished). ${COPY_AGAIN}`,
  'not-xlsx': 'The file is an Office document but not an Excel workbook (a .docx, for example). Give the ledger file.',
  corrupt: `The file is damaged and cannot be opened. ${SAVE_AS_XLSX}`,
  'not-found': 'The file does not exist. Check its name and folder.',
  permission: 'You are not allowed to read the file. Check its permissions.',
  directory: 'This is a folder. Give a file.',
  io: `The file could not be read. ${COPY_AGAIN}`,
};

export const en: Catalogue = {
  issues: {
    LEDGER_HEADER_INVALID: () =>
      'The ledger sheet has no header row (番号, 情報資産名, 内容). Put a header row within the first 30 rows.',
    COLUMN_MISSING: (p) =>
      p['layout'] === 'form'
        ? 'This form sheet has no group–level line such as "（A群－レベル1）". Add it above the table.'
        : `The header has no ${q(str(p, 'column'))} column. Add the column.`,
    DEPARTMENT_MISSING: () => 'The department is unknown. Fill in 課名 or title the sheet "情報資産台帳（…課）".',
    REQUIRED_EMPTY: (p) => `${q(str(p, 'column'))} is empty. Fill it in.`,
    NUMBER_INVALID: (p) => `Number ${q(str(p, 'value'))} is not allowed. Enter a whole number of 1 or more.`,
    NUMBER_DUPLICATE: (p) => `Number ${str(p, 'number')} is already used in ${str(p, 'firstCell')}. Use a unique number.`,
    GROUP_INVALID: (p) => `Group ${q(str(p, 'value'))} is not allowed. Choose A群 or B群.`,
    LEVEL_INVALID: (p) => `Level ${q(str(p, 'value'))} is not allowed. Choose レベル1 or レベル2.`,
    CELL_ERROR: (p) =>
      `The ${str(p, 'column') ? `${str(p, 'column')} ` : ''}cell holds the error value ${q(str(p, 'value'))}. Check the formula and enter a proper value.`,
    VALUE_NOT_CANONICAL: (p) =>
      `${str(p, 'column')} ${q(str(p, 'value'))} should be written ${q(str(p, 'canonical'))} (can be fixed automatically).`,
    LEVEL1_SUSPECTED: (p) =>
      p['column'] === '個人情報'
        ? 'Personal information is "あり" but the level is レベル2. Assets with personal information are レベル1.'
        : `${str(p, 'column')} mentions ${q(str(p, 'indicator'))} but the level is レベル2. Check whether it should be レベル1.`,
    GROUP_SUSPECTED: (p) =>
      `${str(p, 'column')} mentions ${q(str(p, 'indicator'))} but the group is ${str(p, 'group')}. Check whether it should be ${str(p, 'suggested')}.`,
    ASSET_NAME_DUPLICATE: (p) =>
      `Asset ${q(str(p, 'name'))} (${str(p, 'group')}, ${str(p, 'level')}) also appears in ${str(p, 'firstSheet')} ${str(p, 'firstCell')} of the same department. Merge duplicates.`,
    LEDGER_EMPTY: () => 'The ledger has no assets. Enter the information assets the department manages.',
    TEXT_UNTRIMMED: (p) => `${str(p, 'column')} ${q(str(p, 'value'))} has leading or trailing spaces. Remove them (can be fixed automatically).`,
    ROW_GAP: (p) => `${str(p, 'count')} blank row(s) inside the table. Delete them.`,
    DEPARTMENT_DUPLICATE: (p) =>
      p['layout'] === 'form'
        ? `Another form sheet for ${q(str(p, 'department'))} (${str(p, 'group')}－${str(p, 'level')}) exists: "${str(p, 'firstSheet')}". Keep one.`
        : `Another ledger for ${q(str(p, 'department'))} exists: "${str(p, 'firstSheet')}". Keep one.`,
    CLASSIFICATION_CONFLICT: (p) =>
      `Asset ${q(str(p, 'name'))} (${str(p, 'group')}) has different levels (${str(p, 'levels')}) elsewhere. Make them agree.`,
    DEPARTMENT_NOT_SUBMITTED: (p) => `No ledger from ${q(str(p, 'department'))}. Ask the department to submit it.`,
    LEDGER_STALE: (p) =>
      p['updatedOn'] === null
        ? 'The update date (更新日) is missing. Review the ledger and enter today\'s date.'
        : `The update date ${str(p, 'updatedOn')} is before this fiscal year (from ${str(p, 'since')}). Review the ledger and update it.`,
    FILE_UNREADABLE: (p) =>
      reasonText(UNREADABLE, p, (reason) => `The file could not be opened (${reason}). Save it as .xlsx from Excel, without a password.`),
    LEDGER_NOT_FOUND: () => 'The file holds no ledger sheet.',
  },
  severities: { error: 'Error', warning: 'Warning', info: 'Info' },
  ruleNames: {
    LEDGER_HEADER_INVALID: 'No header row',
    COLUMN_MISSING: 'Group or level column missing',
    DEPARTMENT_MISSING: 'Department unknown',
    REQUIRED_EMPTY: 'Required cell empty',
    NUMBER_INVALID: 'Invalid number',
    NUMBER_DUPLICATE: 'Duplicate number',
    GROUP_INVALID: 'Invalid group',
    LEVEL_INVALID: 'Invalid level',
    CELL_ERROR: 'Error value in a cell',
    VALUE_NOT_CANONICAL: 'Not the canonical spelling',
    LEVEL1_SUSPECTED: 'Possibly level 1',
    GROUP_SUSPECTED: 'Possibly the other group',
    ASSET_NAME_DUPLICATE: 'Duplicate asset name',
    LEDGER_EMPTY: 'No assets',
    TEXT_UNTRIMMED: 'Leading or trailing spaces',
    ROW_GAP: 'Blank rows in the table',
    DEPARTMENT_DUPLICATE: 'Department ledger twice',
    CLASSIFICATION_CONFLICT: 'Conflicting levels',
    DEPARTMENT_NOT_SUBMITTED: 'Ledger not submitted',
    LEDGER_STALE: 'Update date old or missing',
    FILE_UNREADABLE: 'File cannot be opened',
    LEDGER_NOT_FOUND: 'No ledger sheet',
  },
  unknown: (code) => `A finding needs checking (${code}).`,
};
