/**
 * Errors the user can act on come back as data, not exceptions. Office.js rejects a sync with an
 * `OfficeExtension.Error` whose `code` names the cause; we map the ones a clerk can fix to plain Japanese.
 */

import { restoreEvents, wasMuted } from './ownWrites';

export type FailureKind = 'cellEditMode' | 'sheetProtected' | 'payloadTooLarge' | 'busy' | 'notSupported' | 'unexpected';

/** A failed operation, rendered by the task pane: `message` is the next step, `detail` is folded away. */
export interface Failure {
  readonly status: 'failed';
  readonly kind: FailureKind;
  readonly message: string;
  readonly detail: string;
}

const messages: Record<FailureKind, string> = {
  cellEditMode: 'セルの編集を終えてから、もう一度実行してください',
  sheetProtected: 'シートが保護されていて書き込めませんでした。［校閲］タブの［シート保護の解除］で保護を外してから、もう一度実行してください',
  payloadTooLarge: 'データが大きすぎて一度に送れませんでした。シートを分けるか、もう一度実行してください',
  busy: 'Excel が他の処理中です。しばらく待ってから、もう一度実行してください',
  notSupported: 'このバージョンの Excel ではこの機能を使えません',
  unexpected: '処理を完了できませんでした。もう一度実行してください。続く場合は詳細を担当者に伝えてください',
};

/** The Office error code of a rejection, if any. */
export function errorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : null;
  }
  return null;
}

export function failureKind(code: string | null): FailureKind {
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return 'cellEditMode';
    case 'AccessDenied':
      return 'sheetProtected';
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'PayloadTooLarge':
      return 'payloadTooLarge';
    case 'ActivityLimitReached':
    case 'Conflict':
    case 'RequestAborted':
      return 'busy';
    case 'ApiNotFound':
    case 'NotImplemented':
    case 'UnsupportedFeature':
      return 'notSupported';
    default:
      return 'unexpected';
  }
}

/** Turn any rejection of an Excel.run into a Failure. */
export function toFailure(error: unknown): Failure {
  const code = errorCode(error);
  const text = error instanceof Error ? error.message : String(error);
  const kind = failureKind(code);
  return { status: 'failed', kind, message: messages[kind], detail: code ? `${code}: ${text}` : text };
}

/**
 * Run one operation as ONE Excel.run; a rejection becomes a Failure.
 * Programming errors (TypeError…) are data too: the pane must never crash on a host quirk.
 * `delayForCellEdit`: wait until the user leaves cell-edit mode instead of failing (the live check's rechecks).
 * If the operation had switched this add-in's events off around its writes (ownWrites.ts), they go back on.
 */
export async function runOperation<T>(
  body: (context: Excel.RequestContext) => Promise<T>,
  options: { readonly delayForCellEdit?: boolean } = {},
): Promise<T | Failure> {
  let used: Excel.RequestContext | null = null;
  const batch = (context: Excel.RequestContext) => {
    used = context;
    return body(context);
  };
  try {
    return await (options.delayForCellEdit === true ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch));
  } catch (error) {
    if (used !== null && wasMuted(used)) void restoreEvents();
    return toFailure(error);
  }
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && (value as { status?: unknown }).status === 'failed';
}
