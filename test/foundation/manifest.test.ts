// manifest.xml says what issue 2 asks, and scripts/validate-manifest.mjs fails whenever it cannot prove otherwise.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');

function validate(file: string, env: NodeJS.ProcessEnv = {}): { code: number; output: string } {
  try {
    const out = execFileSync('node', [join(root, 'scripts', 'validate-manifest.mjs'), file], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, output: out.toString() };
  } catch (error) {
    const e = error as { status: number; stdout: Buffer; stderr: Buffer };
    return { code: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

/** A copy of the add-in (manifest + icons) in a temporary folder, with the manifest text edited. */
function copyWith(edit: (xml: string) => string, icon?: { name: string; from: string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  mkdirSync(join(dir, 'assets'));
  for (const size of [16, 32, 64, 80, 128]) {
    copyFileSync(join(root, 'assets', `icon-${size}.png`), join(dir, 'assets', `icon-${size}.png`));
  }
  if (icon) copyFileSync(join(root, 'assets', icon.from), join(dir, 'assets', icon.name));
  writeFileSync(join(dir, 'manifest.xml'), edit(manifest));
  return join(dir, 'manifest.xml');
}

describe('manifest.xml', () => {
  test('is a task pane add-in for Excel workbooks that reads and writes the document', () => {
    expect(manifest).toContain('xsi:type="TaskPaneApp"');
    expect(manifest).toMatch(/<Hosts>\s*<Host Name="Workbook"\/>\s*<\/Hosts>/);
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
  });

  test('defaults to Japanese and overrides the name, description and every label for en-US', () => {
    expect(manifest).toContain('<DefaultLocale>ja-JP</DefaultLocale>');
    expect(manifest).toMatch(/<DisplayName DefaultValue="情報資産台帳">\s*<Override Locale="en-US" Value="[^"]+"\/>/);
    expect(manifest).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US" Value="[^"]+"\/>/);
    const strings = [...manifest.matchAll(/<bt:String id="([^"]+)"[^>]*>([\s\S]*?)<\/bt:String>/g)];
    expect(strings.map((m) => m[1])).toEqual([
      'Ledger.GetStarted.Title',
      'Ledger.Group.Label',
      'Ledger.OpenTaskpane.Label',
      'Ledger.GetStarted.Description',
      'Ledger.OpenTaskpane.Tooltip',
    ]);
    for (const m of strings) expect(m[2]).toMatch(/<bt:Override Locale="en-US" Value="[^"]+"\/>/);
  });

  test('requires ExcelApi 1.8 (data validation) and nothing newer', () => {
    expect([...manifest.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'ExcelApi 1.8',
    ]);
  });

  test('puts one button on the Home tab that opens the task pane', () => {
    expect(manifest).toMatch(/<ExtensionPoint xsi:type="PrimaryCommandSurface">\s*<OfficeTab id="TabHome">/);
    expect(manifest.match(/<Control xsi:type="Button"/g)).toHaveLength(1);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="Ledger.Taskpane.Url"\/>/);
    expect(manifest).toContain('<bt:Url id="Ledger.Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>');
  });

  test('serves everything from https://localhost:3000 and declares no AppDomains', () => {
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000\//);
    expect(manifest).not.toContain('<AppDomains>');
  });
});

describe('scripts/validate-manifest.mjs', () => {
  test('accepts manifest.xml: schema, icons and URLs', () => {
    const result = validate(join(root, 'manifest.xml'));
    expect(result.output).toContain('manifest ok: ');
    expect(result.code).toBe(0);
  });

  test('fails loudly when the schema folder is absent, instead of passing', () => {
    const result = validate(join(root, 'manifest.xml'), { MANIFEST_SCHEMA_DIR: join(tmpdir(), 'no-such-schemas') });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('MANIFEST VALIDATION FAILED');
    expect(result.output).toContain('The manifest was NOT validated');
  });

  test('rejects a manifest the schema rejects', () => {
    const file = copyWith((xml) => xml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'));
    const result = validate(file);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('does not match the schema');
  });

  test('rejects an icon whose pixels differ from the size the manifest declares', () => {
    const file = copyWith((xml) => xml, { name: 'icon-80.png', from: 'icon-64.png' });
    const result = validate(file);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('icon-80.png is 64×64, the manifest declares 80×80');
  });

  test('rejects a missing icon file', () => {
    const file = copyWith((xml) => xml.replace('assets/icon-16.png', 'assets/icon-17.png'));
    const result = validate(file);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/icon-17\.png does not exist/);
  });

  test('rejects a manifest whose URLs were only partly rewritten to the production host', () => {
    const file = copyWith((xml) => xml.replace('https://localhost:3000/taskpane.html', 'https://addin.city.example/taskpane.html'));
    const result = validate(file);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('URLs point at more than one host');
  });
});
