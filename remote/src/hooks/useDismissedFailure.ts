import type { LastOperation } from '@migratekit/oma-api';
import { useCallback, useEffect, useSyncExternalStore } from 'react';

/*
 * Dismissing a failure hides it for this browser only: the server's summary stays, as it
 * must for other users and for the record. What was dismissed is the failure's identity,
 * so a new failure of the same VM shows again. Storage may be missing or throw (private
 * mode, quota, disabled cookies): then dismissals live in memory for this page.
 */

export const DISMISSED_STORAGE_PREFIX = 'migratekit.vmOperations.dismissed.';

const inMemory = new Map<string, string>();
const listeners = new Set<() => void>();

function storageKey(vmName: string): string {
  return `${DISMISSED_STORAGE_PREFIX}${vmName}`;
}

function localStorageOrNull(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function readDismissed(vmName: string): string | null {
  const key = storageKey(vmName);
  // This page's own dismissals are the newest; storage covers reloads and other tabs.
  const remembered = inMemory.get(key);
  if (remembered !== undefined) return remembered;
  try {
    return localStorageOrNull()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeDismissed(vmName: string, identity: string) {
  const key = storageKey(vmName);
  inMemory.set(key, identity);
  try {
    localStorageOrNull()?.setItem(key, identity);
  } catch {
    // Kept in memory only; the banner still goes away for this page.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Who a failure is: everything that tells it apart from another one. The job and the time
 * alone are not enough: the backend may send no job id and a zero ("unknown") time, and then
 * a different failure would stay hidden behind an old dismissal.
 */
export function failureIdentity(lastOperation: LastOperation): string {
  return JSON.stringify([
    lastOperation.jobId,
    lastOperation.timestamp,
    lastOperation.operationType,
    lastOperation.failedStep,
    lastOperation.failedStepInternal,
    lastOperation.errorMessage,
    lastOperation.errorCategory,
  ]);
}

export interface DismissedFailureState {
  /** True when the user dismissed this very failure. */
  isDismissed: boolean;
  /** Hides this failure from now on (no effect when there is no failure). */
  dismiss: () => void;
}

/** Whether the user dismissed the VM's current failed operation, remembered per browser. */
export function useDismissedFailure(
  vmName: string,
  lastOperation: LastOperation | null | undefined,
): DismissedFailureState {
  const identity =
    lastOperation != null && lastOperation.status === 'failed'
      ? failureIdentity(lastOperation)
      : null;

  // Another tab's dismissal arrives as a storage event: drop the stale copy in memory. A
  // `null` key means the other tab cleared the whole storage area, this VM's entry included.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === null) inMemory.clear();
      else if (event.key === storageKey(vmName)) inMemory.delete(event.key);
      else return;
      for (const listener of listeners) listener();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [vmName]);

  const dismissedIdentity = useSyncExternalStore(
    subscribe,
    () => readDismissed(vmName),
    () => null,
  );

  const dismiss = useCallback(() => {
    if (identity !== null) writeDismissed(vmName, identity);
  }, [vmName, identity]);

  return { isDismissed: identity !== null && dismissedIdentity === identity, dismiss };
}

/** Forgets dismissals kept in memory (for tests that simulate a page reload). */
export function forgetDismissalsInMemory() {
  inMemory.clear();
}
