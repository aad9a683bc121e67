// Makes sure dist/ holds a production build of the current sources before the browser tests open it.
// `npm test` builds just before (test:build); a lone `npm run test:e2e` builds here when dist/ is missing or stale.
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

module.exports = async function globalSetup() {
  const root = join(__dirname, '..', '..');
  const built = join(root, 'dist', 'taskpane.html');
  const sources = ['src', 'assets', 'manifest.xml', 'webpack.config.js'].map((p) => join(root, p));
  const newestSource = Math.max(...sources.filter(existsSync).map((p) => (statSync(p).isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)));
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource) return;
  console.log('\n[e2e] dist/ is missing or older than the sources: building it (webpack --mode production)');
  execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
};
