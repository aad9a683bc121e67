// The dev server's front page (`npm start` → https://localhost:3000/): the in-browser preview — the task pane
// beside a workbook on the in-memory Excel runtime — and, at #guide, how to load the add-in into Excel.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, Link, webLightTheme } from '@fluentui/react-components';
import { PreviewApp } from './PreviewApp';
import { SideloadGuide } from './SideloadGuide';
import { startRuntime } from './workbookFiles';

// The Excel/Office globals must exist before the pane renders: its operations call Excel.run.
const runtime = startRuntime();

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
          <Link href="#">← プレビューに戻る</Link>
        </nav>
        <SideloadGuide />
      </>
    );
  }
  return <PreviewApp initial={runtime} />;
}

const container = document.getElementById('container');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} lang="ja">
      <Page />
    </FluentProvider>,
  );
}
