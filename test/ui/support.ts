// Shared pieces of the task pane tests: issues as the engine reports them, and an empty check result.
import type { CheckResult, Issue } from '../../src/ledger';

export const SHEET = '台帳_総務課';

export function issue(code: string, severity: Issue['severity'], cell: string | null, params: Issue['params'] = {}): Issue {
  return { code, severity, location: { file: null, sheet: SHEET, cell }, department: '総務課', params };
}

export const groupInvalid = issue('GROUP_INVALID', 'error', 'D7', { value: 'C群' });
export const level1Suspected = issue('LEVEL1_SUSPECTED', 'warning', 'E8', { column: '情報資産名', indicator: '住民' });
export const untrimmed = issue('TEXT_UNTRIMMED', 'info', 'B9', { column: '情報資産名', value: ' 住民票 ' });

export function checkResult(issues: Issue[]): CheckResult {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return { policy: { id: 'hanamaki', version: '1' }, ledgers: [], issues, counts };
}

/** What checkWorkbook resolves with for these open issues. */
export function checked(open: Issue[]) {
  return { status: 'checked' as const, result: checkResult(open), open, reviewed: [], lapsed: [], sheetsRead: 1, bytesRead: 100 };
}

/** The module factory replacing src/taskpane/operations: every Excel operation a jest.fn. */
export function operationsMock() {
  return {
    insertTemplate: jest.fn(),
    checkWorkbook: jest.fn(),
    showFindings: jest.fn(),
    clearFindings: jest.fn(),
    selectCell: jest.fn(),
    applyFixes: jest.fn(),
    markReviewed: jest.fn(),
    importWorkbooks: jest.fn(),
    consolidateWorkbook: jest.fn(),
    exportForms: jest.fn(),
    upgradeForms: jest.fn(),
    runAudit: jest.fn(),
    readDepartmentSheet: jest.fn(),
    readPreviousYear: jest.fn(),
    proposeFixes: jest.fn(),
    watchLedgerEdits: jest.fn(),
    isFailure: (v: unknown) => typeof v === 'object' && v !== null && (v as { status?: unknown }).status === 'failed',
    REVIEWABLE_CODES: ['LEVEL1_SUSPECTED', 'GROUP_SUSPECTED'],
  };
}

/** jsdom's File has no arrayBuffer(); browsers do. Read it the way older browsers did (for the file pickers). */
export function installFileArrayBuffer(): void {
  // The DOM types say it always exists; jsdom says otherwise.
  if (typeof (File.prototype as Partial<File>).arrayBuffer === 'function') return;
  File.prototype.arrayBuffer = function arrayBuffer(this: File) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}
