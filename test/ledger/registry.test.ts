/** The rule registry covers SPEC §3: one rule module per code (FILE_UNREADABLE is raised by the CLI/import). */
import { REVIEWABLE_CODES } from '../../src/ledger';
import { ISSUE_CODES } from '../../src/ledger/codes';
import { RULES } from '../../src/ledger/rules';

describe('rule registry', () => {
  it('has exactly one rule per code, every code but FILE_UNREADABLE and the engine\'s own RULE_FAILED', () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(ISSUE_CODES.filter((c) => c !== 'FILE_UNREADABLE' && c !== 'RULE_FAILED').sort());
  });
  it('scopes: the consolidation/audit rules run over the collection', () => {
    const collection = RULES.filter((r) => r.scope === 'collection').map((r) => r.code).sort();
    expect(collection).toEqual(['ASSET_NAME_DUPLICATE', 'CLASSIFICATION_CONFLICT', 'DEPARTMENT_DUPLICATE', 'DEPARTMENT_NOT_SUBMITTED', 'LEDGER_NOT_FOUND', 'LEDGER_STALE']);
  });
  it('only the keyword rules are reviewable, and only two rules are auto-fixable', () => {
    expect(REVIEWABLE_CODES).toEqual(['LEVEL1_SUSPECTED', 'GROUP_SUSPECTED']);
    expect(RULES.filter((r) => r.scope === 'sheet' && r.fix).map((r) => r.code)).toEqual(['VALUE_NOT_CANONICAL', 'TEXT_UNTRIMMED']);
  });
});
