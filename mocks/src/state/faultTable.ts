import { type Fault, isFaultKind, MAX_SLOW_DELAY_MS, type RouteName } from '../faults';

export interface FaultTable {
  /** Makes a route misbehave; throws a RangeError for an invalid fault. */
  set(route: RouteName, fault: Fault): void;
  /** Clears one route's fault, or all of them. */
  clear(route?: RouteName): void;
  /** The faults in effect (copies). */
  list(): Partial<Record<RouteName, Fault>>;
  /** The fault for this request to a route, if any; counts it against `times`. */
  take(route: RouteName): Fault | null;
}

function validate(fault: Fault): void {
  if (!isFaultKind(fault.kind)) throw new RangeError(`Unknown fault kind: ${fault.kind}`);
  if (fault.times !== undefined && !(Number.isInteger(fault.times) && fault.times > 0)) {
    throw new RangeError(`times must be a positive integer, got ${fault.times}`);
  }
  if (fault.delayMs !== undefined && !(fault.delayMs >= 0 && fault.delayMs <= MAX_SLOW_DELAY_MS)) {
    throw new RangeError(
      `delayMs must be between 0 and ${MAX_SLOW_DELAY_MS}, got ${fault.delayMs}`,
    );
  }
}

/** The faults injected per route, each used up after its `times` requests. */
export function createFaultTable(): FaultTable {
  const faults = new Map<RouteName, Fault>();
  return {
    set(route, fault) {
      validate(fault);
      faults.set(route, { ...fault });
    },
    clear(route) {
      if (route) faults.delete(route);
      else faults.clear();
    },
    list() {
      return Object.fromEntries([...faults].map(([route, fault]) => [route, { ...fault }]));
    },
    take(route) {
      const fault = faults.get(route);
      if (!fault) return null;
      if (fault.times !== undefined) {
        if (fault.times <= 1) faults.delete(route);
        else faults.set(route, { ...fault, times: fault.times - 1 });
      }
      return { ...fault };
    },
  };
}
