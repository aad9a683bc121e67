import { Caption1, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { Notice } from '../usePane';
import type { UiCatalogue } from '../i18n';

const useStyles = makeStyles({
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/** The progress bar while an operation runs, and the outcome of the last one (announced politely). */
export function StatusArea({ busy, notice, strings: t }: { busy: boolean; notice: Notice | null; strings: UiCatalogue }) {
  const styles = useStyles();
  return (
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
  );
}
