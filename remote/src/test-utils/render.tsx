import { MantineProvider, type MantineThemeOverride } from '@mantine/core';
import {
  act,
  type RenderHookOptions,
  type RenderHookResult,
  type RenderOptions,
  type RenderResult,
  render,
  renderHook,
} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import type { ReactElement, ReactNode } from 'react';
import { type Cache, SWRConfig } from 'swr';
import { type OmaClient, OmaClientProvider } from '../api';

export interface ProvidersOptions {
  /** Colour scheme forced on Mantine (light by default). */
  colorScheme?: 'light' | 'dark';
  /** Theme override, when a test needs the remote's own theme. */
  theme?: MantineThemeOverride;
  /** Replaces the real OMA API client (which the mock API answers). */
  omaClient?: OmaClient;
}

export type RenderWithProvidersOptions = ProvidersOptions & Omit<RenderOptions, 'wrapper'>;

export type RenderWithProvidersResult = RenderResult & {
  /** A userEvent session bound to this render's document. */
  user: ReturnType<typeof userEvent.setup>;
};

interface TestProvidersProps extends ProvidersOptions {
  cache: Cache;
  children: ReactNode;
}

/** The providers the remote runs under, with a caller-owned SWR cache. */
export function TestProviders({
  cache,
  colorScheme = 'light',
  theme,
  omaClient,
  children,
}: TestProvidersProps) {
  return (
    // env="test" turns off transitions and portals so content appears synchronously.
    <MantineProvider env="test" forceColorScheme={colorScheme} theme={theme}>
      <SWRConfig value={{ provider: () => cache }}>
        <OmaClientProvider client={omaClient}>{children}</OmaClientProvider>
      </SWRConfig>
    </MantineProvider>
  );
}

/**
 * A Testing Library wrapper with its own SWR cache, so one test's data never leaks into
 * the next; rerenders of the same render share it.
 */
export function createProvidersWrapper(
  options: ProvidersOptions = {},
): (props: { children: ReactNode }) => ReactElement {
  const cache: Cache = new Map();
  return ({ children }) => (
    <TestProviders cache={cache} {...options}>
      {children}
    </TestProviders>
  );
}

/** Testing Library's render inside MantineProvider and a fresh SWR cache. */
export function renderWithProviders(
  ui: ReactElement,
  options: RenderWithProvidersOptions = {},
): RenderWithProvidersResult {
  const { colorScheme, theme, omaClient, ...renderOptions } = options;
  const user = userEvent.setup();
  const result = render(ui, {
    ...renderOptions,
    wrapper: createProvidersWrapper({ colorScheme, theme, omaClient }),
  });
  return { ...result, user };
}

/** Testing Library's renderHook inside the same providers as `renderWithProviders`. */
export function renderHookWithProviders<Result, Props>(
  hook: (props: Props) => Result,
  options: ProvidersOptions & Omit<RenderHookOptions<Props>, 'wrapper'> = {},
): RenderHookResult<Result, Props> {
  const { colorScheme, theme, omaClient, ...hookOptions } = options;
  return renderHook(hook, {
    ...hookOptions,
    wrapper: createProvidersWrapper({ colorScheme, theme, omaClient }),
  });
}

/**
 * jest-axe's check of `node`, inside act(): axe takes real time, and the updates Mantine's
 * transitions make meanwhile belong to the render under test.
 */
export async function axeInAct(node: Element): Promise<Awaited<ReturnType<typeof axe>>> {
  let results: Awaited<ReturnType<typeof axe>> | undefined;
  await act(async () => {
    results = await axe(node);
  });
  if (!results) throw new Error('axe returned no results');
  return results;
}

export { userEvent };
