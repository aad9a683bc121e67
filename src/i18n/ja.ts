/** 日本語のメッセージ（既定）。課の職員が読んで、何をどう直せばよいか分かる言葉で。 */
import type { Catalogue } from './types';
import { clip, reasonText, str } from './types';
import type { UnreadableReason } from './types';

const q = (s: string) => `「${clip(s)}」`;

const SAVE_AS_XLSX = 'Excel で開き、「名前を付けて保存」で Excel ブック（.xlsx）として保存し直してください。';
const COPY_AGAIN = '元のファイルをもう一度コピーしてください。';

/** FILE_UNREADABLE: what happened to the file, and what to do. */
const UNREADABLE: Readonly<Record<UnreadableReason, string>> = {
  empty: `空のファイル（0 バイト）です。${COPY_AGAIN}`,
  encrypted: 'パスワードで保護されているため開けません。Excel で開いてパスワードを解除し、保存し直してください。',
  xls: `古い Excel 形式（.xls）のファイルです。${SAVE_AS_XLSX}`,
  ole: `Excel ブックではない Office 文書（Word 文書など）です。台帳のファイルを指定してください。`,
  'not-zip': 'Excel ブックではありません（テキストや PDF など）。台帳のファイルを指定してください。',
  truncated: `ファイルが途中で切れています（コピーやダウンロードが終わっていない可能性があります）。${COPY_AGAIN}`,
  'not-xlsx': 'Excel ブックではない Office 文書（.docx など）です。台帳のファイルを指定してください。',
  corrupt: `ファイルが壊れているため開けません。${SAVE_AS_XLSX}`,
  'not-found': 'ファイルが見つかりません。ファイル名と場所を確認してください。',
  permission: 'ファイルを読む権限がありません。ファイルの権限を確認してください。',
  directory: 'フォルダーが指定されています。ファイルを指定してください。',
  io: `ファイルを読み込めませんでした。${COPY_AGAIN}`,
};

