/**
 * Validate a policy pack given as JSON (another municipality's adaptation): the shape, known rule codes and
 * severities, distinct canonical values. Returns the problems found; an empty list means the pack is usable.
 */
import { ENGINE_CODES, isIssueCode } from '../ledger/codes';
import type { PolicyPack } from './types';

const SEVERITIES = new Set(['error', 'warning', 'info']);
const COLUMN_KEYS = new Set(['number', 'name', 'content', 'group', 'level', 'manager', 'medium', 'personalInfo', 'retention', 'remarks']);
const REQUIRED_COLUMNS = ['number', 'name', 'content'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function checkClasses(list: unknown, name: string, problems: string[]): void {
  if (!Array.isArray(list) || list.length === 0) {
    problems.push(`${name}: must be a non-empty list`);
    return;
  }
  const codes = new Set<string>();
  list.forEach((d, i) => {
    if (!isObj(d) || typeof d['code'] !== 'string' || typeof d['definition'] !== 'string' || typeof d['article'] !== 'string' ||
        typeof d['short'] !== 'string' || !isStrings(d['synonyms'])) {
      problems.push(`${name}[${i}]: needs code, article, definition, short and synonyms`);
      return;
    }
    if (codes.has(d['code'])) problems.push(`${name}[${i}]: duplicate code ${d['code']}`);
    codes.add(d['code']);
  });
}

/** Problems with `data` as a policy pack (empty when it is valid). */
export function policyProblems(data: unknown): string[] {
  const problems: string[] = [];
  if (!isObj(data)) return ['the pack must be an object'];
  for (const key of ['id', 'version', 'name']) if (typeof data[key] !== 'string' || data[key] === '') problems.push(`${key}: must be a non-empty string`);
  checkClasses(data['groups'], 'groups', problems);
  checkClasses(data['levels'], 'levels', problems);
  const columns = data['columns'];
  if (!Array.isArray(columns)) problems.push('columns: must be a list');
  else {
    const keys = columns.map((c: unknown) => (isObj(c) ? c['key'] : undefined));
    columns.forEach((c: unknown, i) => {
      if (!isObj(c) || typeof c['key'] !== 'string' || !COLUMN_KEYS.has(c['key']) || typeof c['header'] !== 'string' || !isStrings(c['labels']) ||
          typeof c['core'] !== 'boolean' || typeof c['required'] !== 'boolean' || typeof c['width'] !== 'number' || typeof c['wrap'] !== 'boolean') {
        problems.push(`columns[${i}]: needs a known key, header, labels, core, required, width and wrap`);
      }
    });
    for (const k of REQUIRED_COLUMNS) if (!keys.includes(k)) problems.push(`columns: the ${k} column is missing`);
  }
  const pi = data['personalInfo'];
  if (!isObj(pi) || typeof pi['yes'] !== 'string' || typeof pi['no'] !== 'string' || !isStrings(pi['yesSynonyms']) || !isStrings(pi['noSynonyms'])) {
    problems.push('personalInfo: needs yes, no, yesSynonyms and noSynonyms');
  }
  const ind = data['indicators'];
  if (!isObj(ind) || !isStrings(ind['level1']) || !isStrings(ind['groupA']) || !isStrings(ind['groupB'])) problems.push('indicators: needs level1, groupA and groupB lists');
  const roles = data['roles'];
  if (!isObj(roles) || !['highLevel', 'lowLevel', 'systemGroup', 'otherGroup'].every((k) => typeof roles[k] === 'string')) {
    problems.push('roles: needs highLevel, lowLevel, systemGroup and otherGroup');
  }
  const month = data['fiscalYearStartMonth'];
  if (typeof month !== 'number' || !Number.isInteger(month) || month < 1 || month > 12) problems.push('fiscalYearStartMonth: must be 1–12');
  const sev = data['severities'];
  if (!isObj(sev)) problems.push('severities: must be an object');
  else {
    for (const [code, s] of Object.entries(sev)) {
      if (!isIssueCode(code)) problems.push(`severities: unknown rule code ${code}`);
      else if (ENGINE_CODES.includes(code)) problems.push(`severities: ${code} is the engine's own (always an error), not a rule`);
      if (typeof s !== 'string' || !SEVERITIES.has(s)) problems.push(`severities.${code}: must be error, warning or info`);
    }
  }
  const t = data['template'];
  if (!isObj(t) || typeof t['title'] !== 'string' || typeof t['sheetPrefix'] !== 'string' || !isStrings(t['departmentLabels']) ||
      !isStrings(t['updatedLabels']) || !isStrings(t['authorLabels']) || !isStrings(t['notePrefixes']) || !isStrings(t['noteWords']) ||
      typeof t['placeholderChars'] !== 'string' || !isStrings(t['placeholderWords']) || typeof t['titleKeyword'] !== 'string' ||
      typeof t['formLine'] !== 'string' || typeof t['dateFormat'] !== 'string' || typeof t['bodyRows'] !== 'number' || !isObj(t['validation'])) {
    problems.push('template: incomplete');
  }
  return problems;
}

/** `data` as a policy pack, or an Error listing what is wrong with it. */
export function parsePolicy(data: unknown): PolicyPack {
  const problems = policyProblems(data);
  if (problems.length > 0) throw new Error(`invalid policy pack: ${problems.join('; ')}`);
  return data as PolicyPack;
}
