/** consolidate, proposeFixes, templateModel, sanitizeSheetName, rowFingerprint/applyReviews. */
import { applyReviews, checkWorkbooks, consolidate, consolidatedAssetAt, consolidatedAssets, hanamaki, proposeFixes, readWorkbook, rowFingerprint, sanitizeSheetName, startCheck, templateModel } from '../../src/ledger';
import type { CellValue, SheetInput } from '../../src/ledger';
import { TODAY, check, checkBooks, codes, formSheet, templateSheet } from './helpers';

describe('consolidate', () => {
  const result = checkBooks(
    [
      { file: 'a.xlsx', sheets: [templateSheet([[1, '会議録', '記録', 'B群', 'レベル2'], [2, '職員名簿', '=SUM(A1)', 'A群', 'レベル1'], [3, '謎', '記録', 'C群', 'レベル2']])] },
      { file: 'b.xlsx', sheets: [formSheet([[1, '予算書', '書類'], [2, '決算書', '書類']], '（B群－レベル1）', '様式', '情報資産台帳（財政課）')] },
    ],
    { expectedDepartments: ['総務課', '財政課', '市民課'] },
  );
  const summary = consolidate(result, { generatedAt: '2024-05-01T09:00:00.000Z' });
  it('builds the 課 × 群－レベル matrix sorted by 課, with 未分類, totals and finding counts', () => {
    expect(summary.policy).toEqual({ id: 'hanamaki', version: hanamaki.version });
    expect(summary.generatedAt).toBe('2024-05-01T09:00:00.000Z');
    expect(summary.categories).toEqual(['A群－レベル1', 'A群－レベル2', 'B群－レベル1', 'B群－レベル2']);
    expect(summary.rows).toEqual([
      { department: '財政課', counts: [0, 0, 2, 0], unclassified: 0, total: 2, errors: 0, warnings: 1 },
      { department: '市民課', counts: [0, 0, 0, 0], unclassified: 0, total: 0, errors: 0, warnings: 1 },
      { department: '総務課', counts: [1, 0, 0, 1], unclassified: 1, total: 3, errors: 1, warnings: 0 },
    ]);
    expect(summary.totals).toEqual({ counts: [1, 0, 2, 1], unclassified: 1, total: 5, errors: 1, warnings: 2 });
  });
  it('every row adds up: the categories and 未分類 (an invalid or empty 群 or レベル) sum to 計, also the total row', () => {
    const r = check([
      templateSheet([
        [1, '会議録', '記録', 'A群', 'レベル1'],
        [2, '文書', '記録', 'C群', 'レベル2'],
        [3, '名簿', '記録', 'B群', 'レベル9'],
        [4, '台帳', '記録', '', 'レベル2'],
        [5, '写真', '記録', 'B群', 'レベル2'],
      ]),
    ]);
    const c = consolidate(r, { generatedAt: 'x' });
    for (const row of [...c.rows, c.totals]) expect(row.counts.reduce((a, b) => a + b, 0) + row.unclassified).toBe(row.total);
    expect(c.rows.map((row) => [row.department, row.counts, row.unclassified, row.total])).toEqual([['総務課', [1, 0, 0, 1], 3, 5]]);
  });
  it('lists every asset with a link back to its source cell, text kept as text', () => {
    expect(summary.assets[1]).toEqual({
      department: '総務課', number: 2, name: '職員名簿', content: '=SUM(A1)', group: 'A群', level: 'レベル1',
      source: { file: 'a.xlsx', sheet: '台帳_総務課', cell: 'B6' },
    });
    expect(summary.assets.map((a) => a.source.cell)).toEqual(['B5', 'B6', 'B7', 'B4', 'B5']);
  });
  it('is deterministic: the same input gives the same summary', () => {
    expect(consolidate(result, { generatedAt: '2024-05-01T09:00:00.000Z' })).toEqual(summary);
  });
  it('gives the asset list one by one too (consolidatedAssets), and can leave it out of the model', () => {
    expect([...consolidatedAssets(result)]).toEqual(summary.assets);
    expect(consolidate(result, { generatedAt: '2024-05-01T09:00:00.000Z', assets: false })).toEqual({ ...summary, assets: [] });
  });
  it('gives an entry by index too (consolidatedAssetAt): in order, again from an earlier one, past ledgers without assets', () => {
    const [first, second] = result.ledgers;
    if (!first || !second) throw new Error('two ledgers expected');
    const withEmpty = { ...result, ledgers: [{ ...first, assets: [] }, first, { ...second, assets: [] }, second, { ...second, assets: [] }] };
    const at = consolidatedAssetAt(withEmpty);
    const asked = [0, 1, 2, 3, 4, 5, 1, 4, 0, 3];
    expect(asked.map((i) => at(i))).toEqual(asked.map((i) => summary.assets[i]));
    expect(at(5)).toBeUndefined();
    expect(at(-1)).toBeUndefined();
    expect(consolidatedAssetAt({ ...result, ledgers: [] })(0)).toBeUndefined();
  });

  it('keeps a 番号 typed as text as text (0000022200 is not 22200); a number cell, or text valid only once normalised, is a number', () => {
    const rows: CellValue[][] = [
      ['0000022200', '会議録', '記録', 'B群', 'レベル2'],
      ['007', '名簿', '記録', 'B群', 'レベル2'],
      ['１２', '予算書', '記録', 'B群', 'レベル2'],
      [{ kind: 'rich', runs: ['0', '13'] }, '決算書', '記録', 'B群', 'レベル2'],
      [14, '議事録', '記録', 'B群', 'レベル2'],
      ['1-1', '契約書', '記録', 'B群', 'レベル2'],
    ];
    const texts = consolidate(check([templateSheet(rows)]), { generatedAt: '2024-05-01T09:00:00.000Z' });
    expect(texts.assets.map((a) => a.number)).toEqual(['0000022200', '007', 12, '013', 14, null]);
  });
});

