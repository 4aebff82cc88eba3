import { useEffect, useId, useSyncExternalStore } from 'react';
import { type Cache, unstable_serialize, useSWRConfig } from 'swr';

/*
 * SWR gives every hook instance its own refresh timer, so two components showing the same
 * VM would poll out of phase and double the requests. Instead, the instances that share a
 * key (in the same cache) elect one poller: the one asking for the fastest refresh, the
 * earliest mounted among equals. The others read the shared cache entry.
 */

interface Registrant {
  id: string;
  intervalMs: number;
  order: number;
}

const registries = new WeakMap<Cache, Map<string, Registrant[]>>();
const listeners = new Set<() => void>();
let nextOrder = 0;

function registryFor(cache: Cache): Map<string, Registrant[]> {
  let registry = registries.get(cache);
  if (registry === undefined) {
    registry = new Map();
    registries.set(cache, registry);
  }
  return registry;
}

function notify() {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function leaderOf(registrants: readonly Registrant[] | undefined): string | null {
  let leader: Registrant | null = null;
  for (const candidate of registrants ?? []) {
    if (
      leader === null ||
      candidate.intervalMs < leader.intervalMs ||
      (candidate.intervalMs === leader.intervalMs && candidate.order < leader.order)
    ) {
      leader = candidate;
    }
  }
  return leader?.id ?? null;
}

/**
 * True when this hook instance is the one that polls `key`. `intervalMs` is the fastest
 * refresh this instance wants; the instance wanting the fastest one polls.
 */
export function usePollLeadership(key: readonly unknown[], intervalMs: number): boolean {
  const { cache } = useSWRConfig();
  const id = useId();
  const serialisedKey = unstable_serialize(key);

  useEffect(() => {
    const registry = registryFor(cache);
    const registrants = registry.get(serialisedKey) ?? [];
    registry.set(serialisedKey, [...registrants, { id, intervalMs, order: nextOrder++ }]);
    notify();
    return () => {
      const remaining = (registry.get(serialisedKey) ?? []).filter((entry) => entry.id !== id);
      if (remaining.length === 0) registry.delete(serialisedKey);
      else registry.set(serialisedKey, remaining);
      notify();
    };
  }, [cache, serialisedKey, id, intervalMs]);

  return useSyncExternalStore(
    subscribe,
    () => leaderOf(registries.get(cache)?.get(serialisedKey)) === id,
    () => false,
  );
}
