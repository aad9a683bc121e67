// The dev server's front page (`npm start` → https://localhost:3000/): the in-browser preview — the task pane
// beside a workbook on the in-memory Excel runtime — and, at #guide, how to load the add-in into Excel.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, Link, webLightTheme } from '@fluentui/react-components';
import { localeFor } from '../taskpane/i18n';
import { previewStrings } from './i18n';
import { PreviewApp } from './PreviewApp';
import { SideloadGuide } from './SideloadGuide';
import { startRuntime } from './workbookFiles';

// The Excel/Office globals must exist before the pane renders: its operations call Excel.run.
const runtime = startRuntime();
// Page and pane follow the browser's language (outside Excel there is no Office display language).
const locale = localeFor(navigator.language);
const strings = previewStrings(locale);
document.documentElement.lang = locale;
document.title = strings['page.title'];

function Page() {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  if (hash === '#guide') {
    return (
      <>
        <nav style={{ padding: '8px 16px' }}>
          <Link href="#">{strings['guide.back']}</Link>
        </nav>
        <SideloadGuide strings={strings} />
      </>
    );
  }
  return <PreviewApp initial={runtime} locale={locale} />;
}

const container = document.getElementById('container');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} lang={locale}>
      <Page />
    </FluentProvider>,
  );
}
