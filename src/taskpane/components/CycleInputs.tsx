import { useRef } from 'react';
import { Button, Caption1, Field, makeStyles, tokens } from '@fluentui/react-components';
import type { UiCatalogue } from '../i18n';
import { fill } from '../i18n';
import type { ImportFile } from '../operations';
import type { CycleInputs as Inputs } from '../useCycleInputs';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  notes: { display: 'flex', flexDirection: 'column', margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  // A native textarea in the theme's colours: Fluent's Textarea would add ~4 KB gzipped to the pane's initial
  // JavaScript (SPEC §9: 200 KB) for a field that needs none of its features.
  list: {
    boxSizing: 'border-box',
    width: '100%',
    minHeight: '5em',
    resize: 'vertical',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ':focus': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}`, outlineOffset: '-1px' },
  },
});

interface Props {
  strings: UiCatalogue;
  inputs: Inputs;
  busy: boolean;
  /** A picked file that could not even be read into memory. */
  onError: (error: unknown) => void;
}

/**
 * 集計する's inputs for the yearly cycle (issue 12): the expected 課 (typed, pasted, or read from the selected cells)
 * for 提出状況, and last year's summary (a file picker) for 前年度比較. Self-contained, so it can sit wherever the
 * information systems section's actions are.
 */
export function CycleInputs({ strings: t, inputs, busy, onError }: Props) {
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const { list, previous } = inputs;
  return (
    <div className={styles.root}>
      <Field
        label={t['cycle.listLabel']}
        hint={list.departments.length > 0 ? fill(t['cycle.listCount'], { count: list.departments.length }) : t['cycle.listHint']}
      >
        {(control) => <textarea {...control} className={styles.list} rows={3} value={inputs.listText} onChange={(e) => inputs.setListText(e.currentTarget.value)} />}
      </Field>
      {list.duplicates.length > 0 && (
        <ul className={styles.notes} aria-live="polite">
          {list.duplicates.map((d) => (
            <li key={d.line}>
              <Caption1>{fill(t['cycle.listDuplicate'], { line: d.line, name: d.name, firstLine: d.firstLine, first: d.first })}</Caption1>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.row}>
        <Button onClick={() => void inputs.readListFromSheet()} disabledFocusable={busy}>
          {t['cycle.listRead']}
        </Button>
      </div>
      <Field label={t['cycle.previousLabel']} hint={previous ? null : t['cycle.previousNone']}>
        <div className={styles.row}>
          {previous && <Caption1>{fill(t['cycle.previousChosen'], { file: previous.previous.label, departments: previous.departments, assets: previous.previous.assets.length })}</Caption1>}
          <Button onClick={() => picker.current?.click()} disabledFocusable={busy}>
            {t['cycle.previousPick']}
          </Button>
          {previous && (
            <Button appearance="subtle" onClick={inputs.clearPrevious} disabledFocusable={busy}>
              {t['cycle.previousClear']}
            </Button>
          )}
        </div>
      </Field>
      <input
        ref={picker}
        type="file"
        accept=".xlsx,.xlsm,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet"
        aria-label={t['cycle.previousPickerLabel']}
        hidden
        onChange={async (e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          input.value = ''; // picking the same file again must fire change again
          if (!file) return;
          let read: ImportFile;
          try {
            read = { name: file.name, data: await file.arrayBuffer() };
          } catch (error) {
            onError(error);
            return;
          }
          await inputs.pickPrevious(read);
        }}
      />
    </div>
  );
}
