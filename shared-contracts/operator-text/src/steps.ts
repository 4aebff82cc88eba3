/*
 * The backend's internal step ids and the names operators see, as
 * `failover/step_display_names.go` maps them (plus ids older backends used). Keys are
 * normalised (lower case, words joined by hyphens), so snake_case ids and the Title Case the
 * backend falls back to ("VirtIO Driver Injection") map too.
 */
export const STEP_DISPLAY_NAMES: Readonly<Record<string, string>> = {
  validation: 'Pre-flight Validation',
  'pre-flight-validation': 'Pre-flight Validation',
  'pre-failover-validation': 'Pre-flight Validation',
  'failover-job-creation': 'Initializing Failover Operation',
  'source-vm-power-off': 'Powering Off Source VM',
  'source-vm-power-on': 'Powering On Source VM',
  'source-vm-discovery': 'Discovering Source VM',
  'final-sync': 'Final Data Synchronization',
  'incremental-replication': 'Incremental Data Transfer',
  'data-sync': 'Data Synchronization',
  'multi-volume-snapshot-creation': 'Creating Backup Snapshots',
  'cloudstack-snapshot-creation': 'Creating Backup Snapshot',
  'cloudstack-volume-snapshot-creation': 'Creating Storage Backup',
  'linstor-snapshot-creation': 'Creating Backup Snapshots',
  'snapshot-creation': 'Creating Backup',
  'volume-mode-switch-oma': 'Preparing Storage Volumes',
  'volume-mode-switch-failover': 'Configuring Storage Mode',
  'volume-attachment': 'Attaching Storage Volumes',
  'volume-detachment': 'Detaching Storage Volumes',
  'volume-reattachment-to-oma': 'Restoring Storage Configuration',
  'volume-operations': 'Storage Operations',
  'virtio-driver-injection': 'Preparing Drivers for Compatibility',
  'driver-injection': 'Installing Required Drivers',
  'virtio-injection': 'Driver Preparation',
  'vm-creation': 'Creating Destination VM',
  'test-vm-creation': 'Creating Test VM',
  'destination-vm-creation': 'Creating Destination VM',
  'vm-startup-and-validation': 'Starting and Validating VM',
  'vm-startup': 'Starting VM',
  'vm-validation': 'Validating VM',
  'network-configuration': 'Configuring Network Adapters',
  'network-mapping': 'Mapping Network Configuration',
  'network-setup': 'Network Setup',
  'test-vm-shutdown': 'Shutting Down Test VM',
  'test-vm-deletion': 'Removing Test VM',
  'vm-deletion': 'Removing VM',
  'cloudstack-snapshot-rollback': 'Rolling Back to Backup',
  'cloudstack-snapshot-deletion': 'Cleaning Up Backups',
  'snapshot-cleanup': 'Cleaning Up Backups',
  'multi-volume-cleanup': 'Cleaning Up Storage Snapshots',
  'status-update': 'Updating VM Status',
  'failover-job-status-update': 'Updating Operation Status',
  'vm-context-status-update': 'Finalizing VM State',
  completion: 'Completing Operation',
  'ossea-client-initialization': 'Initializing Platform Connection',
  'failover-job-retrieval': 'Retrieving Operation Details',
  cleanup: 'Cleanup Operations',
  finalization: 'Finalizing',
};

/** A step id in the form of STEP_DISPLAY_NAMES' keys: "VirtIO Driver Injection" → "virtio-driver-injection". */
export function normaliseStepId(step: string): string {
  return step
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-');
}

/** The display name of an internal step id in any of its spellings, if it is one. */
export function stepDisplayName(step: string): string | undefined {
  return STEP_DISPLAY_NAMES[normaliseStepId(step)];
}

/** Multi-word step ids, for finding them inside sentences. */
export const MULTI_WORD_STEP_IDS = Object.keys(STEP_DISPLAY_NAMES).filter((id) => id.includes('-'));
