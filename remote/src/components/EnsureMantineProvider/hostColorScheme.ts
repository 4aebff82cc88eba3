import { useSyncExternalStore } from 'react';

export type ColorScheme = 'light' | 'dark';

/** What the page says about its colour scheme, strongest signal first. */
export interface ColorSchemeSignals {
  /** `data-mantine-color-scheme` on <html>: a Mantine host whose Mantine the remote does not share. */
  mantineHostScheme: string | null;
  /** The host's `colorScheme` prop. */
  prop: ColorScheme | undefined;
  /** Tailwind's convention: a `dark` class on <html>. */
  htmlHasDarkClass: boolean;
  /** The browser's `prefers-color-scheme: dark`. */
  prefersDark: boolean;
}

/**
 * The colour scheme of the feature in a host whose MantineProvider it cannot use: a Mantine
 * host's scheme, else the `colorScheme` prop, else the host's `dark` class on <html>, else the
 * browser's preference.
 */
export function chooseColorScheme(signals: ColorSchemeSignals): ColorScheme {
  if (signals.mantineHostScheme === 'dark' || signals.mantineHostScheme === 'light') {
    return signals.mantineHostScheme;
  }
  if (signals.prop) return signals.prop;
  if (signals.htmlHasDarkClass) return 'dark';
  return signals.prefersDark ? 'dark' : 'light';
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

function readSignals(prop: ColorScheme | undefined): ColorSchemeSignals {
  const html = document.documentElement;
  return {
    mantineHostScheme: html.getAttribute('data-mantine-color-scheme'),
    prop,
    htmlHasDarkClass: html.classList.contains('dark'),
    prefersDark: typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches,
  };
}

function subscribe(onChange: () => void): () => void {
  // The host may switch its scheme at any time: follow <html>'s class and attribute, and the OS.
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['class', 'data-mantine-color-scheme'],
  });
  const query = typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
  query?.addEventListener?.('change', onChange);
  return () => {
    observer.disconnect();
    query?.removeEventListener?.('change', onChange);
  };
}

/** The host's colour scheme (see chooseColorScheme), kept up to date. */
export function useHostColorScheme(prop: ColorScheme | undefined): ColorScheme {
  return useSyncExternalStore(
    subscribe,
    () => chooseColorScheme(readSignals(prop)),
    () => prop ?? 'light',
  );
}