describe('startCheck (one workbook at a time, as the CLI streams its files)', () => {
  const books = () => [
    { file: 'a.xlsx', sheets: [templateSheet([[1, '会議録', '記録', 'B群', 'レベル2'], [2, '職員名簿', '名簿', 'A群', 'レベル1'], [2, '謎', '記録', 'C群', 'レベル2']])] },
    { file: 'b.xlsx', sheets: [templateSheet([[1, '会議録', '記録', 'B群', 'レベル1'], [2, '職員名簿', '名簿', 'A群', 'レベル1']])] },
    { file: 'c.xlsx', sheets: [{ name: 'メモ', rows: [['ただのメモ']] }] },
  ];
  const options = { today: TODAY, expectedDepartments: ['総務課', '市民課'] };

  it('gives exactly what checkWorkbooks gives, collection rules included', () => {
    const session = startCheck(options);
    expect(books().map((b) => session.add(b))).toEqual([1, 1, 0]);
    const streamed = session.finish();
    expect(streamed).toEqual(checkWorkbooks(books(), options));
    expect(codes(streamed)).toEqual(expect.arrayContaining(['NUMBER_DUPLICATE', 'GROUP_INVALID', 'CLASSIFICATION_CONFLICT', 'DEPARTMENT_DUPLICATE', 'DEPARTMENT_NOT_SUBMITTED', 'LEDGER_NOT_FOUND']));
  });

  it("keeps nothing of a workbook's cells once added: emptying them afterwards changes nothing", () => {
    const session = startCheck(options);
    for (const b of books().map((book) => structuredClone(book))) {
      session.add(b);
      for (const sheet of b.sheets) (sheet.rows as unknown[][]).forEach((row) => row.fill(null));
    }
    expect(session.finish()).toEqual(checkWorkbooks(books(), options));
  });
});

