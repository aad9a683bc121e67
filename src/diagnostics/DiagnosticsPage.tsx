/**
 * 診断: runs the conformance cases and the operation probe in a scratch area of the open workbook, then shows a
 * Japanese summary and the JSON report to copy. Opened from the task pane's 「診断」 link; it changes no ledger.
 */
import { useState } from 'react';
import { Body1, Button, FluentProvider, Link, ProgressBar, Textarea, Title3, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import { runDiagnostics } from './run';
import type { DiagnosticsOptions } from './run';
import type { DiagnosticsReport } from './report';
import { summaryLines } from './report';

export interface DiagnosticsPageProps {
  readonly options: Omit<DiagnosticsOptions, 'onProgress'>;
  readonly theme?: Theme;
  /** False outside Excel (a plain browser tab): nothing to run. */
  readonly insideExcel: boolean;
}

export function DiagnosticsPage({ options, theme, insideExcel }: DiagnosticsPageProps) {
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<DiagnosticsReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const json = report ? JSON.stringify(report, null, 2) : '';

  const start = async () => {
    setError(null);
    setReport(null);
    setProgress(0);
    try {
      setReport(await runDiagnostics({ ...options, onProgress: (done, total) => setProgress(done / total) }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    setProgress(null);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(json);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <FluentProvider theme={theme ?? webLightTheme}>
      <main style={{ padding: 12, display: 'flex', flexDirection: 'column', gap: 10 }}>
        <Title3 as="h1">診断</Title3>
        <Body1>
          この Excel が、アドインの前提とする動きをするかを確かめます。作業用のシート（名前が「_診断_」で始まるもの）と診断用の台帳を一時的に作り、終わると削除します。
          お使いの台帳は変更しません。数十秒かかります。
        </Body1>
        {!insideExcel && <Body1>Excel の中で開いたときだけ実行できます。</Body1>}
        <Button appearance="primary" disabled={!insideExcel || progress !== null} onClick={() => void start()}>
          診断を実行
        </Button>
        {progress !== null && <ProgressBar value={progress} aria-label="診断の進み具合" />}
        {error && <Body1 role="alert">診断を完了できませんでした: {error}</Body1>}
        {report && (
          <section aria-label="診断の結果">
            {summaryLines(report).map((line) => (
              <Body1 as="p" key={line}>
                {line}
              </Body1>
            ))}
            <Textarea readOnly value={json} aria-label="診断結果（JSON）" resize="vertical" style={{ width: '100%', minHeight: 200, fontFamily: 'monospace' }} />
            <Button onClick={() => void copy()}>{copied ? 'コピーしました' : 'JSON をコピー'}</Button>
          </section>
        )}
        <Link href="taskpane.html">作業ウィンドウに戻る</Link>
      </main>
    </FluentProvider>
  );
}
