import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { fill } from '../taskpane/i18n';
import type { PreviewStrings } from './i18n';
import type { GridAlert } from './useCellEditing';

type Choice = 'retry' | 'cancel' | 'accept' | 'ok';

/** The buttons Excel offers for each alert (Stop: 再試行/キャンセル; Warning: はい/いいえ/キャンセル; Information: OK/キャンセル). */
function buttonsFor(alert: GridAlert, s: PreviewStrings): { label: string; choice: Choice }[] {
  if (alert.kind !== 'invalid') return [{ label: s['alert.ok'], choice: 'ok' }];
  if (alert.style === 'stop') return [{ label: s['alert.retry'], choice: 'retry' }, { label: s['alert.cancel'], choice: 'cancel' }];
  if (alert.style === 'warning')
    return [
      { label: s['alert.yes'], choice: 'accept' },
      { label: s['alert.no'], choice: 'retry' },
      { label: s['alert.cancel'], choice: 'cancel' },
    ];
  return [{ label: s['alert.ok'], choice: 'accept' }, { label: s['alert.cancel'], choice: 'cancel' }];
}

/** Excel's message box over the grid: a protected cell, a refused write, or a typed value the validation stops. */
export function GridAlertDialog({ alert, strings: s, onAnswer }: { alert: GridAlert; strings: PreviewStrings; onAnswer: (c: Choice) => void }) {
  const title = alert.kind === 'invalid' ? alert.validation.errorAlert.title || s['alert.defaultTitle'] : s['alert.defaultTitle'];
  const message =
    alert.kind === 'protected'
      ? s['alert.protected']
      : alert.kind === 'failed'
        ? fill(s['alert.failed'], { detail: alert.detail })
        : alert.validation.errorAlert.message || s['alert.defaultMessage'];
  const buttons = buttonsFor(alert, s);
  // Closing the box (Esc) is Excel's Cancel.
  const dismiss: Choice = buttons.some((b) => b.choice === 'cancel') ? 'cancel' : 'ok';
  return (
    <Dialog open modalType="alert" onOpenChange={(_e, d) => (d.open ? undefined : onAnswer(dismiss))}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            <p style={{ whiteSpace: 'pre-wrap' }}>{message}</p>
            {alert.kind === 'invalid' && alert.style === 'warning' && <p>{s['alert.continue']}</p>}
          </DialogContent>
          <DialogActions>
            {buttons.map((b, i) => (
              <Button key={b.choice} appearance={i === 0 ? 'primary' : 'secondary'} onClick={() => onAnswer(b.choice)}>
                {b.label}
              </Button>
            ))}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
