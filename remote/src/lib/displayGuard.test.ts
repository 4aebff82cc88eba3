import { createMockOmaState, LEAKY_TEXTS, scenarios } from '@migratekit/mocks';
import {
  ERROR_CATEGORIES,
  type ErrorCategory,
  RecentJobsResponseSchema,
  VmContextResponseSchema,
} from '@migratekit/shared-contracts';
import {
  CATEGORY_LABELS,
  CATEGORY_MESSAGES,
  CATEGORY_STEPS,
  findLeaks,
  guardActionableSteps,
  guardMessage,
  guardOptionalText,
  guardStepName,
  isSafeForOperators,
} from './displayGuard';

const ALL_CATEGORIES: ErrorCategory[] = [...ERROR_CATEGORIES, 'unknown'];

// The brief's clean texts: they must reach the operator untouched.
const CLEAN_BRIEF_TEXTS = [
  'KVM driver installation failed - compatibility issue',
  'Try live failover (no driver modification)',
  'Verify VM is Windows-based',
  'Preparing Drivers for Compatibility',
  'Driver installation failed - compatibility issue',
  'Storage volume access error',
];

const PLAIN_TEXTS = [
  ...CLEAN_BRIEF_TEXTS,
  'Replication Completed',
  'Test Failover',
  '26.4 GB transferred at 112 MB/s',
  'Transfer rate 26.4 GB/s',
  'Check storage and/or network settings',
  'Re-run the replication, then re-try the failover',
  'Pre-flight Validation',
  'Failed at step 3 of 5 (60%)',
  'Use the step-by-step guide to keep the VM up-to-date',
  'Contact administrator - driver package needs to be installed',
  'Go to VM settings → Network Mapping',
  'Check the vCenter connection',
  'Wait for the 24-hour retention window',
  'Snapshot rollback failed - cannot restore to previous state',
  'Storage I/O was slow during the final sync',
  'Network not found - target network is not available',
  'Do not attempt further operations on this VM',
  'Driver injection failed - VM may not be compatible with automated conversion',
  'Pre-flight validation failed - VM not ready for operation',
  'Check template and service offering are available',
  'Contact administrator - storage service may need attention',
  'Check available CPU, memory, and storage on destination',
  'Try live failover instead (no driver modification required)',
  'Cannot connect to source environment',
  'Verify VM has completed at least one replication',
  'Check the OSSEA platform status with your administrator',
];

