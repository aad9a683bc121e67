import { helpText } from '../../src/cli/help';
import { CLI_MESSAGES } from '../../src/cli/messages';

describe('CLI catalogues', () => {
  test('ja and en have the same keys', () => {
    expect(Object.keys(CLI_MESSAGES.en).sort()).toEqual(Object.keys(CLI_MESSAGES.ja).sort());
  });

  test('English counts take their plural forms', () => {
    expect(CLI_MESSAGES.en.counts(1, 0, 2)).toBe('1 error, 0 warnings, 2 notes');
    expect(CLI_MESSAGES.en.counts(0, 1, 1)).toBe('0 errors, 1 warning, 1 note');
    expect(CLI_MESSAGES.en.fileHeader('a.xlsx', 1, null)).toBe('a.xlsx: 1 ledger');
    expect(CLI_MESSAGES.en.fileHeader('a.xlsx', 3, 'read as CSV in UTF-8')).toBe('a.xlsx: 3 ledgers (read as CSV in UTF-8)');
  });

  test('help exists for every command in both languages and names its options', () => {
    for (const locale of ['ja', 'en'] as const) {
      expect(helpText('template', locale)).toContain('--department');
      expect(helpText('validate', locale)).toContain('--departments');
      expect(helpText('consolidate', locale)).toContain('--out');
      expect(helpText(null, locale)).toContain('ledger consolidate');
    }
    expect(helpText(null, 'ja')).toContain('終了コード');
    expect(helpText(null, 'en')).toContain('Exit status');
  });
});
