/**
 * A policy pack: everything the engine needs to know about one municipality's policy, as plain JSON-able data
 * (SPEC §5). The engine reads groups, levels, columns, synonyms, indicators and severities from here and never
 * hard-codes them, so another city can adapt the pack without touching the engine.
 */
import type { IssueCode } from '../ledger/codes';
import type { ColumnKey, Severity } from '../ledger/types';

/** One classification (群) or security level (レベル), with the policy text that defines it. */
export interface ClassDef {
  /** The canonical value written in ledgers, e.g. `A群`, `レベル1`. */
  readonly code: string;
  /** Article of the policy the definition is quoted from, e.g. `第5`. */
  readonly article: string;
  /** The definition quoted from the policy. */
  readonly definition: string;
  /** A short form for prompts and legends. */
  readonly short: string;
  /**
   * Accepted spellings, compared after NFKC, removing all spaces and upper-casing (the canonical code itself
   * is always accepted).
   */
  readonly synonyms: readonly string[];
}

/** One column of the ledger table. */
export interface ColumnDef {
  readonly key: ColumnKey;
  /** The header written by the template. */
  readonly header: string;
  /** Header label variants the reader accepts (compared ignoring width, case and spaces). */
  readonly labels: readonly string[];
  /** Part of the canonical table (false: only with the extended option). */
  readonly core: boolean;
  /** Must be filled on every asset row (REQUIRED_EMPTY). */
  readonly required: boolean;
  /** Width in characters in the template. */
  readonly width: number;
  /** Wrapped text in the template. */
  readonly wrap: boolean;
}

/** Words that suggest a classification (SPEC §3), matched in 情報資産名 and 内容 after NFKC, ignoring case and spaces. */
export interface Indicators {
  /** Suggest the highest level (レベル1). */
  readonly level1: readonly string[];
  /** Suggest an asset on an information system (A群). */
  readonly groupA: readonly string[];
  /** Suggest other media (B群). */
  readonly groupB: readonly string[];
}

/** Which canonical values the keyword rules reason about. */
export interface SuspicionRoles {
  /** The level that LEVEL1_SUSPECTED proposes (`レベル1`). */
  readonly highLevel: string;
  /** The level it questions (`レベル2`). */
  readonly lowLevel: string;
  /** The group for information systems (`A群`). */
  readonly systemGroup: string;
  /** The group for everything else (`B群`). */
  readonly otherGroup: string;
}

/** A yes/no coded column such as 個人情報. */
export interface YesNoDef {
  readonly yes: string;
  readonly no: string;
  /** Accepted spellings per canonical value (after NFKC and removing spaces). */
  readonly yesSynonyms: readonly string[];
  readonly noSynonyms: readonly string[];
}

/** Texts of the template and what the reader looks for around the table. */
export interface TemplateTexts {
  /** Sheet name prefix; `台帳_` gives `台帳_総務課`. */
  readonly sheetPrefix: string;
  /** `{department}` is replaced. */
  readonly title: string;
  /** The word that marks a title cell (`情報資産台帳`). */
  readonly titleKeyword: string;
  /** The 別記様式 line, `{group}` and `{level}` replaced. */
  readonly formLine: string;
  /** Meta labels written by the template and accepted by the reader (first of each is written). */
  readonly departmentLabels: readonly string[];
  readonly updatedLabels: readonly string[];
  readonly authorLabels: readonly string[];
  /** A row whose first filled cell starts with one of these ends the table. */
  readonly notePrefixes: readonly string[];
  /** A row whose first filled cell is exactly one of these (spaces ignored) ends the table. */
  readonly noteWords: readonly string[];
  /** Fillers that make a title's （…） a placeholder rather than a 課 (besides spaces). */
  readonly placeholderChars: string;
  /** Placeholder words (after removing fillers), e.g. `課`. */
  readonly placeholderWords: readonly string[];
  /** Number format of the 更新日 cell. */
  readonly dateFormat: string;
  /** Initial empty rows in the template's table. */
  readonly bodyRows: number;
  /** Data-validation texts per coded column. */
  readonly validation: {
    readonly number: { readonly errorTitle: string; readonly errorMessage: string; readonly promptTitle: string; readonly prompt: string };
    readonly group: { readonly errorTitle: string; readonly errorMessage: string; readonly promptTitle: string };
    readonly level: { readonly errorTitle: string; readonly errorMessage: string; readonly promptTitle: string };
    readonly personalInfo: { readonly errorTitle: string; readonly errorMessage: string; readonly promptTitle: string; readonly prompt: string };
  };
}

/** The whole pack. */
export interface PolicyPack {
  readonly id: string;
  readonly version: string;
  /** The policy's own name, e.g. 花巻市情報セキュリティ基本方針. */
  readonly name: string;
  /** Classifications (第5), in display order. */
  readonly groups: readonly ClassDef[];
  /** Security levels (第6), in display order. */
  readonly levels: readonly ClassDef[];
  /** Table columns in template order (core first, then extended ones, 備考 last). */
  readonly columns: readonly ColumnDef[];
  readonly personalInfo: YesNoDef;
  readonly indicators: Indicators;
  readonly roles: SuspicionRoles;
  /** First month (1–12) of the fiscal year, for LEDGER_STALE. */
  readonly fiscalYearStartMonth: number;
  /** Severity of each rule; a code absent here is not checked. */
  readonly severities: Readonly<Partial<Record<IssueCode, Severity>>>;
  readonly template: TemplateTexts;
}