describe('findLeaks', () => {
  it.each([
    // Tool and driver names, any case, with surrounding punctuation.
    ['virt-v2v-in-place failed', 'virt-v2v-in-place'],
    ['VirtIO driver error', 'VirtIO'],
    ['Error from (virt-v2v): conversion stopped', 'virt-v2v'],
    ['"libguestfs" could not open the disk', 'libguestfs'],
    ['guestfish exited', 'guestfish'],
    ['qemu-img convert failed', 'qemu-img'],
    ['QEMU crashed', 'QEMU'],
    ['nbdkit, nbdcopy and the rest', 'nbdkit'],
    ['nbdcopy: write error', 'nbdcopy'],
    ['Installing viostor/netkvm', 'viostor'],
    ['Installing viostor/netkvm', 'netkvm'],
    ['VDDK library missing', 'VDDK'],
    ['libvirt: domain not found', 'libvirt'],
    ['Mounting virtio-win.iso', 'virtio-win.iso'],
    // Device and file paths.
    ['Failed at /dev/vdc', '/dev/vdc'],
    ['Cannot open /var/lib/migratekit/disk0.raw', '/var/lib/migratekit/disk0.raw'],
    ['Log at (/tmp/convert.log)', '/tmp/convert.log'],
    ['Missing C:\\Windows\\System32\\drivers', 'C:\\Windows\\System32\\drivers'],
    ['Missing C:\\\\Windows\\\\System32', 'C:\\\\Windows\\\\System32'],
    ['Script ./inject.sh failed', './inject.sh'],
    ['Read ~/config failed', '~/config'],
    ['Disk vdc is busy', 'vdc'],
    ['Attach to nvme0n1 failed', 'nvme0n1'],
    ['Could not write disk-0.vmdk', 'disk-0.vmdk'],
    // Internal step and code identifiers.
    ['Failed during virtio-driver-injection', 'virtio-driver-injection'],
    ['Step source-vm-power-off failed', 'source-vm-power-off'],
    ['nbdkit_connect timed out', 'nbdkit_connect'],
    ['Verify VM status is ready_for_failover', 'ready_for_failover'],
    ['Error code VM_NOT_FOUND', 'VM_NOT_FOUND'],
    ['Step volume-attachment failed', 'volume-attachment'],
    ['injectDrivers returned false', 'injectDrivers'],
    // Diagnostics.
    ['Command failed: exit status 1', 'exit status 1'],
    ['Process exited with code 137', 'exited with code 137'],
    ['errno 5: input/output error', 'errno 5: input/output error'],
    ['open failed: ENOENT', 'ENOENT'],
    ['Traceback (most recent call last): boom', 'Traceback (most recent call last)'],
    ['panic: runtime error', 'panic:'],
    ['goroutine 12 [running]', 'goroutine 12'],
    ['    at convert (/app/convert.js:10:5)', 'at convert (/app/convert.js:10:5)'],
    ['failed in engine.go:212', 'engine.go:212'],
    ['java.lang.NullPointerException', 'NullPointerException'],
    ['Killed by SIGKILL', 'SIGKILL'],
    ['executable not found in $PATH', '$PATH'],
    ['dial tcp 10.0.0.5:8082: connection refused', '10.0.0.5:8082'],
    ['Request to http://oma.local/api failed', 'http://oma.local/api'],
    ['Raw body {"error": "boom"}', '{"error":'],
    ['Error 1062: duplicate entry', 'Error 1062'],
  ])('finds a leak in %j: %j', (text, fragment) => {
    expect(findLeaks(text)).toContain(fragment);
    expect(isSafeForOperators(text)).toBe(false);
  });

  it.each(PLAIN_TEXTS)('finds nothing in plain text %j', (text) => {
    expect(findLeaks(text)).toEqual([]);
    expect(isSafeForOperators(text)).toBe(true);
  });

  it('reports each fragment once', () => {
    expect(findLeaks('virt-v2v failed, then virt-v2v failed again')).toEqual(['virt-v2v']);
  });
});

describe('guardMessage', () => {
  it.each(CLEAN_BRIEF_TEXTS)('leaves the clean message %j unchanged', (text) => {
    expect(guardMessage(text, 'compatibility')).toBe(text);
  });

  it.each([
    [
      'virt-v2v-in-place failed',
      'compatibility',
      'Driver installation failed - compatibility issue',
    ],
    ['VirtIO driver error', 'compatibility', 'Driver installation failed - compatibility issue'],
    ['Failed at /dev/vdc', 'storage', 'Storage volume access error'],
    ['exit status 1', null, CATEGORY_MESSAGES.unknown],
    ['dial tcp 10.0.0.5:8082: i/o timeout', 'connectivity', CATEGORY_MESSAGES.connectivity],
  ] as const)('replaces %j (%s) with %j', (text, category, expected) => {
    expect(guardMessage(text, category)).toBe(expected);
  });

  it.each([
    [null, 'storage', 'Storage volume access error'],
    [undefined, undefined, 'The operation failed. Check the steps below or contact support.'],
    ['', 'network', CATEGORY_MESSAGES.network],
    ['   ', null, CATEGORY_MESSAGES.unknown],
  ] as const)('uses the category message when the text is %j', (text, category, expected) => {
    expect(guardMessage(text, category)).toBe(expected);
  });

  it('trims surrounding whitespace', () => {
    expect(guardMessage('  Storage volume access error \n')).toBe('Storage volume access error');
  });

  it.each([...PLAIN_TEXTS, 'virt-v2v-in-place failed', 'Failed at /dev/vdc', null])(
    'is idempotent for %j',
    (text) => {
      const once = guardMessage(text, 'storage');
      expect(guardMessage(once, 'storage')).toBe(once);
      expect(once).not.toBe('');
    },
  );
});

