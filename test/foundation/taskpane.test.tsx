/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/components/App';
import { OfficeUnavailable } from '../../src/taskpane/components/OfficeUnavailable';

const JA = ['台帳を挿入', '検証する', '部署ファイルを取り込む', '集計する', '監査チェックを実行'];
const EN = ['Insert ledger', 'Check', 'Import department files', 'Consolidate', 'Run audit checks'];

describe('task pane', () => {
  test('in Japanese: the five actions, found by accessible name, disabled and described as 準備中', () => {
    render(<App locale="ja" theme={webLightTheme} insideExcel />);
    expect(screen.getByRole('heading', { level: 1, name: '情報資産台帳' })).toBeInTheDocument();
    for (const name of JA) {
      const button = screen.getByRole('button', { name });
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveAccessibleDescription('準備中');
    }
    expect(screen.getAllByRole('button')).toHaveLength(5);
  });

  test('in English: the same actions under English names', () => {
    render(<App locale="en" theme={webDarkTheme} insideExcel />);
    expect(screen.getByRole('heading', { level: 1, name: 'Information Asset Ledger' })).toBeInTheDocument();
    for (const name of EN) expect(screen.getByRole('button', { name })).toHaveAccessibleDescription('Coming soon');
    expect(screen.queryByRole('button', { name: '台帳を挿入' })).toBeNull();
  });

  test('each action sits in its role section', () => {
    render(<App locale="ja" theme={webLightTheme} insideExcel />);
    const names = (region: string) =>
      within(screen.getByRole('region', { name: region }))
        .getAllByRole('button')
        .map((b) => b.textContent);
    expect(names('各課の職員')).toEqual(['台帳を挿入', '検証する']);
    expect(names('情報システム担当')).toEqual(['部署ファイルを取り込む', '集計する']);
    expect(names('監査')).toEqual(['監査チェックを実行']);
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
    expect(screen.getAllByText('準備中')).toHaveLength(4);
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
