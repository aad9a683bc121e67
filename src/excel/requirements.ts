/**
 * Requirement-set detection (SPEC §11): the manifest asks for the lowest set the core needs; newer APIs are
 * used only when `Office.context.requirements.isSetSupported` says so, with a fallback otherwise.
 */

/** True when the host supports ExcelApi `version`; false when Office is absent or cannot tell. */
export function supportsExcelApi(version: string): boolean {
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    return office?.context?.requirements?.isSetSupported('ExcelApi', version) === true;
  } catch {
    return false;
  }
}

/** The features the adapter switches on. Read once per operation so a test can flip them between runs. */
export interface Features {
  /** Worksheet custom properties (ExcelApi 1.12): the ledger tag. */
  readonly customProperties: boolean;
  /** `Range.getMergedAreasOrNullObject` and `insertWorksheetsFromBase64` (ExcelApi 1.13). */
  readonly mergedAreas: boolean;
  readonly insertFromBase64: boolean;
}

export function detectFeatures(): Features {
  const v113 = supportsExcelApi('1.13');
  return { customProperties: supportsExcelApi('1.12'), mergedAreas: v113, insertFromBase64: v113 };
}
