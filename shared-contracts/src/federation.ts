/**
 * The Module Federation half of the contract: the remote's container name, what it exposes,
 * and the versions of the libraries it takes from its host (kept in the contract package hosts
 * install), and the browsers both builds target.
 */
export {
  EXPOSED_MODULES,
  HOST_MANTINE_RANGE,
  HOST_REACT_RANGE,
  REMOTE_MODULE_IDS,
  REMOTE_NAME,
} from '@migratekit/vm-operations-contract';

/**
 * The browsers the dashboard supports. Host and remote build for the same ones: the remote's
 * code runs in the host's page, and without targets Lightning CSS compiles Mantine's
 * stylesheets for every browser ever made, doubling their size.
 */
export const SUPPORTED_BROWSERS = 'chrome >= 111, edge >= 111, firefox >= 113, safari >= 16.4';
