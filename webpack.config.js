// webpack 5: the task pane, the ribbon's function file and the preview page, built into dist/.
// `npm run build` (production) — ADDIN_HOST=https://addin.example.lg.jp rewrites the manifest's dev URLs.
// `npm start` (development) — dev server on https://localhost:3000; its root serves the preview page.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_ORIGIN = 'https://localhost:3000';
const DEV_PORT = 3000;
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * The only page-level policy: scripts from this host and Microsoft's Office CDN, nothing else fetched.
 * - script-src: office.js and the host scripts it loads (excel-web-16.00.js, locale strings) come from the CDN;
 *   no 'unsafe-eval' (hence no eval-based source maps anywhere) and no inline script.
 * - style-src 'unsafe-inline': Fluent UI's Griffel (and FluentProvider's theme variables) append EMPTY <style>
 *   elements and fill them with CSSStyleSheet.insertRule. insertRule itself is not governed by CSP, but Chromium
 *   applies style-src to the empty <style> element: without 'unsafe-inline' (or a nonce) it gets no sheet and the
 *   pane is unstyled — test/e2e proves both. A nonce is no option for a static meta tag on a static host (it
 *   must change per response), and the empty-string hash would switch 'unsafe-inline' off, which Office's own
 *   Excel-on-the-web script needs for its inline styles (OfficeDev/office-js#1687).
 * - connect-src 'self': lazy chunks and the dev server's websocket; office.js telemetry is refused on purpose
 *   (SPEC §11: no telemetry).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** The production host for the manifest's URLs, from ADDIN_HOST; must be https (Office refuses http). */
function addinHost(production) {
  const raw = process.env.ADDIN_HOST;
  if (!raw) {
    if (production) console.warn(`[build] ADDIN_HOST is not set: dist/manifest.xml keeps ${DEV_ORIGIN}.`);
    return DEV_ORIGIN;
  }
  const url = new URL(raw);
  if (url.protocol !== 'https:') throw new Error(`ADDIN_HOST must be an https:// URL, got ${raw}`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * HTTPS for the dev server: office-addin-dev-certs when installed (trusted CA), else the certificate files it
 * left in ~/.office-addin-dev-certs, else webpack-dev-server's own self-signed certificate. Says which.
 */
async function devServerHttps() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    console.log('[dev-server] https with office-addin-dev-certs (trusted localhost certificate)');
    return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    const reason = error && error.code === 'MODULE_NOT_FOUND' ? 'not installed' : String(error && error.message);
    const dir = path.join(os.homedir(), '.office-addin-dev-certs');
    const files = ['localhost.key', 'localhost.crt', 'ca.crt'].map((f) => path.join(dir, f));
    if (files.every((f) => fs.existsSync(f))) {
      console.log(`[dev-server] https with the certificate in ${dir} (office-addin-dev-certs ${reason})`);
      const [key, cert, ca] = files.map((f) => fs.readFileSync(f));
      return { type: 'https', options: { key, cert, ca } };
    }
    console.log(
      `[dev-server] office-addin-dev-certs ${reason}: using a self-signed certificate that Excel will not trust.\n` +
        '             For sideloading run `npx office-addin-dev-certs install` once, then `npm start` again.',
    );
    return 'https';
  }
}

module.exports = async (_env, argv) => {
  const production = argv.mode !== 'development';
  const host = addinHost(production);
  const page = (name, chunks) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/${name}/${name}.html`,
      chunks,
      templateParameters: { csp: CONTENT_SECURITY_POLICY, officeJs: OFFICE_JS },
      scriptLoading: 'defer',
    });

  return {
    mode: production ? 'production' : 'development',
    // Never eval-based: the pages' CSP has no 'unsafe-eval', in development either.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/preview/index.tsx',
      // 診断 (issue 8): the conformance probe, reached from the task pane's link; its own bundle.
      diagnostics: './src/diagnostics/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
      // Always rewrite: unchanged files keep fresh mtimes, so test/e2e can tell whether dist/ is current.
      compareBeforeEmit: false,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`'s job; the build only transpiles.
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'esnext', sourceMap: true } },
          },
        },
        { test: /\.(png|svg)$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext]' } },
        // The engine and the policy packs are pure (DEVELOPERS.md: no Office, React or I/O; nothing runs at import but
        // constants): a module of theirs that a page never calls (last year's comparison, carrying, the form upgrade)
        // can then be left out of its bundle although src/ledger's index re-exports it.
        { test: /[\\/]src[\\/](ledger|policy)[\\/]/, sideEffects: false },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // exceljs is only ever imported with import(): it becomes its own lazy chunk, never in a page's start-up.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', priority: 20 },
        },
      },
    },
    performance: { hints: false }, // the budget is measured by `npm run bench` (SPEC §9), not guessed here
    plugins: [
      page('taskpane', ['taskpane']),
      page('commands', ['commands']),
      page('preview', ['preview']),
      page('diagnostics', ['diagnostics']),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_ORIGIN).join(host),
          },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      server: production ? 'https' : await devServerHttps(),
      // `/` shows the preview page: on a machine without Excel, that is the useful thing to see.
      devMiddleware: { index: 'preview.html' },
      static: false, // everything served is webpack's output (dist/ in memory)
      headers: { 'Access-Control-Allow-Origin': '*' },
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false } },
      open: !process.env.CI && process.env.BROWSER !== 'none' && hasDisplay() ? ['/'] : false,
      setupExitSignals: true,
      onListening: () => {
        console.log(`[dev-server] ${DEV_ORIGIN}/  (preview and sideloading guide)`);
        console.log(`[dev-server] ${DEV_ORIGIN}/taskpane.html  (the task pane; needs Excel)`);
      },
    },
  };
};

/** Whether a browser window could be opened at all (not on a headless Linux box). */
function hasDisplay() {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}
