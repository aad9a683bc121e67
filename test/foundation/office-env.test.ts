import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { fluentThemeFor, luminance, readOfficeEnvironment } from '../../src/taskpane/office-env';

describe('fluentThemeFor (Office theme → Fluent theme)', () => {
  test.each([
    ['#ffffff', 'light'], // Colorful / White
    ['#e6e6e6', 'light'], // Light Gray
    ['#262626', 'dark'], // Dark Gray
    ['#000000', 'dark'], // Black
    ['#1F1F1F', 'dark'],
  ])('body background %s → %s', (bodyBackgroundColor, expected) => {
    expect(fluentThemeFor({ bodyBackgroundColor })).toBe(expected === 'dark' ? webDarkTheme : webLightTheme);
  });

  test('light when Office reports no theme or an unreadable colour', () => {
    expect(fluentThemeFor(undefined)).toBe(webLightTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: 'transparent' })).toBe(webLightTheme);
  });

  test('luminance of black, white and an invalid colour', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1, 6);
    expect(luminance('#12345')).toBeNull();
  });
});

describe('readOfficeEnvironment', () => {
  const office = (context: object) => ({ context, HostType: { Excel: 'Excel' } }) as unknown as typeof Office;

  test('English, dark and inside Excel from an English Excel with a dark theme', () => {
    const env = readOfficeEnvironment(office({ displayLanguage: 'en-GB', officeTheme: { bodyBackgroundColor: '#262626' } }), {
      host: 'Excel' as unknown as Office.HostType,
    });
    expect(env).toEqual({ locale: 'en', theme: webDarkTheme, insideExcel: true });
  });

  test('defaults (ja, light) and outside Excel when office.js runs in a plain browser tab', () => {
    const throwing = {
      get displayLanguage(): string {
        throw new Error('not in Office');
      },
    };
    expect(readOfficeEnvironment(office(throwing), { host: null })).toEqual({
      locale: 'ja',
      theme: webLightTheme,
      insideExcel: false,
    });
  });
});
