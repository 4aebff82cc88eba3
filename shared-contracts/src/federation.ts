/**
 * The Module Federation half of the contract: the remote's container name, what it exposes,
 * and the versions of the libraries it takes from its host.
 */
export const REMOTE_NAME = 'vm_operations';

export const EXPOSED_MODULES = {
  vmOperations: './VmOperations',
  lastOperationBadge: './LastOperationBadge',
} as const;

/** `loadRemote` ids of the exposed modules. */
export const REMOTE_MODULE_IDS = {
  vmOperations: `${REMOTE_NAME}/VmOperations`,
  lastOperationBadge: `${REMOTE_NAME}/LastOperationBadge`,
} as const;

/**
 * The host's React and ReactDOM the remote runs on (it ships none in production). Module
 * Federation's version check accepts prereleases of a matching version, such as the
 * `19.2.0-canary-…` React that Next.js 15's App Router bundles.
 */
export const HOST_REACT_RANGE = '^18.3.0 || ^19.0.0';

/**
 * A host's Mantine the remote uses instead of its own (Mantine 8.3): the components it uses
 * behave alike in 8.3 and 9, and a Mantine 9 host has the React ≥ 19.2 that 9 needs.
 */
export const HOST_MANTINE_RANGE = '^8.3.0 || ^9.0.0';

/**
 * The browsers the dashboard supports. Host and remote build for the same ones: the remote's
 * code runs in the host's page, and without targets Lightning CSS compiles Mantine's
 * stylesheets for every browser ever made, doubling their size.
 */
export const SUPPORTED_BROWSERS = 'chrome >= 111, edge >= 111, firefox >= 113, safari >= 16.4';
