import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { Caption1, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { Notice } from '../usePane';
import type { UiCatalogue } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, outline: 'none' },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

interface Props {
  busy: boolean;
  notice: Notice | null;
  strings: UiCatalogue;
  /** Changes each time an action ends with something to say: focus moves here (and scrolls it into view). */
  focusOn: number;
  /** A failure, shown in the same place. */
  children?: ReactNode;
}

/**
 * The progress bar while an operation runs, and the outcome of the last one, right under the action that led
 * to it. When an action ends, focus moves here, so a screen reader reads the outcome and it scrolls into view.
 */
export function StatusArea({ busy, notice, strings: t, focusOn, children }: Props) {
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
            <Caption1>{t['progress.running']}</Caption1>
            <ProgressBar aria-label={t['progress.running']} />
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
