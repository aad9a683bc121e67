/**
 * Sheets this add-in owns. They are never read as ledgers (集計 and 別記様式 have ledger-like headers and
 * would otherwise be counted twice) and are rebuilt or appended only by the operation that owns them.
 */

export const SUMMARY_SHEET = '集計';
export const FORMS_SHEET = '別記様式';
export const CHANGE_LOG_SHEET = '変更履歴';
/** Hidden (not very hidden, so an auditor can unhide and read them) registries. */
export const REVIEW_SHEET = '_確認済み';
export const IMPORT_SHEET = '_取込記録';
export const AUDIT_PREFIX = '監査結果_';
/** Suffix of the sheet a rebuild writes before it is swapped in (SPEC §4: atomic rebuild). */
export const BUILDING_SUFFIX = '_作成中';

/** True for a sheet the add-in wrote (by name: the tool's sheets are looked up by their fixed names). */
export function isToolSheet(name: string): boolean {
  return (
    name === SUMMARY_SHEET ||
    name === FORMS_SHEET ||
    name === CHANGE_LOG_SHEET ||
    name === REVIEW_SHEET ||
    name === IMPORT_SHEET ||
    name.startsWith(AUDIT_PREFIX) ||
    name.endsWith(BUILDING_SUFFIX)
  );
}
