// The webpack configuration's promises, checked without running a build (test/e2e runs the real one).
import type { Configuration } from 'webpack';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, as webpack-cli loads it
const makeConfig = require('../../webpack.config.js') as (env: object, argv: { mode: string }) => Promise<Configuration>;

async function config(mode: 'production' | 'development', addinHost?: string): Promise<Configuration> {
  const saved = process.env.ADDIN_HOST;
  if (addinHost === undefined) delete process.env.ADDIN_HOST;
  else process.env.ADDIN_HOST = addinHost;
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    return await makeConfig({}, { mode });
  } finally {
    log.mockRestore();
    warn.mockRestore();
    if (saved === undefined) delete process.env.ADDIN_HOST;
    else process.env.ADDIN_HOST = saved;
  }
}

/** The manifest as the copy plugin would write it into dist/. */
function manifestTransform(c: Configuration): (content: Buffer) => string {
  const copy = c.plugins?.find((p) => p?.constructor.name === 'CopyPlugin') as unknown as {
    patterns: { from: string; transform?: (content: Buffer) => string }[];
  };
  const pattern = copy.patterns.find((p) => p.from === 'manifest.xml');
  if (!pattern?.transform) throw new Error('no manifest.xml copy pattern');
  return pattern.transform;
}

describe('webpack.config.js', () => {
  test('no eval-based source maps, in production or in development (the CSP has no unsafe-eval)', async () => {
    for (const mode of ['production', 'development'] as const) {
      const devtool = String((await config(mode)).devtool);
      expect(devtool).not.toMatch(/eval/);
    }
  });

  test('builds the four pages: task pane, ribbon commands, preview, diagnostics (診断)', async () => {
    expect(Object.keys((await config('production')).entry as object)).toEqual(['taskpane', 'commands', 'preview', 'diagnostics']);
  });

  test('ADDIN_HOST rewrites every dev URL in the manifest', async () => {
    const transform = manifestTransform(await config('production', 'https://addin.city.example/ledger/'));
    const xml = '<a DefaultValue="https://localhost:3000/taskpane.html"/><b DefaultValue="https://localhost:3000/assets/icon-16.png"/>';
    expect(transform(Buffer.from(xml))).toBe(
      '<a DefaultValue="https://addin.city.example/ledger/taskpane.html"/><b DefaultValue="https://addin.city.example/ledger/assets/icon-16.png"/>',
    );
  });

  test('without ADDIN_HOST the manifest keeps the dev server', async () => {
    const transform = manifestTransform(await config('production'));
    expect(transform(Buffer.from('https://localhost:3000/x'))).toBe('https://localhost:3000/x');
  });

  test('refuses an http ADDIN_HOST: Office only loads add-ins over https', async () => {
    await expect(config('production', 'http://addin.city.example')).rejects.toThrow('ADDIN_HOST must be an https:// URL');
  });

  test('the dev server listens on port 3000 over https and serves the preview page at /', async () => {
    const { devServer } = (await config('development')) as {
      devServer: { port: number; server: string | { type: string }; devMiddleware: { index: string } };
    };
    expect(devServer.port).toBe(3000);
    expect(typeof devServer.server === 'string' ? devServer.server : devServer.server.type).toBe('https');
    expect(devServer.devMiddleware.index).toBe('preview.html');
  });

  test('exceljs goes into its own lazy chunk', async () => {
    const splitChunks = (await config('production')).optimization?.splitChunks as {
      cacheGroups: Record<string, { test: RegExp; chunks: string }>;
    };
    expect(splitChunks.cacheGroups.exceljs?.chunks).toBe('async');
    expect(splitChunks.cacheGroups.exceljs?.test.test('/x/node_modules/exceljs/dist/es5/index.js')).toBe(true);
  });
});
