#!/usr/bin/env node
// Draws the add-in's icons (a ledger sheet guarded by a shield) as PNGs into assets/.
// Why a browser: the icon is one SVG drawing, and headless Chromium rasterises it with proper anti-aliasing at
// every size Office asks for (16/32/64/80 on the ribbon and in the manifest, 128 for store-style listings).
// Usage: node scripts/draw-icons.mjs [outDir]   (needs /usr/bin/chromium; the PNGs are committed, so
// nobody has to run this unless the drawing changes)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const ICON_SIZES = [16, 32, 64, 80, 128];

/** The drawing on a 64-unit grid. Small sizes drop the ruled lines, which would only blur into grey. */
export function iconSvg(size) {
  const detailed = size >= 32;
  const lines = detailed
    ? [22, 29, 36, 43]
        .map((y) => `<rect x="13" y="${y}" width="${y > 36 ? 14 : 24}" height="3" rx="1.5" fill="#9fb8cf"/>`)
        .join('')
    : '<rect x="13" y="24" width="20" height="4" fill="#9fb8cf"/><rect x="13" y="33" width="12" height="4" fill="#9fb8cf"/>';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">
  <!-- ledger sheet -->
  <rect x="6" y="4" width="40" height="52" rx="4" fill="#ffffff" stroke="#185c37" stroke-width="3"/>
  <rect x="7.5" y="5.5" width="37" height="10" rx="2.5" fill="#217346"/>
  ${lines}
  <!-- shield -->
  <path d="M44 24 L60 29 V42 C60 51 53 57 44 61 C35 57 28 51 28 42 V29 Z" fill="#1f4e79" stroke="#ffffff" stroke-width="2.5"
        stroke-linejoin="round"/>
  <path d="M36.5 42.5 L42 48 L52 36.5" fill="none" stroke="#ffffff" stroke-width="${detailed ? 4 : 5.5}"
        stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
}

async function main() {
  const outDir = process.argv[2] ?? 'assets';
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${iconSvg(size)}</body></html>`,
      );
      const file = join(outDir, `icon-${size}.png`);
      await page.locator('svg').screenshot({ path: file, omitBackground: true });
      console.log(`wrote ${file}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
