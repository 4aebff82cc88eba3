import type { ErrorCategory } from '@migratekit/oma-api';

/** Plain message per category, used when the API's message is missing or refused. */
export const CATEGORY_MESSAGES: Readonly<Record<ErrorCategory, string>> = {
  compatibility: 'Driver installation failed - compatibility issue',
  network: 'Network configuration error',
  storage: 'Storage volume access error',
  platform: 'The destination platform reported an error',
  connectivity: 'A required service could not be reached',
  configuration: 'Configuration error - the VM is not set up for this operation',
  unknown: 'The operation failed. Check the steps below or contact support.',
};

/** Plain label per category, for the details view. */
export const CATEGORY_LABELS: Readonly<Record<ErrorCategory, string>> = {
  compatibility: 'Compatibility',
  network: 'Network',
  storage: 'Storage',
  platform: 'Platform',
  connectivity: 'Connectivity',
  configuration: 'Configuration',
  unknown: 'Unknown',
};

/** What an operator can do per category, when the API sent no usable steps. */
export const CATEGORY_STEPS: Readonly<Record<ErrorCategory, readonly string[]>> = {
  compatibility: [
    "Check that the VM's operating system is supported",
    'Try the operation again',
    'Contact support if the problem continues',
  ],
  network: [
    'Review the network mapping for this VM',
    'Check that the target network is available',
    'Try the operation again',
  ],
  storage: [
    'Check that the storage volumes are available',
    'Check that there is enough free storage space',
    'Try the operation again',
  ],
  platform: [
    'Check that the destination platform is available',
    'Try the operation again later',
    'Contact support if the problem continues',
  ],
  connectivity: [
    'Check the connection between the source and destination environments',
    'Try the operation again once the connection is restored',
  ],
  configuration: [
    "Review this VM's migration settings",
    'Check that all prerequisites are met',
    'Try the operation again',
  ],
  unknown: ['Try the operation again', 'Contact support if the problem continues'],
};
