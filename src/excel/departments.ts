/** 課 names as the add-in compares them: NFKC, no surrounding or inner spaces. */

export function normalizeDepartment(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/** `台帳_総務課` or `台帳_総務課(2)` → `総務課`; null for any other sheet name. */
export function departmentFromSheetName(sheet: string): string | null {
  const m = /^台帳[_＿](.+?)(?:\s*[(（]\d+[)）])?$/.exec(sheet.normalize('NFKC').trim());
  return m?.[1] ? normalizeDepartment(m[1]) : null;
}
