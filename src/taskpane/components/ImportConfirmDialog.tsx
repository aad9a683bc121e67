import type { UiCatalogue } from '../i18n';
import { ConfirmDialog } from './ConfirmDialog';

/** A re-imported 課 replaces only the copy an earlier import made, and only after the user says so (SPEC §4). */
export function ImportConfirmDialog({ sheets, strings: t, onConfirm, onCancel }: { sheets: string[]; strings: UiCatalogue; onConfirm: () => void; onCancel: () => void }) {
  return (
    <ConfirmDialog
      title={t['import.confirmTitle']}
      body={t['import.confirmBody']}
      confirmLabel={t['import.confirmReplace']}
      cancelLabel={t['fixes.cancel']}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <ul>
        {sheets.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </ConfirmDialog>
  );
}
