import './mantineStyles';
import { MantineProvider } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { type ColorScheme, useHostColorScheme } from './hostColorScheme';
import classes from './IsolatedMantineProvider.module.css';
import { pageStyleNonce } from './pageStyleNonce';

// The bundler's nonce, read by libraries that write <style> elements of their own (the modal's
// scroll lock, through get-nonce).
declare let __webpack_nonce__: string | undefined;

/** Attribute that marks the feature's root (its value tells instances apart). */
export const FEATURE_ROOT_ATTRIBUTE = 'data-vm-operations-root';

export interface IsolatedMantineProviderProps {
  /** The host's `colorScheme` prop, if it gave one. */
  colorScheme?: ColorScheme;
  /** What needs Mantine. */
  children: ReactNode;
}

/**
 * The remote's own Mantine, confined to the feature's root: its CSS variables and colour
 * scheme attribute are written on the root (`cssVariablesSelector`, `getRootElement`), no
 * global classes are injected, and portals (the details modal) render inside the root, so
 * nothing of the host's page changes and the variables reach the modal too.
 */
export default function IsolatedMantineProvider({
  colorScheme,
  children,
}: IsolatedMantineProviderProps) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const selector = `[${FEATURE_ROOT_ATTRIBUTE}="${id}"]`;
  const scheme = useHostColorScheme(colorScheme);
  const nonce = pageStyleNonce();
  if (nonce) __webpack_nonce__ = nonce;
  return (
    <div
      className={classes.root}
      {...{ [FEATURE_ROOT_ATTRIBUTE]: id }}
      data-mantine-color-scheme={scheme}
    >
      <MantineProvider
        cssVariablesSelector={selector}
        getRootElement={() => document.querySelector<HTMLElement>(selector) ?? undefined}
        withGlobalClasses={false}
        getStyleNonce={nonce ? () => nonce : undefined}
        forceColorScheme={scheme}
        theme={{ components: { Portal: { defaultProps: { target: selector } } } }}
      >
        {children}
      </MantineProvider>
    </div>
  );
}