export const ja: Catalogue = {
  issues: {
    LEDGER_HEADER_INVALID: () =>
      '台帳シートに見出し行（番号・情報資産名・内容）が見つかりません。シートの上から30行以内に見出し行を入れてください。',
    COLUMN_MISSING: (p) =>
      p['layout'] === 'form'
        ? 'この様式には「（A群－レベル1）」のような群とレベルの行がありません。表の上に群とレベルを書いた行を入れてください。'
        : `見出しに${q(str(p, 'column'))}の列がありません。${q(str(p, 'column'))}の列を追加してください。`,
    DEPARTMENT_MISSING: () =>
      '課名が分かりません。「課名」欄に課名を入れるか、表題を「情報資産台帳（〇〇課）」の形にしてください。',
    REQUIRED_EMPTY: (p) => `${q(str(p, 'column'))}が空欄です。入力してください。`,
    NUMBER_INVALID: (p) => `番号${q(str(p, 'value'))}は使えません。1以上の整数（1, 2, 3…）を入れてください。`,
    NUMBER_DUPLICATE: (p) =>
      `番号 ${str(p, 'number')} は ${str(p, 'firstCell')} と重複しています。重ならない番号に直してください。`,
    GROUP_INVALID: (p) => `群${q(str(p, 'value'))}は使えません。一覧から「A群」か「B群」を選んでください。`,
    LEVEL_INVALID: (p) => `レベル${q(str(p, 'value'))}は使えません。一覧から「レベル1」か「レベル2」を選んでください。`,
    CELL_ERROR: (p) =>
      `${str(p, 'column') ? `${str(p, 'column')}の` : ''}セルがエラー値${q(str(p, 'value'))}になっています。数式や参照を確認し、正しい値を入れてください。`,
    VALUE_NOT_CANONICAL: (p) =>
      `${str(p, 'column')}${q(str(p, 'value'))}は${q(str(p, 'canonical'))}と書くのが正式です。${q(str(p, 'canonical'))}に直してください（自動修正できます）。`,
    LEVEL1_SUSPECTED: (p) =>
      p['column'] === '個人情報'
        ? '個人情報が「あり」なのにレベル2になっています。個人情報を含むならレベル1にしてください。'
        : `${str(p, 'column')}に${q(str(p, 'indicator'))}とあるのにレベル2になっています。レベル1ではないか確認してください。`,
    GROUP_SUSPECTED: (p) =>
      `${str(p, 'column')}に${q(str(p, 'indicator'))}とあるのに${str(p, 'group')}になっています。${str(p, 'suggested')}ではないか確認してください。`,
    ASSET_NAME_DUPLICATE: (p) =>
      `情報資産名${q(str(p, 'name'))}（${str(p, 'group')}・${str(p, 'level')}）は同じ課の ${str(p, 'firstSheet')} ${str(p, 'firstCell')} にもあります。重複していれば1行にまとめてください。`,
    LEDGER_EMPTY: () => '台帳に情報資産が1件も入力されていません。課で管理している情報資産を入力してください。',
    TEXT_UNTRIMMED: (p) => `${str(p, 'column')}${q(str(p, 'value'))}の前後に空白があります。空白を取り除いてください（自動修正できます）。`,
    ROW_GAP: (p) => `表の途中に空白行が ${str(p, 'count')} 行あります。空白行を削除して詰めてください。`,
    DEPARTMENT_DUPLICATE: (p) =>
      p['layout'] === 'form'
        ? `${q(str(p, 'department'))}の（${str(p, 'group')}－${str(p, 'level')}）の台帳がシート「${str(p, 'firstSheet')}」にもあります。1つにまとめてください。`
        : `${q(str(p, 'department'))}の台帳がシート「${str(p, 'firstSheet')}」にもあります。1つにまとめてください。`,
    CLASSIFICATION_CONFLICT: (p) =>
      `情報資産名${q(str(p, 'name'))}（${str(p, 'group')}）が別の行で異なるレベル（${str(p, 'levels')}）になっています。どちらのレベルが正しいか確認してそろえてください。`,
    DEPARTMENT_NOT_SUBMITTED: (p) => `${q(str(p, 'department'))}の台帳が提出されていません。課に提出を依頼してください。`,
    LEDGER_STALE: (p) =>
      p['updatedOn'] === null
        ? '更新日が入力されていません。台帳を見直して、更新日に今日の日付を入れてください。'
        : `更新日（${str(p, 'updatedOn')}）が今年度（${str(p, 'since')}以降）より前です。台帳を見直して更新日を新しくしてください。`,
    FILE_UNREADABLE: (p) =>
      reasonText(UNREADABLE, p, (reason) => `ファイルを開けませんでした（${reason}）。Excel で開いて .xlsx 形式で保存し直し、パスワードがあれば解除してください。`),
    LEDGER_NOT_FOUND: () => 'このファイルには台帳シートがありません。台帳のシートが含まれているか確認してください。',
  },
  severities: { error: 'エラー', warning: '警告', info: '情報' },
  ruleNames: {
    LEDGER_HEADER_INVALID: '見出し行がない',
    COLUMN_MISSING: '群・レベルの列がない',
    DEPARTMENT_MISSING: '課名が分からない',
    REQUIRED_EMPTY: '必須項目が空欄',
    NUMBER_INVALID: '番号が正しくない',
    NUMBER_DUPLICATE: '番号の重複',
    GROUP_INVALID: '群が正しくない',
    LEVEL_INVALID: 'レベルが正しくない',
    CELL_ERROR: 'セルのエラー値',
    VALUE_NOT_CANONICAL: '正式な書き方でない',
    LEVEL1_SUSPECTED: 'レベル1の可能性',
    GROUP_SUSPECTED: '群の誤りの可能性',
    ASSET_NAME_DUPLICATE: '情報資産名の重複',
    LEDGER_EMPTY: '資産が未記入',
    TEXT_UNTRIMMED: '前後の空白',
    ROW_GAP: '途中の空白行',
    DEPARTMENT_DUPLICATE: '同じ課の台帳が複数',
    CLASSIFICATION_CONFLICT: 'レベルの食い違い',
    DEPARTMENT_NOT_SUBMITTED: '台帳の未提出',
    LEDGER_STALE: '更新日が古いか未記入',
    FILE_UNREADABLE: 'ファイルを開けない',
    LEDGER_NOT_FOUND: '台帳シートがない',
  },
  unknown: (code) => `確認が必要な項目があります（${code}）。`,
};
