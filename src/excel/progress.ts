/**
 * How far a long operation is, for the pane's progress bar (SPEC §8): files parsed of those picked, or sheets
 * read of the workbook's. Reported between round trips (a sync is where the time goes), never from inside one.
 */
export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly unit: 'file' | 'sheet';
}

export type ProgressListener = (progress: Progress) => void;
