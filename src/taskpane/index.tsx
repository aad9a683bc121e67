// Task pane entry: render only after Office.onReady, or say in plain Japanese that office.js is missing.
import { createRoot } from 'react-dom/client';
import { TaskPane } from './components/TaskPane';
import { OfficeUnavailable } from './components/OfficeUnavailable';
import { localeFor } from './i18n';
import { readOfficeEnvironment } from './office-env';

const container = document.getElementById('container');
if (container) {
  const root = createRoot(container);
  // office.js comes from Microsoft's CDN in a <script> before this bundle; if that failed, Office is undefined.
  if (typeof Office === 'undefined') {
    root.render(<OfficeUnavailable alsoEnglish={localeFor(navigator.language) === 'en'} />);
  } else {
    void Office.onReady().then((info) => {
      const env = readOfficeEnvironment(Office, info);
      root.render(<TaskPane locale={env.locale} theme={env.theme} insideExcel={env.insideExcel} />);
    });
  }
}
