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
import { localeFor } from '../taskpane/i18n';
import { Grid } from './Grid';
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
 * add-in ships, which drives it through the same src/excel operations.
 */
export function PreviewApp({ initial }: { initial: ExcelRuntime }) {
  const styles = useStyles();
  const [runtime, setRuntime] = useState(initial);
  const [generation, setGeneration] = useState(0);
  const [fileName, setFileName] = useState('情報資産台帳.xlsx');
  const [message, setMessage] = useState<{ intent: 'error' | 'success'; text: string } | null>(null);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const opener = useRef<HTMLInputElement>(null);
  useEffect(() => runtime.subscribe(redraw), [runtime]);

  const wb = runtime.workbook;
  const sheets = wb.sheets.filter((s) => !s.deleted && s.visibility === 'Visible');
  const active = sheets.find((s) => s === wb.activeSheet) ?? sheets[0];

  const open = async (file: File | undefined) => {
    if (!file) return;
    try {
      const next = await openWorkbook(file);
      setRuntime(next);
      setGeneration((g) => g + 1); // a new workbook: the pane starts afresh (its findings were for the old one)
      setFileName(file.name);
      setMessage({ intent: 'success', text: `「${file.name}」を開きました。` });
    } catch (error) {
      setMessage({ intent: 'error', text: `「${file.name}」を開けませんでした。Excel ブック (.xlsx) か確かめてください。（${String(error)}）` });
    }
  };
  const save = async () => {
    try {
      await downloadWorkbook(runtime, fileName);
    } catch (error) {
      setMessage({ intent: 'error', text: `保存できませんでした。（${String(error)}）` });
    }
  };
  const sample = async () => {
    const r = await insertSample(runtime);
    setMessage('sheet' in r ? { intent: 'success', text: `シート「${r.sheet}」にサンプルの台帳を入れました。` } : { intent: 'error', text: r.message });
  };

  return (
    <div className={styles.root}>
      <main className={styles.book} aria-label="ブック">
        <div className={styles.bar}>
          <Title3 as="h1" className={styles.title}>
            情報資産台帳 プレビュー
          </Title3>
          <Button onClick={() => opener.current?.click()}>ファイルを開く</Button>
          <input ref={opener} type="file" accept=".xlsx" hidden aria-label="開く Excel ブック (.xlsx)" onChange={(e) => void open(e.currentTarget.files?.[0])} />
          <Button onClick={() => void save()}>保存 (.xlsx)</Button>
          <Button onClick={() => void sample()}>サンプルを入れる</Button>
          <Link href="#guide">Excel への読み込み手順</Link>
        </div>
        <Caption1>
          Excel のない PC 向けのプレビューです。ブックはこのブラウザーの中だけにあり、どこにも送信・保存されません。残すときは［保存］で
          .xlsx をダウンロードしてください。
        </Caption1>
        {message && (
          <MessageBar intent={message.intent} layout="multiline">
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
        {active && <Grid runtime={runtime} sheet={active} />}
        <TabList
          className={styles.tabs}
          size="small"
          aria-label="シート"
          selectedValue={active?.id ?? ''}
          onTabSelect={(_e, d) => {
            wb.activeSheet = sheets.find((s) => s.id === d.value) ?? wb.activeSheet;
            redraw();
          }}
        >
          {sheets.map((s) => (
            <Tab key={s.id} value={s.id}>
              {s.name}
            </Tab>
          ))}
        </TabList>
      </main>
      <aside className={styles.pane} aria-label="作業ウィンドウ">
        <TaskPane key={generation} locale={localeFor(navigator.language)} theme={webLightTheme} insideExcel />
      </aside>
    </div>
  );
}
