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

/**
 * Fills the placeholders of a catalogue string: `{name}` the value; for English plurals `{name|one|other}` the
 * number with the word that fits it (`1 warning`, `0 warnings`) and `{name?one|other}` the word alone
 * (`1 asset was`, `2 assets were`). Japanese strings need only `{name}`.
 */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)(?:([|?])([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, kind?: string, one?: string, other?: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    if (kind === undefined) return String(value);
    const word = Number(value) === 1 ? one : other;
    return kind === '|' ? `${String(value)} ${word ?? ''}` : (word ?? '');
  });
}
