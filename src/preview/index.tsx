// The dev server's front page (`npm start` → https://localhost:3000/). Until the in-browser preview exists
// (the lead fills src/preview), it explains in Japanese how to load the add-in into Excel.
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SideloadGuide } from './SideloadGuide';

const container = document.getElementById('container');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} lang="ja">
      <SideloadGuide />
    </FluentProvider>,
  );
}
