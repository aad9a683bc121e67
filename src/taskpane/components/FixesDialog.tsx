import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Fix } from '../operations';
import { fill } from '../i18n';
import type { UiCatalogue } from '../i18n';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '1.2em', maxHeight: '40vh', overflowY: 'auto', overflowWrap: 'anywhere' },
  cell: { fontWeight: tokens.fontWeightSemibold },
});

/** Shows exactly what 自動修正 will change; nothing is written until the user confirms. */
export function FixesDialog({ fixes, strings: t, onApply, onCancel }: { fixes: Fix[]; strings: UiCatalogue; onApply: () => void; onCancel: () => void }) {
  const styles = useStyles();
  return (
    <Dialog open modalType="alert" onOpenChange={(_e, d) => (d.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t['fixes.confirmTitle']}</DialogTitle>
          <DialogContent>
            <p>{t['fixes.confirmBody']}</p>
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
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onApply}>
              {t['fixes.apply']}
            </Button>
            <Button onClick={onCancel}>{t['fixes.cancel']}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
