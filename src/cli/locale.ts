import type { Locale } from '../i18n';

/**
 * The output language: `--lang ja|en` wins; otherwise the first of LC_ALL, LC_MESSAGES, LANG that is set.
 * Japanese unless that names another language — `C`/`POSIX` (servers, CI) keep the Japanese default,
 * `en_US.UTF-8` gives English. Returns null for an unsupported `--lang` value (a usage error).
 */
export function chooseLocale(lang: string | null, env: Readonly<Record<string, string | undefined>>): Locale | null {
  if (lang !== null) {
    const l = lang.toLowerCase();
    if (l === 'ja' || l.startsWith('ja-') || l.startsWith('ja_')) return 'ja';
    if (l === 'en' || l.startsWith('en-') || l.startsWith('en_')) return 'en';
    return null;
  }
  const value = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '');
  if (value === undefined || value === 'C' || value === 'POSIX' || value.startsWith('C.')) return 'ja';
  return value.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
