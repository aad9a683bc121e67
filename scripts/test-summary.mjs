// The last line of `npm test`: totals over the jest runs (unit, e2e) whose reporters wrote test-results/summary-*.json.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const summaries = () => readdirSync('test-results').filter((f) => /^summary-.+\.json$/.test(f));
if (process.argv.includes('--reset')) {
  // Start of `npm test`: forget the counts of earlier runs.
  for (const file of summaries()) rmSync(`test-results/${file}`);
  process.exit(0);
}

const files = summaries();
const total = { passed: 0, failed: 0, skipped: 0 };
for (const file of files) {
  const counts = JSON.parse(readFileSync(`test-results/${file}`, 'utf8'));
  for (const key of Object.keys(total)) total[key] += counts[key];
}
if (files.length === 0) {
  console.error('test-summary: no jest summaries found in test-results/');
  process.exit(1);
}
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);
