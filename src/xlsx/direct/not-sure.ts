/**
 * Thrown anywhere in the direct reader when a file holds something it does not handle with certainty;
 * `readDirect` catches it and returns null, so the exceljs path reads the file instead.
 */
export class NotSure extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotSure';
  }
}

/** Throw `NotSure` with the reason (for tests and debugging: the reason says what was not handled). */
export function notSure(reason: string): never {
  throw new NotSure(reason);
}

/**
 * Thrown by parseSheet when rows read from a worksheet's bytes cannot stand in the part after all (sheet-part.ts
 * then reads the whole part as text); never leaves the direct reader.
 */
export class FastMiss extends Error {
  constructor() {
    super('byte path does not apply');
    this.name = 'FastMiss';
  }
}

/**
 * Thrown where the package itself shows that it is no workbook Excel opens — no package relationship to a
 * main part, or that part missing (POI's `xlsx-corrupted.xlsx`). The file is refused with the reason, and
 * the exceljs path is not asked: it reads `xl/workbook.xml` by name, and the oracle is what Excel opens.
 */
export class Refusal extends Error {
  constructor(
    readonly reason: 'corrupt' | 'not-xlsx',
    detail: string,
  ) {
    super(detail);
    this.name = 'Refusal';
  }
}

export function refuse(reason: 'corrupt' | 'not-xlsx', detail: string): never {
  throw new Refusal(reason, detail);
}
