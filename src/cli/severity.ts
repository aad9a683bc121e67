import type { Severity } from '../ledger/types';
import { hanamaki } from '../policy/hanamaki';
import type { PolicyPack } from '../policy/types';

/** What SPEC §3 fixes for the CLI's own codes, if a policy pack leaves them out. */
const FALLBACK: Record<'FILE_UNREADABLE' | 'LEDGER_NOT_FOUND', Severity> = { FILE_UNREADABLE: 'error', LEDGER_NOT_FOUND: 'warning' };

/** The severity the policy pack gives a file-level code. */
export function severityOf(code: 'FILE_UNREADABLE' | 'LEDGER_NOT_FOUND', policy: PolicyPack = hanamaki): Severity {
  return policy.severities[code] ?? FALLBACK[code];
}
