import { MIN_ACTIVE_POLL_MS, MIN_IDLE_POLL_MS } from '@migratekit/vm-operations-contract';

/*
 * The contract's floors on refresh intervals. A host may ask for any positive interval; one
 * of a few milliseconds would send hundreds of requests a second, so smaller values are raised.
 */

/** `activePollMs` raised to the contract's floor for running operations. */
export function clampActivePollMs(activePollMs: number): number {
  return Math.max(MIN_ACTIVE_POLL_MS, activePollMs);
}

/** `idlePollMs` raised to the contract's floor for idle VMs. */
export function clampIdlePollMs(idlePollMs: number): number {
  return Math.max(MIN_IDLE_POLL_MS, idlePollMs);
}
