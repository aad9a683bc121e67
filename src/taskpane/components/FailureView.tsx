import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Failure } from '../operations';
import type { UiCatalogue, UiKey } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  detail: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: 'pre-wrap', margin: 0 },
});

/**
 * A failed operation in plain words with the next step (from the pane's catalogue, by the failure's kind);
 * the technical detail is folded away for whoever the user passes it to.
 */
export function FailureView({ failure, strings: t, onDismiss }: { failure: Failure; strings: UiCatalogue; onDismiss: () => void }) {
  const styles = useStyles();
  const next = t[`error.${failure.kind}` as UiKey];
  return (
    <div className={styles.root} role="alert">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t['error.title']}</MessageBarTitle>
          {next}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={onDismiss}>
            {t['error.dismiss']}
          </Button>
        </MessageBarActions>
      </MessageBar>
      <Accordion collapsible>
        <AccordionItem value="detail">
          <AccordionHeader size="small">{t['error.detail']}</AccordionHeader>
          <AccordionPanel>
            <pre className={styles.detail}>{failure.detail}</pre>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
