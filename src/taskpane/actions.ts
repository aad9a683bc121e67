import type { UiKey } from './i18n';

/** The task pane's main actions (SPEC §8), grouped by the role that uses them. */
export type ActionId = 'insertTemplate' | 'validate' | 'importDepartments' | 'consolidate' | 'audit';

export interface RoleSection {
  id: 'clerk' | 'it' | 'audit';
  title: UiKey;
  hint: UiKey;
  actions: { id: ActionId; label: UiKey }[];
}

export const ROLE_SECTIONS: readonly RoleSection[] = [
  {
    id: 'clerk',
    title: 'section.clerk.title',
    hint: 'section.clerk.hint',
    actions: [
      { id: 'insertTemplate', label: 'action.insertTemplate' },
      { id: 'validate', label: 'action.validate' },
    ],
  },
  {
    id: 'it',
    title: 'section.it.title',
    hint: 'section.it.hint',
    actions: [
      { id: 'importDepartments', label: 'action.importDepartments' },
      { id: 'consolidate', label: 'action.consolidate' },
    ],
  },
  {
    id: 'audit',
    title: 'section.audit.title',
    hint: 'section.audit.hint',
    actions: [{ id: 'audit', label: 'action.audit' }],
  },
];

/** Handlers supplied by whoever wires the actions; an action without one is shown disabled as 準備中. */
export type ActionHandlers = Partial<Record<ActionId, () => void>>;