describe('proposeFixes', () => {
  it('proposes the canonical value for VALUE_NOT_CANONICAL and the trimmed text for TEXT_UNTRIMMED', () => {
    const r = check([templateSheet([['１', ' 会議録　', '記録', 'b', 'Lv2'], [2, '文書', '記録', 'C群', 'レベル2']])]);
    expect(proposeFixes(r)).toEqual([
      { file: 'book.xlsx', sheet: '台帳_総務課', cell: 'A5', code: 'VALUE_NOT_CANONICAL', oldText: '１', newValue: 1 },
      { file: 'book.xlsx', sheet: '台帳_総務課', cell: 'B5', code: 'TEXT_UNTRIMMED', oldText: ' 会議録　', newValue: '会議録' },
      { file: 'book.xlsx', sheet: '台帳_総務課', cell: 'D5', code: 'VALUE_NOT_CANONICAL', oldText: 'b', newValue: 'B群' },
      { file: 'book.xlsx', sheet: '台帳_総務課', cell: 'E5', code: 'VALUE_NOT_CANONICAL', oldText: 'Lv2', newValue: 'レベル2' },
    ]);
  });
  it('proposes nothing for a clean ledger or for invalid values', () => {
    expect(proposeFixes(check([templateSheet([[1, '会議録', '記録', 'C群', 'レベル2']])]))).toEqual([]);
  });
});

/** Lay a TemplateModel out as a grid, as both writers do. */
function render(model: ReturnType<typeof templateModel>, body: CellValue[][] = []): SheetInput {
  const rows: CellValue[][] = [];
  const put = (cell: string, v: CellValue) => {
    const m = /^([A-Z])(\d+)$/.exec(cell);
    if (!m) throw new Error(cell);
    const r = Number(m[2]) - 1;
    const c = (m[1] ?? 'A').charCodeAt(0) - 65;
    while (rows.length <= r) rows.push([]);
    const row = rows[r] ?? [];
    row[c] = v;
  };
  put('A1', model.title);
  for (const m of model.meta) {
    put(m.labelCell, m.label);
    put(m.valueCell, typeof m.value === 'number' && m.numberFormat ? { kind: 'date', serial: m.value } : m.value);
  }
  for (const l of model.legend) put(l.cell, l.text);
  while (rows.length < model.headerRow - 1) rows.push([]);
  rows.push([...model.headers]);
  rows.push(...body);
  return { name: model.sheetName, rows, tag: model.tag };
}

describe('templateModel', () => {
  const model = templateModel('総務課', { today: '2024-04-01' });
  it('describes the canonical template', () => {
    expect(model).toMatchObject({
      sheetName: '台帳_総務課',
      title: '情報資産台帳（総務課）',
      headers: ['番号', '情報資産名', '内容', '群', 'レベル', '備考'],
      freezeRows: model.headerRow,
      print: { orientation: 'landscape', paperSize: 'A4', titleRows: `$${model.headerRow}:$${model.headerRow}` },
      tag: { policyId: 'hanamaki', templateVersion: '1', department: '総務課' },
    });
    expect(model.meta).toEqual([
      { label: '課名', value: '総務課', labelCell: 'A2', valueCell: 'B2' },
      { label: '更新日', value: 45383, labelCell: 'C2', valueCell: 'D2', numberFormat: 'yyyy/m/d' },
      { label: '記入者', value: null, labelCell: 'E2', valueCell: 'F2' },
    ]);
    expect(model.tableName).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    expect(model.wrapColumns).toEqual([2, 5]);
    // 更新日 (D2, yyyy/m/d) sits above the narrow 群 column: D is wide enough for `2025/12/25`, never `###`.
    expect(model.columnWidths).toEqual([8, 28, 44, 11, 10, 30]);
  });
  it('quotes the policy definitions (第5, 第6) in the legend and the prompts', () => {
    const legend = model.legend.map((l) => l.text).join('\n');
    for (const def of [...hanamaki.groups, ...hanamaki.levels]) expect(legend).toContain(def.definition);
    const level = model.validations.find((v) => v.kind === 'list' && v.values.includes('レベル1'));
    expect(level?.prompt).toContain(hanamaki.levels[0]?.definition);
  });
  it('has dropdowns on 群 and レベル and a whole-number rule on 番号; 個人情報 too when extended', () => {
    expect(model.validations.map((v) => [v.column, v.kind, v.kind === 'list' ? v.values : v.min])).toEqual([
      [0, 'wholeNumber', 1], [3, 'list', ['A群', 'B群']], [4, 'list', ['レベル1', 'レベル2']],
    ]);
    const ext = templateModel('総務課', { today: '2024-04-01', extended: true });
    expect(ext.headers).toEqual(['番号', '情報資産名', '内容', '群', 'レベル', '管理責任者', '媒体・保管場所', '個人情報', '保存期間', '備考']);
    expect(ext.validations.map((v) => v.column)).toEqual([0, 3, 4, 7]);
  });
  it('reads back as a clean, recognised ledger (only LEDGER_EMPTY while it is empty)', () => {
    for (const extended of [false, true]) {
      const m = templateModel('総務課', { today: '2024-04-01', extended });
      const r = check([render(m)]);
      expect(r.ledgers[0]).toMatchObject({ department: '総務課', layout: 'template', tagged: true, headerRow: m.headerRow, updatedOn: '2024-04-01' });
      expect(r.issues.map((i) => i.code)).toEqual(['LEDGER_EMPTY']);
      const filled = check([render(m, [[1, '会議録', '課内会議の記録', 'B群', 'レベル2']])]);
      expect(filled.issues).toEqual([]);
    }
  });
  it('is unique against existing sheet names', () => {
    expect(templateModel('総務課', { today: '2024-04-01', existingSheetNames: ['台帳_総務課'] }).sheetName).toBe('台帳_総務課(2)');
  });
});

