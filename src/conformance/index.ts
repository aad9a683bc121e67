/** The conformance suite: every case, in the order they run (see types.ts, harness.ts). */
import { apiCases } from './cases/apis';
import { basicCases } from './cases/basics';
import { eventCases } from './cases/events';
import { formatCases } from './cases/formats';
import { limitCases } from './cases/limits';
import { valueCases } from './cases/values';
import type { ConformanceCase } from './types';

export const conformanceCases: readonly ConformanceCase[] = [...basicCases, ...valueCases, ...formatCases, ...apiCases, ...eventCases, ...limitCases];

export { runConformance, same, SCRATCH_PREFIX } from './harness';
export type { CaseContext, CaseResult, CaseStatus, ConformanceCase, Json, Outcome } from './types';
