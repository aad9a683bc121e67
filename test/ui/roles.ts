// The pane shows one role's actions at a time (a tab per role, remembered in localStorage).
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/** Shows a role's tab: 職員 / 情報システム担当 / 監査 (Staff / IT section / Audit). */
export async function openRole(name: string): Promise<void> {
  await userEvent.click(screen.getByRole('tab', { name }));
}
