/**
 * The keyword rules (SPEC §3): indicators from the policy pack found in 情報資産名 or 内容 suggest a higher
 * level or another group. They will sometimes be wrong, hence warnings that a user can mark as reviewed.
 */
import type { PolicyPack } from '../../policy/types';
import { assetCell } from '../address';
import type { AssetRow, SheetRead } from '../reader';
import { nameKey } from '../text';
import type { Issue } from '../types';
import type { SheetRule } from './context';
import { columnHeader } from './context';

/** One alternation over the normalised words, and the pack's own spelling of each (for the message). */
interface Matcher {
  readonly re: RegExp;
  readonly words: ReadonlyMap<string, string>;
}

interface Matchers {
  readonly level1: Matcher | null;
  readonly groupA: Matcher | null;
  readonly groupB: Matcher | null;
}

const cache = new WeakMap<PolicyPack, Matchers>();

function alternation(list: readonly string[]): Matcher | null {
  const words = new Map<string, string>();
  for (const w of list) if (nameKey(w).length > 0 && !words.has(nameKey(w))) words.set(nameKey(w), w);
  const keys = [...words.keys()].sort((a, b) => b.length - a.length);
  if (keys.length === 0) return null;
  return { re: new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')), words };
}

function matchers(policy: PolicyPack): Matchers {
  let m = cache.get(policy);
  if (!m) {
    const i = policy.indicators;
    m = { level1: alternation(i.level1), groupA: alternation(i.groupA), groupB: alternation(i.groupB) };
    cache.set(policy, m);
  }
  return m;
}

interface Hit {
  readonly indicator: string;
  readonly column: string;
}

/** The first indicator found in 情報資産名, else in 内容 (compared after NFKC, without spaces, in lower case). */
function find(matcher: Matcher | null, r: AssetRow, sheet: SheetRead, policy: PolicyPack): Hit | null {
  if (matcher === null) return null;
  // 情報資産名's key is already on the asset (same normalisation); 内容's is computed once and kept.
  let m = matcher.re.exec(r.asset.nameKey);
  if (m) return { indicator: matcher.words.get(m[0]) ?? m[0], column: columnHeader(policy, 'name') };
  m = matcher.re.exec((r.contentKey ??= sheet.intern.contentKey(r.asset.text.content ?? '')));
  if (m) return { indicator: matcher.words.get(m[0]) ?? m[0], column: columnHeader(policy, 'content') };
  return null;
}

/** Where the keyword rules point: the coded cell, or 情報資産名 on a form sheet (which has no such column). */
function target(sheet: SheetRead, r: AssetRow, key: 'group' | 'level'): string | undefined {
  const { columns } = sheet.ledger;
  return assetCell(columns, r.asset, key) ?? assetCell(columns, r.asset, 'name') ?? assetCell(columns, r.asset, 'number');
}

/** レベル2 although 情報資産名/内容 holds a level-1 indicator, or 個人情報 is あり. */
export const level1Suspected: SheetRule = {
  code: 'LEVEL1_SUSPECTED',
  scope: 'sheet',
  reviewable: true,
  check: ({ sheet, policy, issue }) => {
    const { level1 } = matchers(policy);
    const { lowLevel, highLevel } = policy.roles;
    const out: Issue[] = [];
    for (const r of sheet.rows) {
      if (r.level.value !== lowLevel) continue;
      const hit = find(level1, r, sheet, policy);
      const cell = hit || r.personalInfo.value === policy.personalInfo.yes ? target(sheet, r, 'level') : undefined;
      if (cell === undefined) continue;
      if (hit) out.push(issue(cell, { indicator: hit.indicator, column: hit.column, level: lowLevel, suggested: highLevel }));
      else out.push(issue(cell, { indicator: policy.personalInfo.yes, column: columnHeader(policy, 'personalInfo'), level: lowLevel, suggested: highLevel }));
    }
    return out;
  },
};

/** B群 with an A-indicator and no B-indicator, or A群 with a B-indicator and no A-indicator. */
export const groupSuspected: SheetRule = {
  code: 'GROUP_SUSPECTED',
  scope: 'sheet',
  reviewable: true,
  check: ({ sheet, policy, issue }) => {
    const { groupA, groupB } = matchers(policy);
    const { systemGroup, otherGroup } = policy.roles;
    const out: Issue[] = [];
    // (indicators that suggest the other group, indicators of the group as written, the other group)
    const forOther = [groupA, groupB, systemGroup] as const;
    const forSystem = [groupB, groupA, otherGroup] as const;
    for (const r of sheet.rows) {
      const g = r.group.value;
      if (g !== systemGroup && g !== otherGroup) continue;
      const [want, avoid, suggested] = g === otherGroup ? forOther : forSystem;
      const hit = find(want, r, sheet, policy);
      if (!hit || find(avoid, r, sheet, policy)) continue;
      const cell = target(sheet, r, 'group');
      if (cell !== undefined) out.push(issue(cell, { indicator: hit.indicator, column: hit.column, group: g, suggested }));
    }
    return out;
  },
};
