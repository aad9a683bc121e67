/**
 * Which role's tab the pane shows, remembered across openings of the pane. Only the role's id from a fixed list
 * is stored (localStorage of the pane's own origin) — never a name, a sheet or anything from a ledger (SPEC §11).
 */
import { useCallback, useState } from 'react';
import type { RoleSection } from './actions';

export type RoleId = RoleSection['id'];

export const ROLE_STORAGE_KEY = 'joho-shisan-daicho.role';
const ROLES: readonly RoleId[] = ['clerk', 'it', 'audit'];

/** The remembered role, or the clerk's (the most common user) when none or something unknown is stored. */
export function readRole(storage: Pick<Storage, 'getItem'> | null): RoleId {
  try {
    const stored = storage?.getItem(ROLE_STORAGE_KEY);
    return ROLES.find((r) => r === stored) ?? 'clerk';
  } catch {
    return 'clerk'; // storage switched off (a locked-down profile): the default, nothing remembered
  }
}

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The role shown and a setter that remembers it. */
export function useRememberedRole(): [RoleId, (role: RoleId) => void] {
  const [role, setRole] = useState<RoleId>(() => readRole(browserStorage()));
  const choose = useCallback((next: RoleId) => {
    setRole(next);
    try {
      browserStorage()?.setItem(ROLE_STORAGE_KEY, next);
    } catch {
      // not remembered; the choice still holds while the pane is open
    }
  }, []);
  return [role, choose];
}
