/** Mappings between the runtime's (Office.js) vocabulary and exceljs/OOXML's, shared by xlsx read and write. */
import type * as ExcelJsNs from 'exceljs';

type ExcelJsModule = typeof ExcelJsNs;

export const META_SHEET = '_xlsim_meta';

/** Column width: Office.js uses points, xlsx stores characters of the default font (7 px, 5 px padding). */
export const charsToPoints = (chars: number): number => Math.round((Math.trunc(chars * 7 + 5) * 0.75) * 100) / 100;
export const pointsToChars = (pt: number): number => Math.max(0, Math.round(((pt / 0.75 - 5) / 7) * 100) / 100);

export const PAPER_CODES: Record<string, number> = { Letter: 1, LetterSmall: 2, Tabloid: 3, Ledger: 4, Legal: 5, Statement: 6, Executive: 7, A3: 8, A4: 9, A4Small: 10, A5: 11, B4: 12, B5: 13 };

export const H_ALIGN: Record<string, string> = {
  Left: 'left', Center: 'center', Right: 'right', Fill: 'fill', Justify: 'justify', CenterAcrossSelection: 'centerContinuous', Distributed: 'distributed',
};
export const V_ALIGN: Record<string, string> = { Top: 'top', Center: 'middle', Bottom: 'bottom', Justify: 'justify', Distributed: 'distributed' };

export const DV_OPERATORS: Record<string, string> = {
  Between: 'between', NotBetween: 'notBetween', EqualTo: 'equal', NotEqualTo: 'notEqual', GreaterThan: 'greaterThan',
  LessThan: 'lessThan', GreaterThanOrEqualTo: 'greaterThanOrEqual', LessThanOrEqualTo: 'lessThanOrEqual',
};
export const DV_TYPES: Record<string, string> = { wholeNumber: 'whole', decimal: 'decimal', textLength: 'textLength', custom: 'custom', list: 'list' };
export const ALERT_STYLES: Record<string, string> = { Stop: 'stop', Warning: 'warning', Information: 'information' };

/** Office.js border style + weight ↔ OOXML border style. */
export function borderToXlsx(style: string, weight: string): string | null {
  const medium = weight === 'Medium' || weight === 'Thick';
  switch (style) {
    case 'Continuous':
      return weight === 'Hairline' ? 'hair' : weight === 'Medium' ? 'medium' : weight === 'Thick' ? 'thick' : 'thin';
    case 'Dash':
      return medium ? 'mediumDashed' : 'dashed';
    case 'DashDot':
      return medium ? 'mediumDashDot' : 'dashDot';
    case 'DashDotDot':
      return medium ? 'mediumDashDotDot' : 'dashDotDot';
    case 'Dot':
      return 'dotted';
    case 'Double':
      return 'double';
    case 'SlantDashDot':
      return 'slantDashDot';
    default:
      return null;
  }
}

export const BORDERS_FROM_XLSX: Record<string, [string, string]> = {
  hair: ['Continuous', 'Hairline'], thin: ['Continuous', 'Thin'], medium: ['Continuous', 'Medium'], thick: ['Continuous', 'Thick'],
  dashed: ['Dash', 'Thin'], mediumDashed: ['Dash', 'Medium'], dashDot: ['DashDot', 'Thin'], mediumDashDot: ['DashDot', 'Medium'],
  dashDotDot: ['DashDotDot', 'Thin'], mediumDashDotDot: ['DashDotDot', 'Medium'], dotted: ['Dot', 'Thin'], double: ['Double', 'Thick'],
  slantDashDot: ['SlantDashDot', 'Medium'],
};

export const CF_OPERATORS: Record<string, string> = { ...DV_OPERATORS };

export const invert = (m: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k]));

/** '#RRGGBB' → 'FFRRGGBB' and back. */
export const toArgb = (color: string): string => `FF${color.replace('#', '').toUpperCase()}`;
export const fromArgb = (argb: string | undefined): string | undefined =>
  argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;

/** exceljs as a lazily loaded module (heavy: the task pane loads it only when needed). */
export async function loadExcelJs(): Promise<ExcelJsModule> {
  const mod = (await import('exceljs')) as ExcelJsModule & { default?: ExcelJsModule };
  return mod.default ?? mod;
}
