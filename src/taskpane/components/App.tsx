import { Body1, Caption1, FluentProvider, Tab, TabList, Title3, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ROLE_SECTIONS } from '../actions';
import type { ActionHandlers, RoleSection } from '../actions';
import { uiStrings } from '../i18n';
import type { Locale } from '../i18n';
import { useRememberedRole } from '../rememberedRole';
import type { RoleId } from '../rememberedRole';
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
  embedded: { minHeight: 'auto' },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  notice: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  tabs: { flexWrap: 'wrap', marginInline: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
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
  /** The outcome of the last action (progress, message), right under the role's buttons. */
  status?: ReactNode;
  /** Shown below the role's panel: the findings. */
  children?: ReactNode;
  /** Inside another page (the preview), which has its own main landmark: the pane is not a second one. */
  embedded?: boolean;
}

/**
 * The task pane: a header, one tab per role (remembered) with that role's actions, the outcome of an action
 * right under them, and the findings below (SPEC §8).
 */
export function App({ locale, theme, insideExcel, actions = {}, extras = {}, busy = false, status, children, embedded = false }: AppProps) {
  const styles = useStyles();
  const t = uiStrings(locale);
  const [role, setRole] = useRememberedRole();
  const ids = useId('role');
  const section = ROLE_SECTIONS.find((s) => s.id === role) ?? (ROLE_SECTIONS[0] as RoleSection);
  const Root = embedded ? 'div' : 'main';
  return (
    <FluentProvider theme={theme} lang={locale}>
      <Root className={embedded ? `${styles.root} ${styles.embedded}` : styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">{t['app.title']}</Title3>
          <Caption1>{t['app.subtitle']}</Caption1>
        </header>
        {!insideExcel && (
          <Body1 as="p" role="status" className={styles.notice}>
            {t['app.outsideExcel']}
          </Body1>
        )}
        <TabList className={styles.tabs} aria-label={t['role.label']} selectedValue={section.id} onTabSelect={(_e, d) => setRole(d.value as RoleId)}>
          {ROLE_SECTIONS.map((s) => (
            <Tab key={s.id} id={`${ids}-${s.id}`} value={s.id} aria-controls={`${ids}-panel`}>
              {t[s.tab]}
            </Tab>
          ))}
        </TabList>
        <div role="tabpanel" id={`${ids}-panel`} aria-labelledby={`${ids}-${section.id}`} className={styles.panel}>
          <RoleSectionView section={section} strings={t} actions={actions} extra={extras[section.id]} busy={busy} />
          {status}
        </div>
        {children}
      </Root>
    </FluentProvider>
  );
}
