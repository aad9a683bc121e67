// 診断 page entry (its own bundle: nothing of it is in the task pane's start-up JavaScript).
import { createRoot } from 'react-dom/client';
import { DiagnosticsPage } from './DiagnosticsPage';

const container = document.getElementById('container');
if (container) {
  const root = createRoot(container);
  const render = (insideExcel: boolean) =>
    root.render(<DiagnosticsPage insideExcel={insideExcel} options={{ office: typeof Office === 'undefined' ? undefined : Office, userAgent: navigator.userAgent }} />);
  if (typeof Office === 'undefined') render(false);
  else void Office.onReady().then((info) => render(info.host === Office.HostType.Excel));
}
