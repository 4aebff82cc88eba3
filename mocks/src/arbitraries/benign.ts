import fc from 'fast-check';

/*
 * Text operators should read as it is: everything the backend's own sanitizer and step table
 * can produce (read from DRDAVIDBANNER/sendense, source/current/sha/failover, commit 2acc62b),
 * and ordinary English with numbers, percentages, durations and VM names. A policy that
 * refuses any of it over-blocks.
 */

/** Every `UserMessage` of the backend's error sanitizer (`failover/error_sanitizer.go`). */
export const SANITIZER_USER_MESSAGES = [
  'Operation completed successfully',
  'Driver injection failed - VM may not be compatible with automated conversion',
  'Driver injection process error - automated tool encountered issue',
  'Required driver package not available on system',
  'KVM driver installation failed - compatibility issue',
  'Storage access error during driver preparation',
  'System permissions error during driver preparation',
  'Driver preparation failed - unable to inject required drivers',
  'Network configuration error - specified network not available',
  'Network configuration error during VM creation',
  'Insufficient resources on destination platform',
  'Platform configuration error - VM template or service offering issue',
  'Platform communication error - could not create VM',
  'VM creation failed on destination platform',
  'Network not found - target network is not available',
  'Network mapping not configured for this VM',
  'Network configuration error - cannot resolve network identifier',
  'Network configuration error during failover',
  'Storage volume is already in use',
  'Storage volume not found',
  'Storage detachment error - volume cannot be disconnected',
  'Storage management service error',
  'Storage operation failed',
  'Cannot connect to source environment',
  'Source VM not found',
  'VM power state change failed - VM may already be in requested state',
  'Insufficient permissions to manage VM power state',
  'VM power management operation failed',
  'Backup snapshot creation failed',
  'Backup snapshot not found',
  'Snapshot rollback failed - cannot restore to previous state',
  'Backup snapshot operation failed',
  'VM is not ready for failover - replication required first',
  'Network mapping not configured - required for failover',
  'VM is not in valid state for this operation',
  'Pre-flight validation failed - VM not ready for operation',
] as const;

/** Every actionable step the backend's error sanitizer can attach, its category defaults included. */
export const SANITIZER_ACTIONABLE_STEPS = [
  'Try live failover instead (no driver modification required)',
  'Verify VM is running Windows operating system',
  'Ensure VM disk is not corrupted',
  'Check VM is in a bootable state',
  'Try live failover instead',
  'Contact support for manual driver installation',
  'Contact administrator - driver package needs to be installed',
  'Try live failover as a workaround',
  'Try live failover (no driver modification)',
  'Verify VM is Windows-based',
  'Verify storage volumes are attached',
  'Check disk is not in use by another process',
  'Try operation again',
  'Contact administrator - system permissions need adjustment',
  'Verify VM is Windows-based and accessible',
  'Verify network mapping is configured',
  'Check that target network exists in destination platform',
  'Update network mapping in settings',
  'Review network mapping configuration',
  'Verify target network is accessible',
  'Check available CPU, memory, and storage on destination',
  'Free up resources or adjust VM specifications',
  'Contact administrator if quota limits need adjustment',
  'Verify platform configuration is complete',
  'Check template and service offering are available',
  'Contact administrator to review platform settings',
  'Check platform connectivity',
  'Verify platform credentials are valid',
  'Verify platform is accessible and properly configured',
  'Check resource availability on destination',
  'Review platform logs for additional details',
  'Verify network mapping is configured for this VM',
  'Check that target network exists on destination platform',
  'Update network mapping in VM settings',
  'Configure network mapping before attempting failover',
  'Go to VM settings → Network Mapping',
  'Map each source network to a destination network',
  'Verify network mapping configuration',
  'Check that target network exists',
  'Reconfigure network mapping if needed',
  'Verify target networks are accessible',
  'Check platform network connectivity',
  'Wait for previous operation to complete',
  'Check if test VM is still running',
  'Try rollback operation to clean up',
  'Verify VM has completed at least one replication',
  'Check storage volumes exist on destination platform',
  'Try running a new replication job',
  'Ensure VM is powered off',
  'Check volume is not locked by another process',
  'Try operation again after a few moments',
  'Contact administrator - storage service may need attention',
  'Verify storage volumes are accessible',
  'Check destination platform storage health',
  'Verify source environment is online and accessible',
  'Check network connectivity between source and destination',
  'Try operation again once connectivity is restored',
  'Verify VM still exists in source environment',
  'Check VM has not been renamed or deleted',
  'Refresh VM discovery',
  'Verify current VM power state',
  'Operation may have already succeeded',
  'Try operation again if needed',
  'Verify source environment credentials are valid',
  'Check user has permissions to manage VM power',
  'Update credentials if needed',
  'Verify VM is accessible',
  'Check VM is not locked or in maintenance',
  'Check available storage space on destination platform',
  'Verify storage system is healthy',
  'Try operation again after freeing up space',
  'Snapshot may have been automatically cleaned up',
  'Try creating a new test failover',
  'Contact administrator immediately',
  'Do not attempt further operations on this VM',
  'Manual intervention may be required',
  'Check storage system health',
  'Verify sufficient space available',
  'Run a replication job before attempting failover',
  "Verify VM status is 'ready_for_failover'",
  'Configure network mapping before failover',
  'Map each source network to destination network',
  'Check current VM status',
  'Complete any pending operations first',
  "Verify VM is in 'ready_for_failover' state",
  'Review VM configuration and status',
  'Ensure all prerequisites are met',
  'Check validation errors for specific issues',
  'Review operation details for more information',
  'Contact administrator if issue persists',
  'Check network connectivity',
  'Increase timeout if issue persists',
  'Verify required resources exist',
  'Check configuration is complete',
  'Contact administrator - permissions need adjustment',
  'Try live failover instead (no driver modification)',
  'Verify VM operating system compatibility',
  'Check VM is not corrupted',
  'Check target network is accessible',
  'Review network settings',
  'Check sufficient storage space available',
  'Review storage platform health',
  'Verify destination platform connectivity',
  'Check platform credentials are valid',
  'Review platform logs for details',
  'Verify source environment is accessible',
  'Review configuration settings',
  'Verify all required fields are set',
  'Check prerequisites are met',
] as const;

