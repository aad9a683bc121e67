import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { UiCatalogue } from '../i18n';

/** A re-imported 課 replaces only the copy an earlier import made, and only after the user says so (SPEC §4). */
export function ImportConfirmDialog({ sheets, strings: t, onConfirm, onCancel }: { sheets: string[]; strings: UiCatalogue; onConfirm: () => void; onCancel: () => void }) {
  return (
    <Dialog open modalType="alert" onOpenChange={(_e, d) => (d.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t['import.confirmTitle']}</DialogTitle>
          <DialogContent>
            <p>{t['import.confirmBody']}</p>
            <ul>
              {sheets.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t['import.confirmReplace']}
            </Button>
            <Button onClick={onCancel}>{t['fixes.cancel']}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
