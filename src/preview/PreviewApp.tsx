import { useEffect, useReducer, useRef, useState } from 'react';
import {
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { TaskPane } from '../taskpane/components/TaskPane';
import { fill } from '../taskpane/i18n';
import type { Locale } from '../taskpane/i18n';
import { Grid } from './Grid';
import { previewStrings } from './i18n';
import type { ExcelRuntime } from './runtime';
import { downloadWorkbook, insertSample, openWorkbook } from './workbookFiles';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    height: '100vh',
    boxSizing: 'border-box',
    '@media (max-width: 760px)': { flexDirection: 'column', height: 'auto' },
  },
  book: {
    flexGrow: 1,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    '@media (max-width: 760px)': { height: '75vh' },
  },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { marginInlineEnd: 'auto' },
  tabs: { overflowX: 'auto', flexShrink: 0 },
  pane: {
    width: '340px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 760px)': { width: 'auto', borderLeft: 'none', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  },
});

/**
 * The preview (SPEC §8): an in-browser workbook on the in-memory Excel runtime, beside the very task pane the
 * add-in ships, which drives it through the same src/excel operations. Page and pane speak the same language.
 */
export function PreviewApp({ initial, locale }: { initial: ExcelRuntime; locale: Locale }) {
  const styles = useStyles();
  const s = previewStrings(locale);
  const [runtime, setRuntime] = useState(initial);
  const [generation, setGeneration] = useState(0);
  const [fileName, setFileName] = useState('情報資産台帳.xlsx');
  const [message, setMessage] = useState<{ intent: 'error' | 'success'; text: string } | null>(null);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const opener = useRef<HTMLInputElement>(null);
  useEffect(() => runtime.subscribe(redraw), [runtime]);

  const wb = runtime.workbook;
  const sheets = wb.sheets.filter((x) => !x.deleted && x.visibility === 'Visible');
  const active = sheets.find((x) => x === wb.activeSheet) ?? sheets[0];

  const open = async (file: File | undefined) => {
    if (!file) return;
    try {
      const next = await openWorkbook(file);
      setRuntime(next);
      setGeneration((g) => g + 1); // a new workbook: the pane starts afresh (its findings were for the old one)
      setFileName(file.name);
      setMessage({ intent: 'success', text: fill(s['bar.opened'], { name: file.name }) });
    } catch (error) {
      setMessage({ intent: 'error', text: fill(s['bar.openFailed'], { name: file.name, detail: String(error) }) });
    }
  };
  const save = async () => {
    try {
      await downloadWorkbook(runtime, fileName);
    } catch (error) {
      setMessage({ intent: 'error', text: fill(s['bar.saveFailed'], { detail: String(error) }) });
    }
  };
  const sample = async () => {
    const r = await insertSample(runtime);
    if (r.status === 'failed') setMessage({ intent: 'error', text: fill(s['bar.sampleFailed'], { detail: r.detail }) });
    else if (r.status === 'exists') setMessage({ intent: 'error', text: fill(s['bar.sampleExists'], { department: r.department, sheet: r.sheet }) });
    else setMessage({ intent: 'success', text: fill(s['bar.sampleDone'], { sheet: r.sheet }) });
  };

  return (
    <div className={styles.root}>
      <main className={styles.book} aria-label={s['book.label']}>
        <div className={styles.bar}>
          <Title3 as="h1" className={styles.title}>
            {s['bar.title']}
          </Title3>
          <Button onClick={() => opener.current?.click()}>{s['bar.open']}</Button>
          <input ref={opener} type="file" accept=".xlsx" hidden aria-label={s['bar.openLabel']} onChange={(e) => void open(e.currentTarget.files?.[0])} />
          <Button onClick={() => void save()}>{s['bar.save']}</Button>
          <Button onClick={() => void sample()}>{s['bar.sample']}</Button>
          <Link href="#guide">{s['bar.guide']}</Link>
        </div>
        <Caption1>{s['bar.about']}</Caption1>
        {message && (
          <MessageBar intent={message.intent} layout="multiline">
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
        {active && <Grid key={active.id} runtime={runtime} sheet={active} strings={s} />}
        <TabList
          className={styles.tabs}
          size="small"
          aria-label={s['book.sheets']}
          selectedValue={active?.id ?? ''}
          onTabSelect={(_e, d) => {
            wb.activeSheet = sheets.find((x) => x.id === d.value) ?? wb.activeSheet;
            redraw();
          }}
        >
          {sheets.map((x) => (
            <Tab key={x.id} value={x.id}>
              {x.name}
            </Tab>
          ))}
        </TabList>
      </main>
      {/* The pane is a complementary region here, not a second main landmark (it is the main one only inside Excel). */}
      <aside className={styles.pane} aria-label={s['pane.label']}>
        <TaskPane key={generation} locale={locale} theme={webLightTheme} insideExcel embedded />
      </aside>
    </div>
  );
}
