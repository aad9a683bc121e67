#!/usr/bin/env node
// Offline manifest check: the XML schema (xmllint against ../shared/schemas/office-manifest/all.xsd), then what the
// schema cannot see — every referenced icon exists beside the manifest with the pixel size the manifest declares,
// every URL is https, and all URLs share one origin (a half-rewritten dist/manifest.xml fails here).
// Usage: node scripts/validate-manifest.mjs [manifest.xml ...]   (default: manifest.xml)
// MANIFEST_SCHEMA_DIR overrides the schema folder. A missing schema or xmllint is a failure, never a silent pass.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = resolve(process.env.MANIFEST_SCHEMA_DIR ?? join(repoRoot, '..', 'shared', 'schemas', 'office-manifest'));
const schemaFile = join(schemaDir, 'all.xsd');

// Sizes Office documents for the top-level icons (IconUrl 32×32, HighResolutionIconUrl 64×64).
const TOP_LEVEL_ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 };

function fail(message) {
  console.error(`\n*** MANIFEST VALIDATION FAILED ***\n${message}\n`);
  process.exit(1);
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function checkSchema(manifest) {
  if (!existsSync(schemaFile)) {
    fail(
      `The Office manifest schemas are missing: ${schemaFile} does not exist.\n` +
        'The manifest was NOT validated. Put the shared folder beside this checkout (../shared/schemas/office-manifest)\n' +
        'or point MANIFEST_SCHEMA_DIR at a folder holding all.xsd.',
    );
  }
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
  } catch {
    fail('xmllint is not installed, so the manifest was NOT validated. Install it: apt-get install libxml2-utils');
  }
  try {
    execFileSync('xmllint', ['--nonet', '--noout', '--schema', schemaFile, manifest], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    fail(`${manifest} does not match the schema:\n${String(error.stderr ?? error.message).trim()}`);
  }
}

/** Every icon reference with the size the manifest declares for it. */
function declaredIcons(xml) {
  const icons = [];
  for (const [element, size] of Object.entries(TOP_LEVEL_ICON_SIZES)) {
    const match = new RegExp(`<${element}\\s+DefaultValue="([^"]+)"`).exec(xml);
    if (match?.[1]) icons.push({ what: element, url: match[1], size });
  }
  const urlsById = new Map();
  for (const m of xml.matchAll(/<bt:Image\s+id="([^"]+)"\s+DefaultValue="([^"]+)"/g)) urlsById.set(m[1], m[2]);
  for (const m of xml.matchAll(/<bt:Image\s+size="(\d+)"\s+resid="([^"]+)"/g)) {
    const url = urlsById.get(m[2]);
    if (url === undefined) fail(`bt:Image resid="${m[2]}" has no bt:Image resource with that id.`);
    icons.push({ what: `bt:Image ${m[2]}`, url, size: Number(m[1]) });
  }
  return icons;
}

function checkUrlsAndIcons(manifest) {
  const xml = readFileSync(manifest, 'utf8');
  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
  const problems = [];
  const origins = new Set(urls.map((u) => new URL(u).origin));
  for (const url of urls) if (!url.startsWith('https://')) problems.push(`not https: ${url}`);
  if (origins.size > 1) problems.push(`URLs point at more than one host: ${[...origins].join(', ')}`);

  // The deployment's base is the folder of the task pane page; dist/ (or the repo root) mirrors that folder.
  const source = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(xml)?.[1];
  if (!source) problems.push('DefaultSettings/SourceLocation is missing');
  const basePath = source ? new URL('.', source).pathname : '/';

  const icons = declaredIcons(xml);
  if (icons.length === 0) problems.push('no icons are referenced');
  for (const icon of icons) {
    const urlPath = decodeURIComponent(new URL(icon.url).pathname);
    if (!urlPath.startsWith(basePath)) {
      problems.push(`${icon.what}: ${icon.url} is outside the add-in's folder ${basePath}`);
      continue;
    }
    const file = join(dirname(manifest), urlPath.slice(basePath.length));
    if (!existsSync(file)) {
      problems.push(`${icon.what}: ${file} does not exist`);
      continue;
    }
    const size = pngSize(readFileSync(file));
    if (size === null) problems.push(`${icon.what}: ${file} is not a PNG`);
    else if (size.width !== icon.size || size.height !== icon.size) {
      problems.push(`${icon.what}: ${file} is ${size.width}×${size.height}, the manifest declares ${icon.size}×${icon.size}`);
    }
  }
  if (problems.length > 0) fail(`${manifest}:\n  - ${problems.join('\n  - ')}`);
  return { icons: icons.length, origin: [...origins][0] };
}

function main() {
  const manifests = process.argv.slice(2);
  if (manifests.length === 0) manifests.push('manifest.xml');
  for (const manifest of manifests) {
    if (!existsSync(manifest)) fail(`${manifest} does not exist (run \`npm run build\` first for dist/manifest.xml).`);
    checkSchema(manifest);
    const { icons, origin } = checkUrlsAndIcons(manifest);
    console.log(`manifest ok: ${manifest} (schema ${schemaFile}; ${icons} icon references checked; host ${origin})`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
