import { createSafeContext } from '@mantine/core';
import type { OmaRequestOptions } from '@migratekit/oma-api';
import { type ReactNode, useMemo } from 'react';
import { createOmaClient, type OmaClient } from './omaClient';

const [OmaClientContext, useOmaClient] = createSafeContext<OmaClient>(
  'The VmOperations feature needs an OmaClientProvider above it',
);

/** The OMA API client of the nearest OmaClientProvider. */
export { useOmaClient };

export interface OmaClientProviderProps extends OmaRequestOptions {
  /** Replaces the real client, e.g. with a fake in tests or the workbench. */
  client?: OmaClient;
  /** What makes requests. */
  children: ReactNode;
}

/**
 * Gives every hook below one OMA API client: `client` when given, else the real one making
 * requests with the host's `fetch`, headers and credentials mode.
 */
export function OmaClientProvider({
  client,
  fetch,
  headers,
  credentials,
  children,
}: OmaClientProviderProps) {
  const value = useMemo(
    () => client ?? createOmaClient({ fetch, headers, credentials }),
    [client, fetch, headers, credentials],
  );
  return <OmaClientContext value={value}>{children}</OmaClientContext>;
}
