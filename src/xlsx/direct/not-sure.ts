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
