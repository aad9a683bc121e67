import { useEffect, useRef } from 'react';
import { Field, Input, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { UiCatalogue } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

interface Props {
  strings: UiCatalogue;
  department: string;
  /** Shown under the field (Fluent Field's validation message) when 台帳を挿入 needs a 課名. */
  departmentError: string | null;
  extended: boolean;
  protect: boolean;
  onDepartment: (value: string) => void;
  onExtended: (value: boolean) => void;
  onProtect: (value: boolean) => void;
  /** Enter in the field inserts, as a clerk expects of a one-field form. */
  onSubmit: () => void;
}

/** 台帳を挿入's options: the 課名, the extended-columns switch and the structure-protection switch. */
export function InsertOptions({ strings: t, department, departmentError, extended, protect, onDepartment, onExtended, onProtect, onSubmit }: Props) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  // The message is read out with the field (aria-describedby) when focus returns to it.
  useEffect(() => {
    if (departmentError) input.current?.focus();
  }, [departmentError]);
  return (
    <div className={styles.root}>
      <Field label={t['insert.department']} validationState={departmentError ? 'error' : 'none'} validationMessage={departmentError}>
        <Input
          input={{ ref: input }}
          value={department}
          placeholder={t['insert.departmentHint']}
          onChange={(_e, d) => onDepartment(d.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onSubmit();
          }}
        />
      </Field>
      <Switch checked={extended} label={t['insert.extended']} onChange={(_e, d) => onExtended(d.checked)} />
      <Switch checked={protect} label={t['insert.protect']} onChange={(_e, d) => onProtect(d.checked)} />
    </div>
  );
}
