import { Field, Input, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { UiCatalogue } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

interface Props {
  strings: UiCatalogue;
  department: string;
  extended: boolean;
  protect: boolean;
  onDepartment: (value: string) => void;
  onExtended: (value: boolean) => void;
  onProtect: (value: boolean) => void;
  /** Enter in the field inserts, as a clerk expects of a one-field form. */
  onSubmit: () => void;
}

/** 台帳を挿入's options: the 課名, the extended-columns switch and the structure-protection switch. */
export function InsertOptions({ strings: t, department, extended, protect, onDepartment, onExtended, onProtect, onSubmit }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Field label={t['insert.department']}>
        <Input
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
