import { Button, Caption1, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ActionHandlers, RoleSection } from '../actions';
import type { UiCatalogue } from '../i18n';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
  action: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  button: { minWidth: '12em' },
  pending: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  section: RoleSection;
  strings: UiCatalogue;
  actions: ActionHandlers;
  extra?: ReactNode;
  busy?: boolean;
}

/** One role's section: heading, a line on what it is for, and its action buttons. */
export function RoleSectionView({ section, strings: t, actions, extra, busy = false }: Props) {
  const styles = useStyles();
  const headingId = useId(`section-${section.id}`);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t[section.title]}
      </Subtitle2>
      <Caption1>{t[section.hint]}</Caption1>
      {extra}
      {section.actions.map((action) =>
        action.secondary && !actions[action.id] ? null : (
          <ActionButton key={action.id} label={t[action.label]} pendingNote={t['action.notReady']} onClick={actions[action.id]} busy={busy} />
        ),
      )}
    </section>
  );
}

function ActionButton({ label, pendingNote, onClick, busy }: { label: string; pendingNote: string; onClick: (() => void) | undefined; busy: boolean }) {
  const styles = useStyles();
  const noteId = useId('pending');
  if (onClick) {
    return (
      <div className={styles.action}>
        <Button appearance="primary" className={styles.button} onClick={onClick} disabledFocusable={busy}>
          {label}
        </Button>
      </div>
    );
  }
  // Not wired yet: disabled but still focusable, so keyboard and screen-reader users find it and hear 準備中.
  return (
    <div className={styles.action}>
      <Button className={styles.button} disabledFocusable aria-describedby={noteId}>
        {label}
      </Button>
      <Caption1 id={noteId} className={styles.pending}>
        {pendingNote}
      </Caption1>
    </div>
  );
}
