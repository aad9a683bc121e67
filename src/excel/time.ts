/** Local dates and times as the clerk sees them (the workbook has no time zone; the PC's clock is the truth). */

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 'YYYY-MM-DD' of `now` in local time. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** 'YYYY-MM-DD HH:MM:SS' in local time, for logs and records written into the workbook. */
export function localTimestamp(now: Date = new Date()): string {
  return `${todayIso(now)} ${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
}

/** 'YYYY-MM-DD_HHMM' for sheet names (no ':' — not allowed in sheet names). */
export function sheetStamp(now: Date = new Date()): string {
  return `${todayIso(now)}_${pad(now.getHours())}${pad(now.getMinutes())}`;
}
