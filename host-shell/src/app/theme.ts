import { createTheme, localStorageColorSchemeManager } from '@mantine/core';

/** localStorage key of the chosen colour scheme (public/index.html reads it before start-up). */
export const COLOR_SCHEME_STORAGE_KEY = 'migratekit-dashboard.color-scheme';

/** Remembers the light/dark choice across visits. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_STORAGE_KEY });

/** The dashboard's Mantine theme; the remote renders inside it. */
export const dashboardTheme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
});
