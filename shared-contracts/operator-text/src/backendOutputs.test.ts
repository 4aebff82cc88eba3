import {
  BACKEND_STEP_TABLE,
  SANITIZER_ACTIONABLE_STEPS,
  SANITIZER_USER_MESSAGES,
} from '@migratekit/mocks/arbitraries';
import { explainFailure, guardActionableSteps, guardMessage, guardStepName } from './index';

/*
 * No over-blocking: everything the backend's own sanitizer can send an operator is shown as it
 * is: every `UserMessage` and actionable step of `error_sanitizer.go`, the "<step name> failed"
 * messages it builds, and every pair of `step_display_names.go` (DRDAVIDBANNER/sendense
 * `source/current/sha/failover`, commit 2acc62b, transcribed once in the mocks' generators).
 */

// "Operation failed": sanitizeGenericError's message for a step it has no name for.
const USER_MESSAGES = [...SANITIZER_USER_MESSAGES, 'Operation failed'];
const ACTIONABLE_STEPS = [...SANITIZER_ACTIONABLE_STEPS];
const STEP_NAMES: [string, string][] = Object.entries(BACKEND_STEP_TABLE);

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
