import type { VmContextStatus } from '@migratekit/oma-api';
import { guardOptionalText } from '@migratekit/operator-text';

interface StatusPresentation {
  /** The status in plain words. */
  label: string;
  /** A Mantine colour for its badge. */
  color: string;
}

const STATUS: Record<VmContextStatus, StatusPresentation> = {
  discovered: { label: 'Discovered', color: 'gray' },
  replicating: { label: 'Replicating', color: 'blue' },
  ready_for_failover: { label: 'Ready for failover', color: 'green' },
  failed_over_test: { label: 'In test failover', color: 'yellow' },
  failed_over_live: { label: 'Live failover done', color: 'teal' },
  completed: { label: 'Migration completed', color: 'green' },
  failed: { label: 'Failed', color: 'red' },
  cleanup_required: { label: 'Cleanup required', color: 'orange' },
  unknown: { label: 'Status unknown', color: 'gray' },
};

/** How a VM's replication-context status is shown. */
export function presentVmStatus(status: VmContextStatus): StatusPresentation {
  return STATUS[status] ?? STATUS.unknown;
}

const POWER_STATES: Record<string, string> = {
  poweredon: 'Powered on',
  poweredoff: 'Powered off',
  suspended: 'Suspended',
  on: 'Powered on',
  off: 'Powered off',
};

/**
 * vCenter's power state (`poweredOn`, …) in plain words; other values as sent when they pass
 * the operator-text guard, else null.
 */
export function describePowerState(powerState: string): string | null {
  return (
    POWER_STATES[powerState.replace(/[\s_-]/g, '').toLowerCase()] ?? guardOptionalText(powerState)
  );
}

const OS_TYPES: Record<string, string> = {
  windows: 'Windows',
  linux: 'Linux',
};

/**
 * The guest OS type in plain words (`linux` → "Linux"); other values as sent when they pass the
 * operator-text guard, else null.
 */
export function describeOsType(osType: string): string | null {
  return OS_TYPES[osType.toLowerCase()] ?? guardOptionalText(osType);
}

/** "Linux · Powered on", from what the context has of both; null when it has neither. */
export function describeVmFacts(context: {
  osType: string | null;
  powerState: string | null;
}): string | null {
  const facts = [
    context.osType ? describeOsType(context.osType) : null,
    context.powerState ? describePowerState(context.powerState) : null,
  ].filter((fact): fact is string => fact !== null);
  return facts.length > 0 ? facts.join(' · ') : null;
}
