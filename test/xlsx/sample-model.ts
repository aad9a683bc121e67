import type { TemplateModel } from '../../src/ledger';

/** A TemplateModel as the engine builds it for 総務課 (written out, so the writer is tested on its own). */
export function sampleTemplateModel(extended = false): TemplateModel {
  const headers = extended
    ? ['番号', '情報資産名', '内容', '群', 'レベル', '管理責任者', '媒体・保管場所', '個人情報', '保存期間', '備考']
    : ['番号', '情報資産名', '内容', '群', 'レベル', '備考'];
  const validations: TemplateModel['validations'] = [
    { column: 0, kind: 'wholeNumber', min: 1, errorTitle: '番号', errorMessage: '番号は1以上の整数で入力してください。', promptTitle: '番号', prompt: '1以上の整数' },
    { column: 3, kind: 'list', values: ['A群', 'B群'], errorTitle: '群', errorMessage: '群は「A群」か「B群」を選んでください。', promptTitle: '群', prompt: 'A群: 情報システム上の情報資産／B群: A群以外の情報資産' },
    { column: 4, kind: 'list', values: ['レベル1', 'レベル2'], errorTitle: 'レベル', errorMessage: 'レベルは「レベル1」か「レベル2」を選んでください。', promptTitle: 'レベル', prompt: 'レベル1: 基幹系・個人情報・入札等の機密情報／レベル2: 情報系・内部文書' },
  ];
  if (extended) {
    validations.push({ column: 7, kind: 'list', values: ['あり', 'なし'], errorTitle: '個人情報', errorMessage: '「あり」か「なし」を選んでください。', promptTitle: '個人情報', prompt: '個人情報を含むか' });
  }
  return {
    sheetName: '台帳_総務課',
    title: '情報資産台帳（総務課）',
    meta: [
      { label: '課名', value: '総務課', labelCell: 'A2', valueCell: 'B2' },
      { label: '更新日', value: 45383, labelCell: 'C2', valueCell: 'D2', numberFormat: 'yyyy/m/d' },
      { label: '記入者', value: null, labelCell: 'E2', valueCell: 'F2' },
    ],
    legend: [
      { cell: 'A3', text: 'A群: 情報システム上の情報資産　B群: A群以外の情報資産（第5）' },
      { cell: 'A4', text: 'レベル1: 基幹系情報システム、個人情報、入札等の機密情報　レベル2: 情報系情報システム、会議録等の内部文書（第6）' },
    ],
    headerRow: 6,
    headers,
    tableName: 'Ledger_1',
    bodyRows: 20,
    rows: [],
    renumbered: false,
    columnWidths: headers.map((h) => (h === '内容' || h === '備考' ? 40 : 12)),
    wrapColumns: [2, headers.length - 1],
    validations,
    freezeRows: 6,
    print: { orientation: 'landscape', paperSize: 'A4', titleRows: '$6:$6' },
    tag: { policyId: 'hanamaki', templateVersion: '1', department: '総務課' },
  };
}
