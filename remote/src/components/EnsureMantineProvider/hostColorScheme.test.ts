import { type ColorSchemeSignals, chooseColorScheme } from './hostColorScheme';

const none: ColorSchemeSignals = {
  mantineHostScheme: null,
  prop: undefined,
  htmlHasDarkClass: false,
  prefersDark: false,
};

describe('chooseColorScheme', () => {
  it("follows a Mantine host's scheme over everything else", () => {
    expect(
      chooseColorScheme({
        mantineHostScheme: 'light',
        prop: 'dark',
        htmlHasDarkClass: true,
        prefersDark: true,
      }),
    ).toBe('light');
    expect(chooseColorScheme({ ...none, mantineHostScheme: 'dark', prop: 'light' })).toBe('dark');
  });

  it('else the colorScheme prop', () => {
    expect(
      chooseColorScheme({ ...none, prop: 'light', htmlHasDarkClass: true, prefersDark: true }),
    ).toBe('light');
    expect(chooseColorScheme({ ...none, prop: 'dark' })).toBe('dark');
  });

  it("else the host's dark class on <html>", () => {
    expect(chooseColorScheme({ ...none, htmlHasDarkClass: true })).toBe('dark');
  });

  it("else the browser's preference", () => {
    expect(chooseColorScheme({ ...none, prefersDark: true })).toBe('dark');
    expect(chooseColorScheme(none)).toBe('light');
  });

  it('ignores a Mantine attribute that names no scheme (auto before it resolves)', () => {
    expect(chooseColorScheme({ ...none, mantineHostScheme: 'auto', prop: 'dark' })).toBe('dark');
  });
});
