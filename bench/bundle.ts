/**
 * Task pane initial JavaScript, gzipped (SPEC §9: ≤ 200 KB). Builds for production with webpack's stats so the
 * figure counts exactly the chunks the task pane entry loads at start, not the lazy ones (exceljs).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface StatsAsset {
  name: string;
}
interface Stats {
  outputPath: string;
  entrypoints: Record<string, { assets: StatsAsset[] }>;
}

export interface BundleFigures {
  entry: string;
  initialJsBytes: number;
  initialJsGzipBytes: number;
  budgetGzipBytes: number;
  withinBudget: boolean;
}

export async function benchBundle(entry = 'taskpane'): Promise<BundleFigures> {
  mkdirSync('.bench', { recursive: true });
  const statsFile = join('.bench', 'webpack-stats.json');
  execFileSync('npx', ['webpack', '--mode', 'production', `--json=${statsFile}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as Stats;
  const assets = stats.entrypoints[entry]?.assets ?? [];
  let raw = 0;
  let gzip = 0;
  for (const asset of assets.filter((a) => a.name.endsWith('.js'))) {
    const bytes = readFileSync(join(stats.outputPath, asset.name));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const budget = 200 * 1024;
  return { entry, initialJsBytes: raw, initialJsGzipBytes: gzip, budgetGzipBytes: budget, withinBudget: gzip <= budget };
}

if (require.main === module) {
  benchBundle().then((figures) => console.log(JSON.stringify(figures)));
}
