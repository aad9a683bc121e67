import { Caption1, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import { signed } from '../../i18n';
import { matrixDifference } from '../../ledger/matrix';
import { fill } from '../i18n';
import type { UiCatalogue } from '../i18n';
import type { AuditComparison } from '../usePane';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'start' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

/**
 * After 監査チェックを実行: the assets per 群－レベル now, in the previous 監査結果 record, and the change (issue 12,
 * 第9). Says so plainly when there is no earlier record, or when it predates the per-群－レベル counts.
 */
export function AuditDifference({ audit, strings: t }: { audit: AuditComparison; strings: UiCatalogue }) {
  const styles = useStyles();
  const headingId = useId('audit-difference');
  const { previous } = audit;
  const body = (() => {
    if (previous === null) return <Caption1>{t['auditDiff.first']}</Caption1>;
    if (previous.matrix === null) return <Caption1>{fill(t['auditDiff.noMatrix'], { sheet: previous.sheet })}</Caption1>;
    const before = previous.matrix;
    const change = matrixDifference(audit.matrix, before);
    return (
      <>
        <Caption1>{fill(t['auditDiff.since'], { sheet: previous.sheet, ranAt: previous.ranAt ?? '' })}</Caption1>
        <table className={styles.table} aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>
                {t['auditDiff.category']}
              </th>
              <th scope="col" className={`${styles.cell} ${styles.number}`}>
                {t['auditDiff.before']}
              </th>
              <th scope="col" className={`${styles.cell} ${styles.number}`}>
                {t['auditDiff.after']}
              </th>
              <th scope="col" className={`${styles.cell} ${styles.number}`}>
                {t['auditDiff.change']}
              </th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(change).map(([category, delta]) => (
              <tr key={category}>
                <th scope="row" className={styles.cell}>
                  {category}
                </th>
                <td className={`${styles.cell} ${styles.number}`}>{before[category] ?? 0}</td>
                <td className={`${styles.cell} ${styles.number}`}>{audit.matrix[category] ?? 0}</td>
                <td className={`${styles.cell} ${styles.number}`}>{signed(delta)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    );
  })();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t['auditDiff.title']}
      </Subtitle2>
      {body}
    </section>
  );
}
