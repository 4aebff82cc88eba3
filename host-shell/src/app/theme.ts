import {
  type CSSVariablesResolver,
  createTheme,
  darken,
  getPrimaryShade,
  localStorageColorSchemeManager,
  luminance,
} from '@mantine/core';

/** localStorage key of the chosen colour scheme (public/index.html reads it before start-up). */
export const COLOR_SCHEME_STORAGE_KEY = 'migratekit-dashboard.color-scheme';

/** Remembers the light/dark choice across visits. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_STORAGE_KEY });

/** The dashboard's Mantine theme; the remote renders inside it. */
export const dashboardTheme = createTheme({
  primaryColor: 'blue',
  // Shade 8 in both schemes: links (blue 8 on white, 5.0:1) and white text on filled buttons
  // (blue 8: 5.0:1, red 8: 4.5:1) are readable; shade 6 gives 3.6:1 and 3.3:1.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
});

/** The least contrast of normal-size text with its background (WCAG 2 AA). */
export const MIN_TEXT_CONTRAST = 4.5;

/** WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

/** `color` darkened in 5 % steps until it reaches `minimum` contrast on `background`. */
export function darkenUntilReadable(
  color: string,
  background: string,
  minimum = MIN_TEXT_CONTRAST,
): string {
  for (let step = 0; step < 20; step += 1) {
    const candidate = step === 0 ? color : darken(color, step / 20);
    if (contrastRatio(candidate, background) >= minimum) return candidate;
  }
  return '#000000';
}

/**
 * Readable text colours where Mantine's defaults fall short of 4.5:1 in the light scheme:
 * - dimmed text: gray 6 on white is 3.3:1, gray 7 is 8.2:1; in the dark scheme dark 2 on dark 7
 *   is 4.0:1, dark 1 is 7.8:1;
 * - light badges, buttons and alert titles: shade 9 on shade 1 is 3.8:1 for green, 3.6:1 for
 *   orange, 2.7:1 for yellow; each colour's shade 9 is darkened until it reads on shade 2 (the
 *   hover background), hence also on shade 1;
 * - coloured text (`c="orange"`): the primary shade is darkened until it reads on the page.
 * The dark scheme's defaults (shade 0 on a darkened shade 9, shade 4 text) all pass.
 */
export const dashboardCssVariablesResolver: CSSVariablesResolver = (theme) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
  };
  const lightShade = getPrimaryShade(theme, 'light');
  for (const [name, shades] of Object.entries(theme.colors)) {
    const [, , hoverBackground, , , , , , , darkest] = shades;
    const filled = shades[lightShade];
    if (!hoverBackground || !darkest || !filled) continue;
    light[`--mantine-color-${name}-light-color`] = darkenUntilReadable(darkest, hoverBackground);
    light[`--mantine-color-${name}-text`] = darkenUntilReadable(filled, theme.white);
  }
  return {
    variables: {},
    light,
    dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
  };
};
