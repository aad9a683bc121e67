import { Body1, Caption1, Divider, FluentProvider, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ROLE_SECTIONS } from '../actions';
import type { ActionHandlers, RoleSection } from '../actions';
import { uiStrings } from '../i18n';
import type { Locale } from '../i18n';
import { RoleSectionView } from './RoleSectionView';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    // The task pane can be ~300 px wide: let long Japanese lines wrap anywhere rather than overflow.
    overflowWrap: 'anywhere',
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  notice: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

export interface AppProps {
  locale: Locale;
  theme: Theme;
  insideExcel: boolean;
  /** Actions wired so far; the rest stay disabled and say 準備中. */
  actions?: ActionHandlers;
  /** Controls shown in a role's section above its buttons (e.g. the 課名 field). */
  extras?: Partial<Record<RoleSection['id'], ReactNode>>;
  /** While an operation runs, the action buttons are disabled (still focusable). */
  busy?: boolean;
  /** Shown below the sections: progress, messages, findings. */
  children?: ReactNode;
}

/** The task pane: a header and one section per role with its main actions (SPEC §8). */
export function App({ locale, theme, insideExcel, actions = {}, extras = {}, busy = false, children }: AppProps) {
  const styles = useStyles();
  const t = uiStrings(locale);
  return (
    <FluentProvider theme={theme} lang={locale}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">{t['app.title']}</Title3>
          <Caption1>{t['app.subtitle']}</Caption1>
        </header>
        {!insideExcel && (
          <Body1 as="p" role="status" className={styles.notice}>
            {t['app.outsideExcel']}
          </Body1>
        )}
        {ROLE_SECTIONS.map((section, i) => (
          <div key={section.id}>
            {i > 0 && <Divider />}
            <RoleSectionView section={section} strings={t} actions={actions} extra={extras[section.id]} busy={busy} />
          </div>
        ))}
        {children}
      </main>
    </FluentProvider>
  );
}
