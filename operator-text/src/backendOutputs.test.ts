import { explainFailure, guardActionableSteps, guardMessage, guardStepName } from './index';

/*
 * No over-blocking: everything the backend's own sanitizer can send an operator is shown as it
 * is. The tables are the strings of DRDAVIDBANNER/sendense `source/current/sha/failover`
 * (commit 2acc62b): every `UserMessage` and actionable step of `error_sanitizer.go`, the
 * "<step name> failed" messages it builds, and every pair of `step_display_names.go`.
 */

const USER_MESSAGES = [
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
  'Operation failed',
];

const ACTIONABLE_STEPS = [
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
];

const STEP_NAMES: [string, string][] = [
  ['validation', 'Pre-flight Validation'],
  ['pre-flight-validation', 'Pre-flight Validation'],
  ['failover-job-creation', 'Initializing Failover Operation'],
  ['source-vm-power-off', 'Powering Off Source VM'],
  ['source-vm-power-on', 'Powering On Source VM'],
  ['source-vm-discovery', 'Discovering Source VM'],
  ['final-sync', 'Final Data Synchronization'],
  ['incremental-replication', 'Incremental Data Transfer'],
  ['data-sync', 'Data Synchronization'],
  ['multi-volume-snapshot-creation', 'Creating Backup Snapshots'],
  ['cloudstack-snapshot-creation', 'Creating Backup Snapshot'],
  ['cloudstack-volume-snapshot-creation', 'Creating Storage Backup'],
  ['linstor-snapshot-creation', 'Creating Backup Snapshots'],
  ['snapshot-creation', 'Creating Backup'],
  ['volume-mode-switch-oma', 'Preparing Storage Volumes'],
  ['volume-mode-switch-failover', 'Configuring Storage Mode'],
  ['volume-attachment', 'Attaching Storage Volumes'],
  ['volume-detachment', 'Detaching Storage Volumes'],
  ['volume-reattachment-to-oma', 'Restoring Storage Configuration'],
  ['volume-operations', 'Storage Operations'],
  ['virtio-driver-injection', 'Preparing Drivers for Compatibility'],
  ['driver-injection', 'Installing Required Drivers'],
  ['virtio-injection', 'Driver Preparation'],
  ['vm-creation', 'Creating Destination VM'],
  ['destination-vm-creation', 'Creating Destination VM'],
  ['vm-startup-and-validation', 'Starting and Validating VM'],
  ['vm-startup', 'Starting VM'],
  ['vm-validation', 'Validating VM'],
  ['network-configuration', 'Configuring Network Adapters'],
  ['network-mapping', 'Mapping Network Configuration'],
  ['network-setup', 'Network Setup'],
  ['test-vm-shutdown', 'Shutting Down Test VM'],
  ['test-vm-deletion', 'Removing Test VM'],
  ['vm-deletion', 'Removing VM'],
  ['cloudstack-snapshot-rollback', 'Rolling Back to Backup'],
  ['cloudstack-snapshot-deletion', 'Cleaning Up Backups'],
  ['snapshot-cleanup', 'Cleaning Up Backups'],
  ['multi-volume-cleanup', 'Cleaning Up Storage Snapshots'],
  ['status-update', 'Updating VM Status'],
  ['failover-job-status-update', 'Updating Operation Status'],
  ['vm-context-status-update', 'Finalizing VM State'],
  ['completion', 'Completing Operation'],
  ['ossea-client-initialization', 'Initializing Platform Connection'],
  ['failover-job-retrieval', 'Retrieving Operation Details'],
  ['cleanup', 'Cleanup Operations'],
  ['finalization', 'Finalizing'],
];

describe("the backend sanitizer's messages are shown verbatim", () => {
  it.each(USER_MESSAGES)('%j', (message) => {
    expect(guardMessage(message, 'unknown')).toBe(message);
    expect(explainFailure({ message, category: 'compatibility', steps: [] }).issue).toBe(message);
  });

  // sanitizeGenericError: "%s failed" with the friendly name of the step.
  it.each(STEP_NAMES.map(([, name]) => `${name} failed`))('%j', (message) => {
    expect(guardMessage(message, 'unknown')).toBe(message);
  });
});

describe("the backend sanitizer's actionable steps are shown verbatim", () => {
  it.each(ACTIONABLE_STEPS)('%j', (step) => {
    expect(guardActionableSteps([step], 'unknown')).toEqual([step]);
  });

  it('keeps a whole list as sent, in order', () => {
    expect(guardActionableSteps(ACTIONABLE_STEPS, 'storage')).toEqual(ACTIONABLE_STEPS);
  });
});

describe("the backend's step display names", () => {
  it.each(STEP_NAMES)('%s is shown as %j, and the name itself verbatim', (id, name) => {
    expect(guardStepName(name)).toBe(name);
    expect(guardStepName(id)).toBe(name);
  });

  const titleCase = (id: string) =>
    id
      .split('-')
      .map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`)
      .join(' ');

  // The backend's fallback for ids it has no name for, and how Go code and logs spell them.
  it.each(STEP_NAMES)('%s in Title Case, snake_case and upper case maps to %j', (id, name) => {
    expect(guardStepName(titleCase(id))).toBe(name);
    expect(guardStepName(id.replaceAll('-', '_'))).toBe(name);
    expect(guardStepName(id.replaceAll('-', '_').toUpperCase())).toBe(name);
  });

  it.each([
    ['VirtIO Driver Injection', 'Preparing Drivers for Compatibility'],
    ['virtio_driver_injection', 'Preparing Drivers for Compatibility'],
    ['Cloudstack Snapshot Rollback', 'Rolling Back to Backup'],
    ['Volume Mode Switch Oma', 'Preparing Storage Volumes'],
    ['  Ossea Client Initialization ', 'Initializing Platform Connection'],
  ])('%j maps to %j', (step, name) => {
    expect(guardStepName(step)).toBe(name);
  });

  it.each([
    'Legacy Cloudstack Snapshot Rollback',
    'Virtio Scsi Rescan',
    'legacy-virtio-setup',
    'Nbdkit Export Setup',
  ])('an unmapped internal step %j is not shown', (step) => {
    expect(guardStepName(step)).toBeNull();
  });
});
