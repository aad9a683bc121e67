import { en } from './en';
import { ja } from './ja';
import type { UiCatalogue, UiKey } from './ja';

export type { UiCatalogue, UiKey };
export type Locale = 'ja' | 'en';

const catalogues: Record<Locale, UiCatalogue> = { ja, en };

/** The UI strings for a locale. */
export function uiStrings(locale: Locale): UiCatalogue {
  return catalogues[locale];
}

/**
 * Japanese unless the display language is known and is not Japanese (SPEC §8).
 * Takes Office's displayLanguage ("ja-JP", "en-US", …) or a browser language tag.
 */
export function localeFor(language: string | undefined | null): Locale {
  if (!language) return 'ja';
  return language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** Fills `{name}` placeholders of a catalogue string. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