/** Every display name of the backend's step table (`failover/step_display_names.go`). */
export const BACKEND_STEP_DISPLAY_NAMES = [
  'Pre-flight Validation',
  'Initializing Failover Operation',
  'Powering Off Source VM',
  'Powering On Source VM',
  'Discovering Source VM',
  'Final Data Synchronization',
  'Incremental Data Transfer',
  'Data Synchronization',
  'Creating Backup Snapshots',
  'Creating Backup Snapshot',
  'Creating Storage Backup',
  'Creating Backup',
  'Preparing Storage Volumes',
  'Configuring Storage Mode',
  'Attaching Storage Volumes',
  'Detaching Storage Volumes',
  'Restoring Storage Configuration',
  'Storage Operations',
  'Preparing Drivers for Compatibility',
  'Installing Required Drivers',
  'Driver Preparation',
  'Creating Destination VM',
  'Starting and Validating VM',
  'Starting VM',
  'Validating VM',
  'Configuring Network Adapters',
  'Mapping Network Configuration',
  'Network Setup',
  'Shutting Down Test VM',
  'Removing Test VM',
  'Removing VM',
  'Rolling Back to Backup',
  'Cleaning Up Backups',
  'Cleaning Up Storage Snapshots',
  'Updating VM Status',
  'Updating Operation Status',
  'Finalizing VM State',
  'Completing Operation',
  'Initializing Platform Connection',
  'Retrieving Operation Details',
  'Cleanup Operations',
  'Finalizing',
] as const;

/** The backend's step table: internal step id (kebab case, as it writes them) → display name. */
export const BACKEND_STEP_TABLE: Readonly<
  Record<string, (typeof BACKEND_STEP_DISPLAY_NAMES)[number]>
