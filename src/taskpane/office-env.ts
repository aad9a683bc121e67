import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import { localeFor } from './i18n';
import type { Locale } from './i18n';

/** What the task pane needs to know about the Office it runs in. */
export interface OfficeEnvironment {
  locale: Locale;
  theme: Theme;
  /** False when office.js loaded in a plain browser tab (no Excel host). */
  insideExcel: boolean;
}

/** Relative luminance (0 black … 1 white) of a #rrggbb colour, or null when it is not one. */
export function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex?.trim() ?? '');
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const v = parseInt(c ?? '0', 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Fluent theme following Office's: dark when Office's body background is dark. officeTheme is missing on some
 * platforms (and outside Office); then the light theme.
 */
export function fluentThemeFor(officeTheme: Pick<Office.OfficeTheme, 'bodyBackgroundColor'> | undefined): Theme {
  const l = luminance(officeTheme?.bodyBackgroundColor);
  return l !== null && l < 0.5 ? webDarkTheme : webLightTheme;
}

/** Reads locale, theme and host from office.js once Office.onReady has resolved. */
export function readOfficeEnvironment(office: typeof Office, ready: { host: Office.HostType | null }): OfficeEnvironment {
  let displayLanguage: string | undefined;
  let officeTheme: Office.OfficeTheme | undefined;
  try {
    displayLanguage = office.context?.displayLanguage;
    officeTheme = office.context?.officeTheme;
  } catch {
    // Outside an Office host these getters can throw; the defaults (ja, light) apply.
  }
  return {
    locale: localeFor(displayLanguage),
    theme: fluentThemeFor(officeTheme),
    insideExcel: ready.host === office.HostType.Excel,
  };
}
