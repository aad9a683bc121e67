import type { ReactNode } from 'react';
import { Badge, Button, Caption1, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import { severityLabel } from '../../i18n';
import type { Findings } from '../usePane';
import type { Issue, ReviewMark, Severity } from '../operations';
import { REVIEWABLE_CODES } from '../operations';
import { fill } from '../i18n';
import type { Locale, UiCatalogue } from '../i18n';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0, fontSize: tokens.fontSizeBase300 },
  list: { listStyle: 'none', margin: 0, padding: 0 },
});

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

interface Props {
  findings: Findings | null;
  locale: Locale;
  strings: UiCatalogue;
  busy: boolean;
  onSelect: (issue: Issue) => void;
  onReview: (issue: Issue, reason: string, reviewer: string) => void;
  /** The reviewer's name as last typed in this pane, offered again for the next mark. */
  reviewer: string;
  onClear: () => void;
  onFix: () => void;
}

/** 指摘事項: open findings grouped by severity, then the reviewed keyword warnings listed apart (SPEC §6, §8). */
export function FindingsPanel({ findings, locale, strings: t, busy, onSelect, onReview, reviewer, onClear, onFix }: Props) {
  const styles = useStyles();
  const headingId = useId('findings');
  const reviewedId = useId('reviewed');
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t['findings.title']}
      </Subtitle2>
      {!findings && <Caption1>{t['findings.empty']}</Caption1>}
      {findings && <Caption1>{t['findings.hint']}</Caption1>}
      <div className={styles.tools}>
        <Button onClick={onClear} disabledFocusable={busy}>
          {t['findings.clear']}
        </Button>
        <Button onClick={onFix} disabledFocusable={busy || !findings}>
          {t['fixes.button']}
        </Button>
      </div>
      {findings &&
        SEVERITIES.map((severity) => {
          const issues = findings.open.filter((i) => i.severity === severity);
          if (issues.length === 0) return null;
          return (
            <SeverityGroup key={severity} severity={severity} count={issues.length} locale={locale}>
              {issues.map((issue, n) => (
                <FindingItem
                  key={findingKey(issue, n, issues)}
                  issue={issue}
                  locale={locale}
                  strings={t}
                  onSelect={onSelect}
                  onReview={REVIEWABLE_CODES.includes(issue.code) ? onReview : undefined}
                  reviewer={reviewer}
                />
              ))}
            </SeverityGroup>
          );
        })}
      {findings && findings.reviewed.length > 0 && (
        <section className={styles.group} aria-labelledby={reviewedId}>
          <h3 id={reviewedId} className={styles.heading}>
            {t['review.title']} <Badge appearance="tint" color="subtle">{findings.reviewed.length}</Badge>
          </h3>
          <ul className={styles.list}>
            {findings.reviewed.map(({ issue, mark }, n) => (
              <FindingItem key={`reviewed-${n}`} issue={issue} locale={locale} strings={t} onSelect={onSelect} reviewNote={reviewNote(mark, t)} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

/** Who marked it 確認済み, when and why (marks from before names were recorded have no name). */
function reviewNote(mark: ReviewMark, t: UiCatalogue): string {
  const params = { at: mark.reviewedAt, reason: mark.reason };
  return mark.reviewer ? fill(t['review.note'], { ...params, reviewer: mark.reviewer }) : fill(t['review.noteUnnamed'], params);
}

/**
 * A key that stays with its finding when others leave the list (a warning marked 確認済み), so an open
 * 確認済み form does not jump to the next finding; the position only tells apart two identical findings.
 */
function findingKey(issue: Issue, n: number, all: readonly Issue[]): string {
  const { file, sheet, cell } = issue.location;
  const base = `${issue.code}|${file ?? ''}|${sheet ?? ''}|${cell ?? ''}`;
  const twin = all.findIndex((other, i) => i !== n && other.code === issue.code && other.location.sheet === sheet && other.location.cell === cell && other.location.file === file);
  return twin === -1 ? base : `${base}#${n}`;
}

function SeverityGroup({ severity, count, locale, children }: { severity: Severity; count: number; locale: Locale; children: ReactNode }) {
  const styles = useStyles();
  const id = useId(`severity-${severity}`);
  return (
    <section className={styles.group} aria-labelledby={id}>
      <h3 id={id} className={styles.heading}>
        {severityLabel(severity, locale)} <Badge appearance="filled" color={COLOR[severity]}>{count}</Badge>
      </h3>
      <ul className={styles.list}>{children}</ul>
    </section>
  );
}
