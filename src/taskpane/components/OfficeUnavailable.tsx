import { Body1, FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { uiStrings } from '../i18n';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * Shown instead of a blank pane when office.js could not be loaded (offline, CDN blocked by a proxy).
 * Without office.js Office's display language is unknown, so the message is Japanese, with English below it
 * when the browser's language is not Japanese.
 */
export function OfficeUnavailable({ alsoEnglish = false }: { alsoEnglish?: boolean }) {
  const styles = useStyles();
  const t = uiStrings('ja');
  const en = uiStrings('en');
  return (
    <FluentProvider theme={webLightTheme} lang="ja">
      <main className={styles.root}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t['officeUnavailable.title']}</MessageBarTitle>
            {t['officeUnavailable.body']}
          </MessageBarBody>
        </MessageBar>
        <Body1 as="p">{t['officeUnavailable.next']}</Body1>
        {alsoEnglish && (
          <Body1 as="p" lang="en">
            {en['officeUnavailable.title']}. {en['officeUnavailable.body']} {en['officeUnavailable.next']}
          </Body1>
        )}
      </main>
    </FluentProvider>
  );
}
