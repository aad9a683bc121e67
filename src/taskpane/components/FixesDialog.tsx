import { makeStyles, tokens } from '@fluentui/react-components';
import type { Fix } from '../operations';
import { fill } from '../i18n';
import type { UiCatalogue } from '../i18n';
import { ConfirmDialog } from './ConfirmDialog';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '1.2em', maxHeight: '40vh', overflowY: 'auto', overflowWrap: 'anywhere' },
  cell: { fontWeight: tokens.fontWeightSemibold },
});

/** Shows exactly what 自動修正 will change; nothing is written until the user confirms. */
export function FixesDialog({ fixes, strings: t, onApply, onCancel }: { fixes: Fix[]; strings: UiCatalogue; onApply: () => void; onCancel: () => void }) {
  const styles = useStyles();
  return (
    <ConfirmDialog
      title={t['fixes.confirmTitle']}
      body={t['fixes.confirmBody']}
      confirmLabel={t['fixes.apply']}
      cancelLabel={t['fixes.cancel']}
      onConfirm={onApply}
      onCancel={onCancel}
    >
      <ul className={styles.list}>
        {fixes.map((f) => (
          <li key={`${f.sheet}!${f.cell}`}>
            <span className={styles.cell}>
              {f.sheet}!{f.cell}
            </span>{' '}
            {fill(t['fixes.oldNew'], { old: `「${f.oldText}」`, new: `「${String(f.newValue)}」` })}
          </li>
        ))}
      </ul>
    </ConfirmDialog>
  );
}
