import {
  explainFailure,
  guardActionableSteps,
  isSafeForOperators,
  KNOWN_REPLICATION_ERRORS,
  knownReplicationError,
} from './index';

/*
 * Raw replication errors as the backend writes them (DRDAVIDBANNER/sendense
 * `source/current/sha`, commit 2acc62b), filled in the way its format strings are, and what an
 * operator reads instead.
 */
const RAW_ERRORS: [source: string, raw: string, message: string][] = [
  [
    'services/stale_job_detector.go',
    'Job stalled - no telemetry for 15m0s (SBC may have crashed)',
    'Replication stopped responding',
  ],
  [
    'services/stale_job_detector.go',
    'Job stalled - no telemetry for 1h2m3s (SBC may have crashed)',
    'Replication stopped responding',
  ],
  [
    'workflows/replication/progress_poller.go',
    'SNA communication timeout (>5m)',
    'Replication stopped responding',
  ],
  [
    'services/sna_progress_poller.go',
    'SNA polling failed: SNA progress API error (status 404) for job job-20251003-140728: job not found',
    'Replication progress could not be followed',
  ],
  [
    'services/sna_progress_poller.go',
    'SNA polling failed: SNA progress API error (status 500) for job 3f2504e0-4f89-11d3-9a0c-0305e82c3301: <html><body>Internal Server Error</body></html>',
    'Replication progress could not be followed',
  ],
  [
    'services/sna_progress_poller.go',
    'SNA polling failed: failed to call SNA progress API: Get "http://localhost:9081/api/v1/progress/job-1": dial tcp 127.0.0.1:9081: connect: connection refused',
    'Replication progress could not be followed',
  ],
  [
    'services/sna_progress_poller.go',
    'SNA polling failed: failed to decode SNA progress response: unexpected EOF',
    'Replication progress could not be followed',
  ],
  [
    'services/phantom_detector.go',
    'Job marked as phantom by automated detection',
    'Replication was no longer running in the source environment',
  ],
  [
    'services/job_recovery_simple.go, cmd/job-recovery',
    'Job recovery: Process orphaned during service restart',
    'Replication was interrupted by a service restart',
  ],
  [
    'services/job_recovery_production.go',
    'Job lost on SNA (not found after restart)',
    'Replication was lost during a service restart',
  ],
  [
    'services/job_recovery_production.go',
    'SNA API unreachable: failed to call SNA progress API: dial tcp 10.0.100.231:8081: i/o timeout',
    'The source environment could not be reached',
  ],
  [
    'services/job_recovery_production.go',
    'SNA API error: SNA progress API error (status 502) for job job-1: bad gateway',
    'The source environment could not be reached',
  ],
  [
    'services/job_recovery_production.go',
    'SNA reported errors: [map[code:NBD_WRITE message:write failed]]',
    'The source environment reported a replication error',
  ],
  [
    'services/job_recovery_production.go',
    'SNA reported error: map[message:disk read failed]',
    'The source environment reported a replication error',
  ],
  [
    'services/job_recovery_production.go',
    'SNA reported failure status',
    'The source environment reported a replication error',
  ],
  [
    'services/sna_progress_poller.go',
    '[{"disk":"disk-2000","message":"nbd write failed: EIO"}]',
    'The source environment reported a replication error',
  ],
  [
    'services/sna_progress_poller.go',
    'Job failed',
    'The source environment reported a replication error',
  ],
  [
    'workflows/migration.go',
    'Failed to create replication job: Error 1062: Duplicate entry',
    'Replication could not be started',
  ],
  [
    'workflows/migration.go',
    'Failed to analyze VM disks: source VM has no disks to migrate',
    "The VM's disks could not be read",
  ],
  [
    'workflows/migration.go',
    'Failed to provision volumes: volume creation failed for disk disk-2000: timeout',
    'Storage for the replication could not be created',
  ],
  [
    'workflows/migration.go',
    'Volume Daemon did not return volume ID',
    'Storage for the replication could not be created',
  ],
  [
    'workflows/migration.go',
    'Failed to attach volumes: volume attachment failed: CloudStack API error 431',
    'Storage could not be prepared for the replication',
  ],
  [
    'workflows/migration.go',
    'Failed to verify device paths: failed to find actual device for /dev/vdb: no recent block devices found',
    'Storage could not be prepared for the replication',
  ],
  [
    'workflows/migration.go',
    'Failed to query NBD exports from Volume Daemon: context deadline exceeded',
    'Storage could not be prepared for the replication',
  ],
  [
    'workflows/migration.go',
    'Failed to update job status: failed to update setup progress: sql: database is closed',
    'Replication could not be started',
  ],
  [
    'workflows/migration.go',
    'Failed to initiate VMware replication: SNA API returned status 500',
    'Replication could not be started in the source environment',
  ],
];

describe('known raw replication errors are told in plain words', () => {
  it.each(RAW_ERRORS)('%s: %j reads %j', (_source, raw, message) => {
    const explained = explainFailure({ message: raw, category: null, steps: [] });
    expect(explained.issue).toBe(message);
    expect(explained.translated).toBe(true);
    expect(explained.category).not.toBeNull();
    expect(explained.steps.length).toBeGreaterThan(0);
    expect(explained.steps).toEqual(knownReplicationError(raw)?.steps);
  });

  it('tells a stalled job what to do', () => {
    const explained = explainFailure({
      message: 'Job stalled - no telemetry for 15m0s (SBC may have crashed)',
    });
    expect(explained).toEqual({
      issue: 'Replication stopped responding',
      steps: [
        'Check that the source environment is online and reachable',
        'Start the replication again',
        'Contact support if it happens again',
      ],
      category: 'connectivity',
      translated: true,
    });
  });

  it("keeps the backend's category and its own safe steps when it sent them", () => {
    const explained = explainFailure({
      message: 'Job marked as phantom by automated detection',
      category: 'storage',
      steps: ['Run nbdkit again', 'Try running a new replication job'],
    });
    expect(explained.issue).toBe('Replication was no longer running in the source environment');
    expect(explained.category).toBe('storage');
    expect(explained.steps).toEqual(['Try running a new replication job']);
  });

  it('uses its own steps when none of the sent ones may be shown', () => {
    const explained = explainFailure({
      message: 'Job recovery: Process orphaned during service restart',
      steps: ['Restart migratekit-oma.service'],
    });
    expect(explained.steps).toEqual([
      'Start the replication again',
      'Contact support if it happens again',
    ]);
  });

  it.each(KNOWN_REPLICATION_ERRORS)('the plain text for $pattern may be shown', (known) => {
    expect(isSafeForOperators(known.message)).toBe(true);
    expect(guardActionableSteps(known.steps)).toEqual(known.steps);
  });

  it.each([
    'KVM driver installation failed - compatibility issue',
    'Storage operation failed',
    'The job failed',
    null,
  ])('%j is no known raw error', (text) => {
    expect(knownReplicationError(text)).toBeUndefined();
  });
});
