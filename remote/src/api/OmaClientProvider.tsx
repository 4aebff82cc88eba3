import { createSafeContext } from '@mantine/core';
import type { OmaRequestOptions } from '@migratekit/oma-api';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { createOmaClient, type OmaClient } from './omaClient';

const [OmaClientContext, useOmaClient] = createSafeContext<OmaClient>(
  'The VmOperations feature needs an OmaClientProvider above it',
);

/** The OMA API client of the nearest OmaClientProvider. */
export { useOmaClient };

/**
 * A client that replaces the real one in every OmaClientProvider below it: the workbench's
 * in-page backend. Not part of the public API, so a host cannot reach it.
 */
const OmaClientOverrideContext = createContext<OmaClient | null>(null);
export const OmaClientOverride = OmaClientOverrideContext.Provider;

export interface OmaClientProviderProps extends OmaRequestOptions {
  /** Replaces the real client, e.g. with a fake in tests or the workbench. */
  client?: OmaClient;
  /** What makes requests. */
  children: ReactNode;
}

/**
 * Gives every hook below one OMA API client: `client` when given, else an OmaClientOverride's,
 * else the real one making requests with the host's `fetch`, headers and credentials mode.
 */
export function OmaClientProvider({
  client,
  fetch,
  headers,
  credentials,
  children,
}: OmaClientProviderProps) {
  const override = useContext(OmaClientOverrideContext);
  const value = useMemo(
    () => client ?? override ?? createOmaClient({ fetch, headers, credentials }),
    [client, override, fetch, headers, credentials],
  );
  return <OmaClientContext value={value}>{children}</OmaClientContext>;
}
