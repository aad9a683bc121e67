/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/components/App';
import { OfficeUnavailable } from '../../src/taskpane/components/OfficeUnavailable';

const JA = ['台帳を挿入', '検証する', '部署ファイルを取り込む', '集計する', '監査チェックを実行'];
const EN = ['Insert ledger', 'Check', 'Import department files', 'Consolidate', 'Run audit checks'];

/** Each role's actions, tab by tab (the pane shows one role at a time). */
async function actionsByRole(tabs: string[]): Promise<string[][]> {
  const out: string[][] = [];
  for (const tab of tabs) {
    await userEvent.click(screen.getByRole('tab', { name: tab }));
    out.push(within(screen.getByRole('tabpanel')).getAllByRole('button').map((b) => b.textContent ?? ''));
  }
  return out;
}

// getByRole over Fluent's DOM is slow on a shared 2-core machine; these are behaviour tests, not timings.
jest.setTimeout(30_000);

describe('task pane', () => {
  beforeEach(() => localStorage.clear());

  test('in Japanese: the five actions, found by accessible name, disabled and described as 準備中', async () => {
    render(<App locale="ja" theme={webLightTheme} insideExcel />);
    expect(screen.getByRole('heading', { level: 1, name: '情報資産台帳' })).toBeInTheDocument();
    expect((await actionsByRole(['職員', '情報システム担当', '監査'])).flat()).toEqual(JA);
    for (const [tab, names] of [['職員', JA.slice(0, 2)], ['情報システム担当', JA.slice(2, 4)], ['監査', JA.slice(4)]] as const) {
      await userEvent.click(screen.getByRole('tab', { name: tab }));
      for (const name of names) {
        const button = screen.getByRole('button', { name });
        expect(button).toHaveAttribute('aria-disabled', 'true');
        expect(button).toHaveAccessibleDescription('準備中');
      }
    }
  });

  test('in English: the same actions under English names', async () => {
    render(<App locale="en" theme={webDarkTheme} insideExcel />);
    expect(screen.getByRole('heading', { level: 1, name: 'Information Asset Ledger' })).toBeInTheDocument();
    expect((await actionsByRole(['Staff', 'IT section', 'Audit'])).flat()).toEqual(EN);
    expect(screen.getByRole('button', { name: 'Run audit checks' })).toHaveAccessibleDescription('Coming soon');
    expect(screen.queryByRole('button', { name: '台帳を挿入' })).toBeNull();
  });

  test('one tab per role, each with its section and actions', async () => {
    render(<App locale="ja" theme={webLightTheme} insideExcel />);
    expect(screen.getAllByRole('tab')).toEqual(['職員', '情報システム担当', '監査'].map((name) => screen.getByRole('tab', { name })));
    expect(screen.getByRole('tab', { name: '職員' })).toHaveAttribute('aria-selected', 'true');
    expect(await actionsByRole(['職員', '情報システム担当', '監査'])).toEqual([
      ['台帳を挿入', '検証する'],
      ['部署ファイルを取り込む', '集計する'],
      ['監査チェックを実行'],
    ]);
    expect(within(screen.getByRole('tabpanel', { name: '監査' })).getByRole('region', { name: '監査' })).toBeInTheDocument();
  });

  test('the chosen role is remembered for the next opening, and nothing but the role is stored', async () => {
    const { unmount } = render(<App locale="ja" theme={webLightTheme} insideExcel />);
    await userEvent.click(screen.getByRole('tab', { name: '情報システム担当' }));
    unmount();
    render(<App locale="ja" theme={webLightTheme} insideExcel />);
    expect(screen.getByRole('tab', { name: '情報システム担当' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('button', { name: '集計する' })).toBeInTheDocument();
    expect(Object.entries(localStorage)).toEqual([['joho-shisan-daicho.role', 'it']]);
  });

  test('an unknown stored role falls back to the clerk\'s tab', () => {
    localStorage.setItem('joho-shisan-daicho.role', '<script>');
    render(<App locale="ja" theme={webLightTheme} insideExcel />);
    expect(screen.getByRole('tab', { name: '職員' })).toHaveAttribute('aria-selected', 'true');
  });

  test('a wired action is enabled, runs its handler and drops the 準備中 note', async () => {
    const validate = jest.fn();
    render(<App locale="ja" theme={webLightTheme} insideExcel actions={{ validate }} />);
    const button = screen.getByRole('button', { name: '検証する' });
    expect(button).toBeEnabled();
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).not.toHaveAccessibleDescription('準備中');
    await userEvent.click(button);
    expect(validate).toHaveBeenCalledTimes(1);
    expect(screen.getAllByText('準備中')).toHaveLength(1);
  });

  test('the outcome of an action sits right under the role\'s actions, above the rest', () => {
    render(
      <App locale="ja" theme={webLightTheme} insideExcel status={<p>結果の表示</p>}>
        <p>指摘の一覧</p>
      </App>,
    );
    const panel = screen.getByRole('tabpanel');
    expect(within(panel).getByText('結果の表示')).toBeInTheDocument();
    expect(within(panel).queryByText('指摘の一覧')).toBeNull();
    const order = [screen.getByRole('button', { name: '検証する' }), screen.getByText('結果の表示'), screen.getByText('指摘の一覧')];
    expect(order[0]!.compareDocumentPosition(order[1]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(order[1]!.compareDocumentPosition(order[2]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('a main landmark inside Excel; none when embedded in a page that has its own', () => {
    const { unmount } = render(<App locale="ja" theme={webLightTheme} insideExcel />);
    expect(screen.getAllByRole('main')).toHaveLength(1);
    unmount();
    render(<App locale="ja" theme={webLightTheme} insideExcel embedded />);
    expect(screen.queryByRole('main')).toBeNull();
  });

  test('outside Excel it says where to open it; inside Excel it does not', () => {
    const { unmount } = render(<App locale="ja" theme={webLightTheme} insideExcel={false} />);
    expect(screen.getByRole('status')).toHaveTextContent('Excel の外で開かれています');
    unmount();
    render(<App locale="ja" theme={webLightTheme} insideExcel />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('office.js unavailable', () => {
  test('says so in Japanese, naming the CDN to check', () => {
    render(<OfficeUnavailable />);
    expect(screen.getByText('Office に接続できませんでした')).toBeInTheDocument();
    expect(screen.getByText(/appsforoffice\.microsoft\.com/)).toBeInTheDocument();
    expect(screen.queryByText(/Could not connect to Office/)).toBeNull();
  });

  test('adds English below the Japanese for a non-Japanese browser', () => {
    render(<OfficeUnavailable alsoEnglish />);
    expect(screen.getByText('Office に接続できませんでした')).toBeInTheDocument();
    expect(screen.getByText(/Could not connect to Office/)).toHaveAttribute('lang', 'en');
  });
});
