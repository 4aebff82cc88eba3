import type { OmaRequestOptions } from '@migratekit/oma-api';
import { createContext, type ReactNode, useContext, useMemo } from 'react';

const OmaRequestContext = createContext<OmaRequestOptions>({});

export interface OmaRequestProviderProps extends OmaRequestOptions {
  /** What makes requests. */
  children: ReactNode;
}

/** Makes every request below use the host's `fetch`, headers and credentials mode. */
export function OmaRequestProvider({
  children,
  fetch,
  headers,
  credentials,
}: OmaRequestProviderProps) {
  const value = useMemo(() => ({ fetch, headers, credentials }), [fetch, headers, credentials]);
  return <OmaRequestContext.Provider value={value}>{children}</OmaRequestContext.Provider>;
}

/** The host's way of making requests, as the nearest OmaRequestProvider gives it. */
export const useOmaRequest = () => useContext(OmaRequestContext);
