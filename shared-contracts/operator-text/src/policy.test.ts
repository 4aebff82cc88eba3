import {
  CATEGORY_LABELS,
  CATEGORY_MESSAGES,
  CATEGORY_STEPS,
  type ErrorCategory,
  explainFailure,
  findLeaks,
  guardActionableSteps,
  guardMessage,
  guardOptionalText,
  isSafeForOperators,
  plainText,
} from './index';

// Plain operator language, including what the backend and the brief write: shown as sent.
const PLAIN_TEXTS = [
  'KVM driver installation failed - compatibility issue',
  'Try live failover (no driver modification)',
  'Verify VM is Windows-based',
  'Preparing Drivers for Compatibility',
  'Driver installation failed - compatibility issue',
  'Storage volume access error',
  'Replication Completed',
  'Test Failover',
  '26.4 GB transferred at 112 MB/s',
  'Transfer rate 26.4 GB/s',
  'Check storage and/or network settings',
  'Re-run the replication, then re-try the failover',
  'Failed at step 3 of 5 (60%)',
  'Use the step-by-step guide to keep the VM up-to-date',
  'Go to VM settings → Network Mapping',
  'Check the vCenter connection',
  'Wait for the 24-hour retention window',
  'Storage I/O was slow during the final sync',
  'Check the OSSEA platform status with your administrator',
  'Verify that the destination network exists in OSSEA',
  'Installation échouée – vérifiez le réseau',
  'Click “Retry” once the network is back…',
  "Check the VM's disks, e.g. free space",
  'Copying VM data: 42% - (42.00/100%)',
  'The operation started at 10:15:30 and stopped',
  'Press \'Retry\' when the VM is "Ready"',
  'VMware Tools are not running on the source VM',
  'Migration ✅ completed',
];

describe('plain text is shown as sent', () => {
  it.each(PLAIN_TEXTS)('%j', (text) => {
    expect(findLeaks(text)).toEqual([]);
    expect(guardOptionalText(text)).toBe(text);
    expect(guardMessage(text, 'storage')).toBe(text);
    expect(guardActionableSteps([text])).toEqual([text]);
  });

  it('trims surrounding whitespace', () => {
    expect(guardMessage('  Storage volume access error \n')).toBe('Storage volume access error');
  });
});

describe('missing text', () => {
  it.each([
    [null, 'storage', CATEGORY_MESSAGES.storage],
    [undefined, undefined, CATEGORY_MESSAGES.unknown],
    ['', 'network', CATEGORY_MESSAGES.network],
    ['   ', null, CATEGORY_MESSAGES.unknown],
  ] as const)('%j (%s) reads %j', (text, category, expected) => {
    expect(guardMessage(text, category)).toBe(expected);
    expect(guardOptionalText(text)).toBeNull();
  });

  it('falls back to the generic steps when there are none and no category', () => {
    expect(guardActionableSteps([])).toEqual(CATEGORY_STEPS.unknown);
    expect(guardActionableSteps(null, null)).toEqual(CATEGORY_STEPS.unknown);
  });

  it('removes duplicates, blanks and surrounding whitespace from steps', () => {
    expect(
      guardActionableSteps(['Try operation again', ' try operation again ', '', '  ']),
    ).toEqual(['Try operation again']);
  });

  it('does not share its fallback list with callers', () => {
    const steps = guardActionableSteps([], 'storage');
    steps.push(plainText('Changed by a caller'));
    expect(guardActionableSteps([], 'storage')).toEqual(CATEGORY_STEPS.storage);
  });
});

describe('category texts', () => {
  // Every category the backend classifies, and unknown, with the label the details view shows:
  // written out here rather than taken from the code's lists, so a category it forgets fails.
  it.each<[ErrorCategory, string]>([
    ['compatibility', 'Compatibility'],
    ['network', 'Network'],
    ['storage', 'Storage'],
    ['platform', 'Platform'],
    ['connectivity', 'Connectivity'],
    ['configuration', 'Configuration'],
    ['unknown', 'Unknown'],
  ])('%s is labelled "%s", with a plain message and steps', (category, label) => {
    expect(CATEGORY_LABELS[category]).toBe(label);
    expect(isSafeForOperators(CATEGORY_MESSAGES[category])).toBe(true);
    expect(CATEGORY_STEPS[category].length).toBeGreaterThan(0);
    for (const step of CATEGORY_STEPS[category]) expect(isSafeForOperators(step)).toBe(true);
  });
});

describe('explainFailure', () => {
  it('keeps a plain message and its steps', () => {
    expect(
      explainFailure({
        message: 'KVM driver installation failed - compatibility issue',
        category: 'compatibility',
        steps: ['Try live failover (no driver modification)', 'Verify VM is Windows-based'],
      }),
    ).toEqual({
      issue: 'KVM driver installation failed - compatibility issue',
      steps: ['Try live failover (no driver modification)', 'Verify VM is Windows-based'],
      category: 'compatibility',
      translated: false,
    });
  });

  it("replaces a refused message and steps with the category's", () => {
    expect(
      explainFailure({
        message: 'virt-v2v failed at /dev/vdc',
        category: 'storage',
        steps: ['Run qemu-img check'],
      }),
    ).toEqual({
      issue: CATEGORY_MESSAGES.storage,
      steps: CATEGORY_STEPS.storage,
      category: 'storage',
      translated: false,
    });
  });

  it('keeps safe steps when only the message is refused', () => {
    const explained = explainFailure({
      message: 'rpc error: code = Unavailable',
      category: 'connectivity',
      steps: ['Check network connectivity', 'Inspect /var/log/oma.log'],
    });
    expect(explained.issue).toBe(CATEGORY_MESSAGES.connectivity);
    expect(explained.steps).toEqual(['Check network connectivity']);
  });

  it('never goes without an explanation', () => {
    const explained = explainFailure({ message: null, category: null, steps: null });
    expect(explained.issue).toBe(CATEGORY_MESSAGES.unknown);
    expect(explained.steps).toEqual(CATEGORY_STEPS.unknown);
    expect(explained.category).toBeNull();
  });
});

describe('plainText', () => {
  it('brands the GUI’s own plain wording', () => {
    expect(plainText('Recent Operations')).toBe('Recent Operations');
  });

  it('refuses wording that would leak, loudly', () => {
    expect(() => plainText('VirtIO drivers')).toThrow(/Not operator text/);
    expect(() => plainText(' padded ')).toThrow(/Not operator text/);
  });
});
