import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { Caption1, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { Notice } from '../usePane';
import type { Progress } from '../operations';
import { fill } from '../i18n';
import type { UiCatalogue } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, outline: 'none' },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

interface Props {
  busy: boolean;
  /** How far the running operation is, when it can tell (else the bar is indeterminate). */
  progress?: Progress | null;
  notice: Notice | null;
  strings: UiCatalogue;
  /** Changes each time an action ends with something to say: focus moves here (and scrolls it into view). */
  focusOn: number;
  /** A failure, shown in the same place. */
  children?: ReactNode;
}

/** 「3 / 12 ファイル」, 「シート 4 / 50」. */
function howFar(p: Progress, t: UiCatalogue): string {
  return fill(t[p.unit === 'file' ? 'progress.files' : 'progress.sheets'], { done: p.done, total: p.total });
}

/**
 * The progress bar while an operation runs, and the outcome of the last one, right under the action that led
 * to it. When an action ends, focus moves here, so a screen reader reads the outcome and it scrolls into view.
 */
export function StatusArea({ busy, progress = null, notice, strings: t, focusOn, children }: Props) {
  const styles = useStyles();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOn > 0) root.current?.focus();
  }, [focusOn]);
  return (
    <div ref={root} className={styles.root} tabIndex={-1} role="group" aria-label={t['status.label']}>
      <div aria-live="polite">
        {busy && (
          <div className={styles.progress}>
            <Caption1>{progress ? `${t['progress.running']} ${howFar(progress, t)}` : t['progress.running']}</Caption1>
            {progress && progress.total > 0 ? (
              <ProgressBar aria-label={t['progress.running']} aria-valuetext={howFar(progress, t)} value={progress.done} max={progress.total} />
            ) : (
              <ProgressBar aria-label={t['progress.running']} />
            )}
          </div>
        )}
        {!busy && notice && (
          <MessageBar intent={notice.intent} layout="multiline">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {children}
    </div>
  );
}