describe('sanitizeSheetName', () => {
  it('replaces : \\ / ? * [ ] by their full-width forms', () => {
    expect(sanitizeSheetName('台帳_a:b\\c/d?e*f[g]', [])).toBe('台帳_a：b＼c／d？e＊f［g］');
  });
  it('cuts to 31 characters and adds (2), (3) on a clash (case-insensitive)', () => {
    const long = '台帳_' + 'あ'.repeat(40);
    expect(sanitizeSheetName(long, [])).toHaveLength(31);
    const first = sanitizeSheetName(long, []);
    const second = sanitizeSheetName(long, [first]);
    expect(second).toBe('台帳_' + 'あ'.repeat(25) + '(2)');
    expect(sanitizeSheetName(long, [first, second])).toBe('台帳_' + 'あ'.repeat(25) + '(3)');
    expect(sanitizeSheetName('Sheet', ['SHEET'])).toBe('Sheet(2)');
  });
  it('never splits an emoji and never returns an empty name', () => {
    const name = sanitizeSheetName('台帳_' + 'あ'.repeat(27) + '😀', []);
    expect(name).toBe('台帳_' + 'あ'.repeat(27));
    expect(sanitizeSheetName('   ', [])).toBe('Sheet');
  });
});

describe('review marks', () => {
  const sheet = (content: string) => templateSheet([[1, '住民票', content, 'B群', 'レベル2']]);
  it('keeps a reviewed keyword warning apart while the row is unchanged, and lapses the mark when it changes', () => {
    const r = check([sheet('窓口の控え')]);
    const ledger = r.ledgers[0];
    const asset = ledger?.assets[0];
    if (!ledger || !asset) throw new Error('no ledger');
    const mark = { sheet: '台帳_総務課', row: 5, code: 'LEVEL1_SUSPECTED', fingerprint: rowFingerprint(ledger, asset), reason: '写しのみ', reviewedAt: '2024-05-01' };
    const applied = applyReviews(r, [mark]);
    expect(applied.reviewed.map((x) => [x.issue.code, x.mark.reason])).toEqual([['LEVEL1_SUSPECTED', '写しのみ']]);
    expect(applied.open.map((i) => i.code)).toEqual([]);
    expect(applied.lapsed).toEqual([]);

    const changed = applyReviews(check([sheet('窓口の控え（原本）')]), [mark]);
    expect(changed.open.map((i) => i.code)).toEqual(['LEVEL1_SUSPECTED']);
    expect(changed.lapsed).toEqual([mark]);
  });
  it('a mark follows its row when the table is sorted, and each mark holds for one warning only', () => {
    const rows: CellValue[][] = [
      [1, '住民票', '窓口の控え', 'B群', 'レベル2'],
      [2, '住民票の写し', '窓口の控え', 'B群', 'レベル2'],
    ];
    const before = check([templateSheet(rows)]);
    const l = before.ledgers[0]!;
    const mark = { sheet: '台帳_総務課', row: 6, code: 'LEVEL1_SUSPECTED', fingerprint: rowFingerprint(l, l.assets[1]!), reason: '写しのみ', reviewedAt: '2024-05-01' };
    expect(applyReviews(before, [mark]).reviewed.map((x) => x.issue.location.cell)).toEqual(['E6']);
    // Sorted by 情報資産名 descending: the reviewed row is now row 5, and the mark goes with it.
    const sorted = check([templateSheet([rows[1]!, rows[0]!])]);
    const applied = applyReviews(sorted, [mark]);
    expect(applied.reviewed.map((x) => x.issue.location.cell)).toEqual(['E5']);
    expect(applied.open.map((i) => [i.code, i.location.cell])).toEqual([['LEVEL1_SUSPECTED', 'E6']]);
    expect(applied.lapsed).toEqual([]);
    // The same content twice: one mark covers one of them, not both.
    const twice = applyReviews(check([templateSheet([rows[1]!, rows[1]!])]), [mark]);
    expect([twice.reviewed.length, twice.open.filter((i) => i.code === 'LEVEL1_SUSPECTED').length]).toEqual([1, 1]);
  });
  it('a row marked again after its first mark moved away keeps both marks (oldest first)', () => {
    const rows: CellValue[][] = [
      [1, '住民票の写し', '窓口の控え', 'B群', 'レベル2'],
      [2, '課税台帳', '紙の控え', 'B群', 'レベル2'],
    ];
    const first = check([templateSheet(rows)]);
    const l1 = first.ledgers[0]!;
    const m1 = { sheet: '台帳_総務課', row: 5, code: 'LEVEL1_SUSPECTED', fingerprint: rowFingerprint(l1, l1.assets[0]!), reason: '写しのみ', reviewedAt: '2024-05-01' };
    // Sorted: 住民票の写し (and its mark) moves to row 6; then 課税台帳, now on row 5, is marked too.
    const sorted = check([templateSheet([rows[1]!, rows[0]!])]);
    const l2 = sorted.ledgers[0]!;
    const m2 = { ...m1, fingerprint: rowFingerprint(l2, l2.assets[0]!), reason: '控えのみ', reviewedAt: '2024-05-02' };
    const applied = applyReviews(sorted, [m1, m2]);
    expect(applied.reviewed.map((x) => [x.issue.location.cell, x.mark.reason])).toEqual([['E5', '控えのみ'], ['E6', '写しのみ']]);
    expect([applied.open.filter((i) => i.code === 'LEVEL1_SUSPECTED'), applied.lapsed]).toEqual([[], []]);
    // 住民票の写し edited later: its warning is open again. m1 is not counted as lapsed: a later mark was made on
    // its row, which is what keeps the marks of rows re-marked after an edit from being reported at every check.
    const edited = applyReviews(check([templateSheet([rows[1]!, [1, '住民票の写し', '窓口の控え（原本）', 'B群', 'レベル2']])]), [m1, m2]);
    expect(edited.reviewed.map((x) => [x.issue.location.cell, x.mark.reason])).toEqual([['E5', '控えのみ']]);
    expect(edited.open.filter((i) => i.code === 'LEVEL1_SUSPECTED').map((i) => i.location.cell)).toEqual(['E6']);
    expect(edited.lapsed).toEqual([]);
    // Without a later mark on its row, a changed row's mark is reported as lapsed.
    expect(applyReviews(check([templateSheet([[1, '住民票の写し', '窓口の控え（原本）', 'B群', 'レベル2']])]), [m1]).lapsed).toEqual([m1]);
  });
  it('the fingerprint is stable and depends on the content only', () => {
    const a = readWorkbook({ file: null, sheets: [sheet('x')] }).ledgers[0];
    const b = readWorkbook({ file: 'other.xlsx', sheets: [sheet('x')] }).ledgers[0];
    const c = readWorkbook({ file: null, sheets: [sheet('y')] }).ledgers[0];
    if (!a || !b || !c) throw new Error('no ledger');
    expect(rowFingerprint(a, a.assets[0]!)).toBe(rowFingerprint(b, b.assets[0]!));
    expect(rowFingerprint(a, a.assets[0]!)).not.toBe(rowFingerprint(c, c.assets[0]!));
  });
  it('marks for other codes are not honoured', () => {
    const r = check([templateSheet([[1, '会議録', '記録', 'b', 'レベル2']])]);
    const l = r.ledgers[0]!;
    const mark = { sheet: '台帳_総務課', row: 5, code: 'VALUE_NOT_CANONICAL', fingerprint: rowFingerprint(l, l.assets[0]!), reason: 'x', reviewedAt: '2024-05-01' };
    expect(applyReviews(r, [mark]).open.map((i) => i.code)).toEqual(['VALUE_NOT_CANONICAL']);
  });
});