describe('category texts', () => {
  it.each(ALL_CATEGORIES)('has a safe, non-empty message, label and steps for %s', (category) => {
    expect(isSafeForOperators(CATEGORY_MESSAGES[category])).toBe(true);
    expect(CATEGORY_LABELS[category]).toMatch(/^[A-Z][a-z]+$/);
    expect(CATEGORY_STEPS[category].length).toBeGreaterThan(0);
    for (const step of CATEGORY_STEPS[category]) expect(isSafeForOperators(step)).toBe(true);
  });

  it('labels the unknown category plainly', () => {
    expect(CATEGORY_LABELS.unknown).toBe('Unknown');
    expect(CATEGORY_LABELS.compatibility).toBe('Compatibility');
  });
});

describe('guardOptionalText', () => {
  it.each([
    ['Test Failover', 'Test Failover'],
    ['  Replication Completed  ', 'Replication Completed'],
    ['virt-v2v', null],
    ['Copying /dev/sdb', null],
    ['', null],
    ['  ', null],
    [null, null],
    [undefined, null],
  ])('turns %j into %j', (text, expected) => {
    expect(guardOptionalText(text)).toBe(expected);
  });
});

describe('guardStepName', () => {
  it.each([
    ['virtio-driver-injection', 'Preparing Drivers for Compatibility'],
    ['virtio_driver_injection', 'Preparing Drivers for Compatibility'],
    ['  VIRTIO-DRIVER-INJECTION ', 'Preparing Drivers for Compatibility'],
    ['source-vm-power-off', 'Powering Off Source VM'],
    ['volume-attachment', 'Attaching Storage Volumes'],
    ['multi-volume-snapshot-creation', 'Creating Backup Snapshots'],
    ['validation', 'Pre-flight Validation'],
    ['Preparing Drivers for Compatibility', 'Preparing Drivers for Compatibility'],
    ['Creating Destination VM', 'Creating Destination VM'],
    ['volume-mode-switch-oma', null],
    ['Virtio Driver Injection', null],
    ['nbdkit_connect', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('turns %j into %j', (step, expected) => {
    expect(guardStepName(step)).toBe(expected);
  });

  it.each([
    'virtio-driver-injection',
    'validation',
    'completion',
    'cleanup',
    'Preparing Drivers for Compatibility',
  ])('is idempotent for %j', (step) => {
    const once = guardStepName(step);
    expect(guardStepName(once)).toBe(once);
  });
});

describe('guardActionableSteps', () => {
  it('keeps the brief steps as they are', () => {
    const steps = ['Try live failover (no driver modification)', 'Verify VM is Windows-based'];
    expect(guardActionableSteps(steps, 'compatibility')).toEqual(steps);
  });

  it('drops unsafe steps and keeps the safe ones in order', () => {
    expect(
      guardActionableSteps([
        'Re-run virt-v2v manually',
        'Verify VM is Windows-based',
        "Verify VM status is 'ready_for_failover'",
        'Check /var/log/migratekit.log',
        'Try live failover (no driver modification)',
      ]),
    ).toEqual(['Verify VM is Windows-based', 'Try live failover (no driver modification)']);
  });

  it('removes duplicates, blanks and surrounding whitespace', () => {
    expect(
      guardActionableSteps([
        'Try operation again',
        ' try operation again ',
        '',
        '  ',
        'Try operation again',
      ]),
    ).toEqual(['Try operation again']);
  });

  it.each(ALL_CATEGORIES)('falls back to plain %s steps when none are safe', (category) => {
    const steps = guardActionableSteps(['Run qemu-img check', 'Inspect /dev/vdc'], category);
    expect(steps).toEqual(CATEGORY_STEPS[category]);
    expect(steps.length).toBeGreaterThan(0);
  });

  it('falls back to the generic steps when there are none and no category', () => {
    expect(guardActionableSteps([])).toEqual(CATEGORY_STEPS.unknown);
    expect(guardActionableSteps([], null)).toEqual(CATEGORY_STEPS.unknown);
  });

  it('does not share its fallback list with callers', () => {
    const steps = guardActionableSteps([], 'storage');
    steps.push('Changed by a caller');
    expect(guardActionableSteps([], 'storage')).toEqual(CATEGORY_STEPS.storage);
  });

  it('is idempotent', () => {
    const once = guardActionableSteps(['Verify VM is Windows-based', 'Run virt-v2v'], 'network');
    expect(guardActionableSteps(once, 'network')).toEqual(once);
  });
});

describe('the leaky sample VM', () => {
  const state = createMockOmaState();

  it.each([
    LEAKY_TEXTS.errorMessage,
    LEAKY_TEXTS.secondErrorMessage,
    LEAKY_TEXTS.pathStep,
    ...LEAKY_TEXTS.internalSteps,
  ])('blocks %j', (text) => {
    expect(isSafeForOperators(text)).toBe(false);
  });

  it('leaves nothing technical in any text an operator would see', () => {
    const { contextId, vmName } = scenarios['leaky-vm'];
    const { jobs } = RecentJobsResponseSchema.parse(state.getRecentJobs(contextId));
    const { lastOperation } = VmContextResponseSchema.parse(state.getVmContext(vmName));
    expect(jobs.length).toBeGreaterThan(0);
    expect(lastOperation).not.toBeNull();

    const shown: string[] = [];
    for (const job of jobs) {
      shown.push(guardOptionalText(job.displayName) ?? '');
      shown.push(guardStepName(job.currentStep) ?? '');
      shown.push(guardMessage(job.errorMessage, job.errorCategory));
      shown.push(...guardActionableSteps(job.actionableSteps, job.errorCategory));
    }
    if (lastOperation) {
      shown.push(guardStepName(lastOperation.failedStep) ?? '');
      shown.push(guardStepName(lastOperation.failedStepInternal) ?? '');
      shown.push(guardMessage(lastOperation.errorMessage, lastOperation.errorCategory));
      shown.push(
        ...guardActionableSteps(lastOperation.actionableSteps, lastOperation.errorCategory),
      );
    }

    const leaks = shown.flatMap(findLeaks);
    expect(leaks).toEqual([]);
    const everything = shown.join('\n');
    for (const forbidden of [
      'virt-v2v',
      'VirtIO',
      '/dev/vdc',
      'virtio-driver-injection',
      'nbdkit',
    ]) {
      expect(everything).not.toContain(forbidden);
    }
    // The failures still say something and still offer something to do.
    expect(shown.filter((text) => text.length > 0).length).toBeGreaterThan(jobs.length);
  });
});

describe('look-alikes, placeholders, step ids in sentences and dumps', () => {
  test.each([
    ['full-width letters', 'ＶｉｒｔＩＯ driver error'],
    ['a zero-width space', 'Vir\u200btIO driver error'],
    ['a soft hyphen', 'Vir\u00adtIO driver error'],
    ['a non-breaking hyphen', 'virt\u2011v2v failed'],
    ['an en dash', 'virt\u2013v2v failed'],
    ['a space', 'Virt IO driver error'],
    ['a space in virt-v2v', 'virt v2v failed'],
    ['a step id inside a sentence', 'Step network-mapping failed.'],
    ['a snake_case step id', 'Failed during pre_failover_validation'],
    ['an undefined placeholder', 'undefined'],
    ['a null inside text', 'Issue: null'],
    ['NaN', 'Progress NaN%'],
    ['an Invalid Date', 'Started Invalid Date'],
    ['an object dump', 'Failed: [object Object]'],
    ['a dump longer than any message', `Disk copy failed ${'a-'.repeat(10_000)}`],
  ])('blocks %s', (_name, text) => {
    expect(isSafeForOperators(text)).toBe(false);
    expect(guardMessage(text, 'compatibility')).toBe(CATEGORY_MESSAGES.compatibility);
  });
});
