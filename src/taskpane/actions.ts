import type { UiKey } from './i18n';

/** The task pane's actions (SPEC §8), grouped by the role that uses them. */
export type ActionId = 'insertTemplate' | 'upgradeForms' | 'validate' | 'importDepartments' | 'consolidate' | 'exportForms' | 'audit';

export interface RoleSection {
  id: 'clerk' | 'it' | 'audit';
  /** The short label of the role's tab. */
  tab: UiKey;
  title: UiKey;
  hint: UiKey;
  /**
   * `secondary`: beyond SPEC §8's five main actions, shown only once wired (a pane without them lists just the
   * five, each 準備中 until wired).
   */
  actions: { id: ActionId; label: UiKey; secondary?: true }[];
}

export const ROLE_SECTIONS: readonly RoleSection[] = [
  {
    id: 'clerk',
    tab: 'role.clerk',
    title: 'section.clerk.title',
    hint: 'section.clerk.hint',
    actions: [
      { id: 'insertTemplate', label: 'action.insertTemplate' },
      { id: 'validate', label: 'action.validate' },
      // SPEC §1.3: a 課 that keeps its ledger as 別記様式 forms turns them into the template (every 課 found).
      { id: 'upgradeForms', label: 'action.upgradeForms', secondary: true },
    ],
  },
  {
    id: 'it',
    tab: 'role.it',
    title: 'section.it.title',
    hint: 'section.it.hint',
    actions: [
      { id: 'importDepartments', label: 'action.importDepartments' },
      { id: 'consolidate', label: 'action.consolidate' },
      // SPEC §4: every 課's ledger rendered as the policy's form, for printing.
      { id: 'exportForms', label: 'action.exportForms', secondary: true },
    ],
  },
  {
    id: 'audit',
    tab: 'role.audit',
    title: 'section.audit.title',
    hint: 'section.audit.hint',
    actions: [{ id: 'audit', label: 'action.audit' }],
  },
];

/** Handlers supplied by whoever wires the actions; an action without one is shown disabled as 準備中. */
export type ActionHandlers = Partial<Record<ActionId, () => void>>;