describe('readWorkbook', () => {
  it('returns the ledgers and only the reader’s structural findings', () => {
    const r = readWorkbook({
      file: 'a.xlsx',
      sheets: [
        { name: 'Sheet1', rows: [['番号', '情報資産名', '内容', '群'], [1, '会議録', '記録', 'C群']] },
        { name: 'メモ', rows: [['覚え書き']] },
      ],
    });
    expect(r.ledgers.map((l) => [l.file, l.sheet, l.layout])).toEqual([['a.xlsx', 'Sheet1', 'template']]);
    expect(r.issues.map((i) => [i.code, i.location])).toEqual([
      ['COLUMN_MISSING', { file: 'a.xlsx', sheet: 'Sheet1', cell: null }],
      ['DEPARTMENT_MISSING', { file: 'a.xlsx', sheet: 'Sheet1', cell: null }],
    ]);
  });
});

describe('checkWorkbooks result', () => {
  it('sorts issues by file (as given), sheet (workbook order), row, column, code; file-less issues last', () => {
    const sheetB = templateSheet([[1, '会議録', '記録', 'b', 'C']], '台帳_B');
    const sheetA = templateSheet([[1, '名簿', '記録', 'C群', 'Lv2'], ['x', '会議録', ' 記録', 'B群', 'レベル2']], '台帳_A');
    const r = checkBooks([{ file: 'z.xlsx', sheets: [sheetB, sheetA] }, { file: 'a.xlsx', sheets: [] }], { expectedDepartments: ['市民課'] });
    expect(r.issues.map((i) => [i.location.file, i.location.sheet, i.location.cell, i.code])).toEqual([
      ['z.xlsx', '台帳_B', 'D5', 'VALUE_NOT_CANONICAL'],
      ['z.xlsx', '台帳_B', 'E5', 'LEVEL_INVALID'],
      ['z.xlsx', '台帳_A', null, 'DEPARTMENT_DUPLICATE'],
      ['z.xlsx', '台帳_A', 'D5', 'GROUP_INVALID'],
      ['z.xlsx', '台帳_A', 'E5', 'VALUE_NOT_CANONICAL'],
      ['z.xlsx', '台帳_A', 'A6', 'NUMBER_INVALID'],
      ['z.xlsx', '台帳_A', 'C6', 'TEXT_UNTRIMMED'],
      ['a.xlsx', null, null, 'LEDGER_NOT_FOUND'],
      [null, null, null, 'DEPARTMENT_NOT_SUBMITTED'],
    ]);
    expect(r.counts).toEqual({ error: 4, warning: 4, info: 1 });
    expect(r.policy).toEqual({ id: 'hanamaki', version: hanamaki.version });
  });
});