> = {
  validation: 'Pre-flight Validation',
  'pre-flight-validation': 'Pre-flight Validation',
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

/** The step table's descriptions of steps, plain sentences for people. */
const BACKEND_STEP_DESCRIPTIONS = [
  'Checking VM is ready for failover operation',
  'Validating all prerequisites are met',
  'Shutting down source VM to ensure data consistency',
  'Restarting source VM after failover',
  'Synchronizing final changes before failover',
  'Creating backup snapshots of all VM disks for rollback protection',
  'Creating backup snapshot for rollback protection',
  'Preparing VM for KVM virtualization platform',
  'Installing drivers required for destination platform',
  'Creating VM on destination platform with specified configuration',
  'Connecting storage volumes to destination VM',
  'Configuring network adapters for destination environment',
  'Starting VM and verifying it boots correctly',
  'Shutting down test VM to prepare for cleanup',
  'Removing test VM from destination platform',
  'Disconnecting storage volumes from VM',
  'Restoring volumes to pre-failover state',
  'Removing temporary backup snapshots',
  'Cleaning up all backup snapshots',
  'Updating VM status in system',
  'Finalizing operation and cleaning up resources',
  'Performing operation step',
] as const;

/**
 * Messages of the sanitizer's generic branch: "<display name> failed" for a mapped step,
 * "Operation failed" for any other.
 */
const SANITIZER_GENERIC_MESSAGES = [
  ...BACKEND_STEP_DISPLAY_NAMES.map((name) => `${name} failed`),
  'Operation failed',
] as const;

/** Every text the backend's sanitizer and step table give operators. */
export const SANITIZER_OUTPUTS: readonly string[] = [
  ...SANITIZER_USER_MESSAGES,
  ...SANITIZER_GENERIC_MESSAGES,
  ...SANITIZER_ACTIONABLE_STEPS,
  ...BACKEND_STEP_DISPLAY_NAMES,
  ...BACKEND_STEP_DESCRIPTIONS,
];

/** VM names as operators give them (the brief's samples and ordinary ones). */
const VM_NAMES = [
  'pgtest1',
  'pgtest2',
  'pgtest3',
  'web01',
  'app02',
  'FileServer',
  'Exchange2019',
  'Finance App',
  'Payroll',
  'DC01',
] as const;

const vmName = () => fc.constantFrom(...VM_NAMES);
const percent = () => fc.integer({ min: 0, max: 100 });
const count = () => fc.integer({ min: 1, max: 59 });

/** A duration as people write it: "25 seconds", "12 minutes", "2 h 47 min", "3 hours". */
const plainDuration = (): fc.Arbitrary<string> =>
  fc.oneof(
    count().map((n) => `${n} second${n === 1 ? '' : 's'}`),
    count().map((n) => `${n} minute${n === 1 ? '' : 's'}`),
    fc.tuple(fc.integer({ min: 1, max: 23 }), count()).map(([h, m]) => `${h} h ${m} min`),
    fc.integer({ min: 1, max: 23 }).map((n) => `${n} hour${n === 1 ? '' : 's'}`),
    fc.integer({ min: 1, max: 30 }).map((n) => `${n} day${n === 1 ? '' : 's'}`),
  );

/** Ordinary operator English with digits, percentages, sizes, durations and VM names. */
export const ordinaryEnglish = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), percent())
      .map(([step, total, p]) => `Failed at step ${Math.min(step, total)} of ${total} (${p}%)`),
    fc
      .tuple(fc.integer({ min: 1, max: 999 }), fc.nat(9), fc.integer({ min: 1, max: 900 }))
      .map(([gb, tenth, rate]) => `${gb}.${tenth} GB transferred at ${rate} MB/s`),
    percent().map((p) => `Copying VM data: ${p}% - (${p}.00/100%)`),
    fc.tuple(vmName(), plainDuration()).map(([vm, time]) => `${vm} was replicated ${time} ago`),
    fc.tuple(vmName(), percent()).map(([vm, p]) => `Replication of ${vm} is ${p}% complete`),
    fc.tuple(percent(), plainDuration()).map(([p, time]) => `${p}% done, about ${time} left`),
    fc
      .tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 8 }))
      .map(([done, total]) => `${Math.min(done, total)} of ${total} disks copied`),
    fc
      .tuple(vmName(), plainDuration())
      .map(([vm, time]) => `Test failover of ${vm} started ${time} ago`),
    plainDuration().map((time) => `Duration: ${time}`),
    plainDuration().map((time) => `Wait ${time} and try the operation again`),
    fc
      .tuple(vmName(), count())
      .map(([vm, n]) => `${vm} has ${n} snapshots on the destination platform`),
    fc.tuple(vmName(), percent()).map(([vm, p]) => `Live failover of ${vm} stopped at ${p}%`),
  );

/** Text an operator should read verbatim: the sanitizer's outputs or ordinary English. */
export const benignText = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...SANITIZER_OUTPUTS) },
    { weight: 2, arbitrary: ordinaryEnglish() },
  );

const ACRONYMS: Readonly<Record<string, string>> = {
  vm: 'VM',
  oma: 'OMA',
  ossea: 'OSSEA',
  virtio: 'VirtIO',
  cloudstack: 'CloudStack',
};

/**
 * A step id of the backend's table in a form it arrives in (kebab, snake or constant case,
 * Title Case as the backend's fallback writes it, or with its acronyms: "VirtIO Driver
 * Injection"), with the display name an operator should read for it.
 */
export const backendStepIdInAnyForm = (): fc.Arbitrary<[string, string]> =>
  fc
    .tuple(
      fc.constantFrom(...Object.entries(BACKEND_STEP_TABLE)),
      fc.constantFrom('kebab', 'snake', 'constant', 'title', 'acronyms'),
    )
    .map(([[id, displayName], form]): [string, string] => {
      const words = id.split('-');
      const title = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
      switch (form) {
        case 'kebab':
          return [id, displayName];
        case 'snake':
          return [words.join('_'), displayName];
        case 'constant':
          return [words.join('_').toUpperCase(), displayName];
        case 'title':
          return [words.map(title).join(' '), displayName];
        default:
          return [words.map((word) => ACRONYMS[word] ?? title(word)).join(' '), displayName];
      }
    });
