// Stands in for office.js from Microsoft's CDN (unreachable here): just what the task pane reads at start-up.
export interface OfficeStubOptions {
  displayLanguage: string;
  bodyBackgroundColor: string;
  host: 'Excel' | null;
}

/** JavaScript source served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js. */
export function officeStubScript(o: OfficeStubOptions): string {
  return `window.Office = {
  HostType: { Excel: 'Excel' },
  context: { displayLanguage: ${JSON.stringify(o.displayLanguage)},
             officeTheme: { bodyBackgroundColor: ${JSON.stringify(o.bodyBackgroundColor)} } },
  onReady: function (cb) {
    var info = { host: ${JSON.stringify(o.host)}, platform: 'OfficeOnline' };
    if (cb) cb(info);
    return Promise.resolve(info);
  },
  actions: { associate: function () {} }
};`;
}
