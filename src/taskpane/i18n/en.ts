import type { UiCatalogue } from './ja';

/** Task pane UI strings, English (when Office's display language is not Japanese). */
export const en: UiCatalogue = {
  'app.title': 'Information Asset Ledger',
  'app.subtitle': 'Create, check, consolidate and audit ledgers as the information security policy requires.',
  'app.outsideExcel': 'This page is open outside Excel. To use it, open it from Ledger Pane on Excel’s Home tab.',
  'section.clerk.title': 'Department staff',
  'section.clerk.hint': 'Create your ledger and check it before you submit it.',
  'section.it.title': 'Information systems section',
  'section.it.hint': 'Bring in every department’s ledger, check them together and consolidate.',
  'section.audit.title': 'Audit',
  'section.audit.hint': 'Check that assets are managed as the policy says, and keep a dated record.',
  'action.insertTemplate': 'Insert ledger',
  'action.validate': 'Check',
  'action.importDepartments': 'Import department files',
  'action.consolidate': 'Consolidate',
  'action.audit': 'Run audit checks',
  'action.notReady': 'Coming soon',
  'officeUnavailable.title': 'Could not connect to Office',
  'officeUnavailable.body':
    'Office’s script (office.js) could not be loaded. Check that this computer can reach Microsoft’s CDN (appsforoffice.microsoft.com), then reopen the task pane.',
  'officeUnavailable.next': 'If that does not help, tell the information systems section that office.js cannot be loaded.',
};
