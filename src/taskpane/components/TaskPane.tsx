import { useRef, useState } from 'react';
import { Divider } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import { uiStrings } from '../i18n';
import type { Locale } from '../i18n';
import type { ImportFile } from '../operations';
import { usePane } from '../usePane';
import { useCycleInputs } from '../useCycleInputs';
import { App } from './App';
import { AuditDifference } from './AuditDifference';
import { CycleInputs } from './CycleInputs';
import { FailureView } from './FailureView';
import { FindingsPanel } from './FindingsPanel';
import { FixesDialog } from './FixesDialog';
import { ImportConfirmDialog } from './ImportConfirmDialog';
import { InsertOptions } from './InsertOptions';
import { StatusArea } from './StatusArea';

export interface TaskPaneProps {
  locale: Locale;
  theme: Theme;
  insideExcel: boolean;
  /** Inside the preview page (which has its own main landmark). */
  embedded?: boolean;
}

/** Reads the picked files in the pane (they never leave it: no upload, no storage). */
async function readFiles(list: FileList | null): Promise<ImportFile[]> {
  return Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, data: await f.arrayBuffer() })));
}

/** The working task pane: the role sections with their actions wired to the Excel operations (SPEC §8). */
export function TaskPane({ locale, theme, insideExcel, embedded = false }: TaskPaneProps) {
  const t = uiStrings(locale);
  const { state, handlers } = usePane(t, insideExcel);
  // 提出状況 and 前年度比較's inputs: kept in this pane's memory only (SPEC §11).
  const cycle = useCycleInputs(t, locale, handlers.perform);
  const [department, setDepartment] = useState('');
  const [extended, setExtended] = useState(false);
  // SPEC §1.1: structure protection is a setting, off by default.
  const [protect, setProtect] = useState(false);
  // Who marks warnings 確認済み: offered again for the next mark while the pane is open, and recorded with each
  // mark in the workbook. Deliberately not kept in browser storage: a name identifies a person (on a shared PC the
  // next user would be offered it), and the workbook's registry is where the record belongs.
  const [reviewer, setReviewer] = useState('');
  const picker = useRef<HTMLInputElement>(null);
  const insert = () => void handlers.insertTemplate(department, extended, protect);

  const extras = {
    clerk: (
      <InsertOptions
        strings={t}
        department={department}
        departmentError={state.departmentError}
        extended={extended}
        protect={protect}
        onDepartment={(value) => {
          setDepartment(value);
          if (state.departmentError) handlers.departmentEdited();
        }}
        onExtended={setExtended}
        onProtect={setProtect}
        onSubmit={insert}
      />
    ),
    it: (
      <input
        ref={picker}
        type="file"
        multiple
        accept=".xlsx,.xlsm,.ods,.csv,.txt,.xls,.xlsb,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12,application/vnd.oasis.opendocument.spreadsheet,text/csv"
        aria-label={t['import.pickerLabel']}
        hidden
        onChange={async (e) => {
          const input = e.currentTarget;
          const read = readFiles(input.files);
          input.value = ''; // picking the same files again must fire change again
          await read.then(
            (files) => (files.length > 0 ? handlers.importFiles(files) : undefined),
            (error: unknown) => handlers.fail(error),
          );
        }}
      />
    ),
  };

  // 集計する's inputs sit above the section's buttons, before the import's (hidden) file picker.
  const cycleInputs = <CycleInputs strings={t} inputs={cycle} busy={state.busy} onError={handlers.fail} />;

  return (
    <App
      locale={locale}
      theme={theme}
      insideExcel={insideExcel}
      embedded={embedded}
      busy={state.busy}
      extras={{
        ...extras,
        it: (
          <>
            {cycleInputs}
            {extras.it}
          </>
        ),
      }}
      actions={{
        insertTemplate: insert,
        validate: () => void handlers.validate(),
        importDepartments: () => picker.current?.click(),
        upgradeForms: () => void handlers.upgradeForms(),
        consolidate: () => void handlers.consolidate(cycle.consolidateOptions()),
        exportForms: () => void handlers.exportForms(),
        audit: () => void handlers.audit(),
      }}
      status={
        <StatusArea busy={state.busy} progress={state.progress} notice={state.notice} strings={t} focusOn={state.outcome}>
          {state.failure && <FailureView failure={state.failure} strings={t} onDismiss={handlers.dismissFailure} />}
        </StatusArea>
      }
    >
      <Divider />
      {state.audit && <AuditDifference audit={state.audit} strings={t} />}
      <FindingsPanel
        findings={state.findings}
        locale={locale}
        strings={t}
        busy={state.busy}
        onSelect={(issue) => void handlers.select(issue)}
        onReview={(issue, reason, name) => {
          setReviewer(name);
          void handlers.markReviewed(issue, reason, name);
        }}
        reviewer={reviewer}
        onClear={() => void handlers.clearMarkers()}
        onFix={handlers.proposeFixes}
      />
      {state.proposedFixes && (
        <FixesDialog fixes={state.proposedFixes} strings={t} onApply={() => void handlers.applyFixes()} onCancel={handlers.cancelFixes} />
      )}
      {state.pendingImport && (
        <ImportConfirmDialog
          sheets={state.pendingImport.replacements}
          strings={t}
          onConfirm={() => state.pendingImport && void handlers.importFiles(state.pendingImport.files, true)}
          onCancel={handlers.cancelImport}
        />
      )}
    </App>
  );
}
