import type { LastOperationBadgeProps } from '@migratekit/vm-operations-contract';
import type { ReactNode } from 'react';
import { OmaClientProvider } from '../api';
import { EnsureMantineProvider } from '../components/EnsureMantineProvider';
import { FeatureErrorBoundary } from '../components/FeatureErrorBoundary';

/** The props every exposed module takes from its host for requests and colour scheme. */
type HostSettings = Pick<
  LastOperationBadgeProps,
  'fetch' | 'requestHeaders' | 'credentials' | 'colorScheme'
>;

export interface ExposedFeatureProps {
  /** The host's props. */
  host: HostSettings;
  /** What the error boundary says if the module crashes. */
  errorMessage: string;
  /** `inline` for a module that sits in a line of text (the badge). */
  errorVariant?: 'block' | 'inline';
  /** Mounted while Mantine loads in a host without it, to start the module's requests. */
  prefetch: ReactNode;
  /** The module itself. */
  children: ReactNode;
}

/**
 * What every exposed module stands in: a boundary that keeps a crash inside it, the API client
 * made from the host's request settings, and Mantine (the host's, or its own, confined).
 */
export function ExposedFeature({
  host,
  errorMessage,
  errorVariant,
  prefetch,
  children,
}: ExposedFeatureProps) {
  return (
    <FeatureErrorBoundary message={errorMessage} variant={errorVariant}>
      <OmaClientProvider
        fetch={host.fetch}
        headers={host.requestHeaders}
        credentials={host.credentials}
      >
        <EnsureMantineProvider colorScheme={host.colorScheme} fallback={prefetch}>
          {children}
        </EnsureMantineProvider>
      </OmaClientProvider>
    </FeatureErrorBoundary>
  );
}
