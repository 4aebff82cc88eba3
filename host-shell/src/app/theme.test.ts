import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import {
  contrastRatio,
  darkenUntilReadable,
  dashboardCssVariablesResolver,
  dashboardTheme,
  MIN_TEXT_CONTRAST,
} from './theme';

const theme = mergeMantineTheme(DEFAULT_THEME, dashboardTheme);
const { light, dark } = dashboardCssVariablesResolver(theme);

describe('contrastRatio', () => {
  it('follows WCAG 2', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1);
    // Mantine's dimmed text on white, as axe measures it.
    expect(contrastRatio('#868e96', '#ffffff')).toBeCloseTo(3.32, 2);
  });
});

describe('darkenUntilReadable', () => {
  it('keeps a colour that already reads well', () => {
    expect(darkenUntilReadable('#1864ab', '#ffffff')).toBe('#1864ab');
  });

  it('darkens one that does not until it does', () => {
    const green = darkenUntilReadable('#2b8a3e', '#d3f9d8');
    expect(green).not.toBe('#2b8a3e');
    expect(contrastRatio(green, '#d3f9d8')).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });
});

describe("the dashboard theme's colours", () => {
  it('reads well for links and white text on filled buttons', () => {
    const shade = theme.colors.blue[8];
    expect(contrastRatio(shade, theme.white)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(contrastRatio(theme.white, theme.colors.red[8])).toBeGreaterThanOrEqual(
      MIN_TEXT_CONTRAST,
    );
    expect(theme.primaryShade).toEqual({ light: 8, dark: 8 });
  });

  it.each(Object.keys(DEFAULT_THEME.colors))(
    '%s: light badges and coloured text reach 4.5:1 in the light scheme',
    (name) => {
      const shades = theme.colors[name];
      const lightColor = light[`--mantine-color-${name}-light-color`];
      const text = light[`--mantine-color-${name}-text`];
      if (!shades || !lightColor || !text) throw new Error(`no variables for ${name}`);
      // Badge and light button backgrounds: shade 1, shade 2 on hover.
      expect(contrastRatio(lightColor, shades[1])).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      expect(contrastRatio(lightColor, shades[2])).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      expect(contrastRatio(text, theme.white)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    },
  );

  it('dims text no further than 4.5:1 in either scheme', () => {
    expect(light['--mantine-color-dimmed']).toBe('var(--mantine-color-gray-7)');
    expect(contrastRatio(theme.colors.gray[7], theme.white)).toBeGreaterThanOrEqual(
      MIN_TEXT_CONTRAST,
    );
    expect(dark['--mantine-color-dimmed']).toBe('var(--mantine-color-dark-1)');
    // Dark pages and cards: dark 7 and dark 6.
    for (const background of [theme.colors.dark[7], theme.colors.dark[6]]) {
      expect(contrastRatio(theme.colors.dark[1], background)).toBeGreaterThanOrEqual(
        MIN_TEXT_CONTRAST,
      );
    }
  });
});
