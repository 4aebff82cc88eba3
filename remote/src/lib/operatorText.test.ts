import { createMockOmaState, LEAKY_TEXTS, scenarios } from '@migratekit/mocks';
import { RecentJobsResponseSchema, VmContextResponseSchema } from '@migratekit/oma-api';
import { findLeaks, isSafeForOperators } from '@migratekit/operator-text';
import * as v from 'valibot';
import { makeJob } from '../test-utils';
import { jobTitle, toFailureDetails } from './presentation';

/*
 * The policy's own tables live beside it (shared-contracts/operator-text/); this checks the remote's use of it
 * on the leaky sample VM: every text the remote composes for an operator, as an operator and
 * as an admin outside the Technical Details.
 */
describe('the leaky sample VM', () => {
  const state = createMockOmaState();

  it.each([
    LEAKY_TEXTS.errorMessage,
    LEAKY_TEXTS.secondErrorMessage,
    LEAKY_TEXTS.pathStep,
    ...LEAKY_TEXTS.internalSteps,
  ])('refuses %j', (text) => {
    expect(isSafeForOperators(text)).toBe(false);
  });

  it.each([false, true])(
    'leaves nothing technical in any text shown (admin: %s), and every failure still explains itself',
    (isAdmin) => {
      const { contextId, vmName } = scenarios['leaky-vm'];
      const { jobs } = v.parse(RecentJobsResponseSchema, state.getRecentJobs(contextId));
      const { lastOperation } = v.parse(VmContextResponseSchema, state.getVmContext(vmName));
      expect(jobs.length).toBeGreaterThan(0);
      expect(lastOperation).not.toBeNull();

      const failures = [
        ...jobs.map((job) => toFailureDetails(job, { isAdmin })),
        ...(lastOperation ? [toFailureDetails(lastOperation, { isAdmin })] : []),
      ];
      const shown = [
        ...jobs.map(jobTitle),
        ...failures.flatMap((failure) => [
          failure.title,
          failure.issue,
          failure.failedStep ?? '',
          ...failure.actionableSteps,
        ]),
      ];
      expect(shown.flatMap(findLeaks)).toEqual([]);
      const everything = shown.join('\n');
      for (const forbidden of ['virt-v2v', 'VirtIO', '/dev/vdc', 'virtio-driver-injection']) {
        expect(everything).not.toContain(forbidden);
      }
      for (const failure of failures.filter((each) => each.status === 'failed')) {
        expect(failure.issue.length).toBeGreaterThan(0);
        expect(failure.actionableSteps.length).toBeGreaterThan(0);
      }
    },
  );
});

describe('failure text of a raw replication error', () => {
  const raw = 'Job stalled - no telemetry for 15m0s (SBC may have crashed)';
  const job = makeJob({
    job_type: 'replication',
    status: 'failed',
    error_message: raw,
    error_category: undefined,
    actionable_steps: undefined,
  });

  it('reads plainly, with what to do, for operators', () => {
    const details = toFailureDetails(job, { isAdmin: false });
    expect(details.issue).toBe('Replication stopped responding');
    expect(details.actionableSteps).toEqual([
      'Check that the source environment is online and reachable',
      'Start the replication again',
      'Contact support if it happens again',
    ]);
    expect(details.categoryLabel).toBe('Connectivity');
    expect(details.technical).toBeNull();
  });

  it('keeps the raw text for admins, in the technical details only', () => {
    const details = toFailureDetails(job, { isAdmin: true });
    expect(details.issue).toBe('Replication stopped responding');
    expect(details.technical?.rawMessage).toBe(raw);
  });

  it('gives admins no copy when operators read the message as sent', () => {
    const plain = makeJob({ status: 'failed', error_message: 'Storage operation failed' });
    expect(toFailureDetails(plain, { isAdmin: true }).technical?.rawMessage).toBeNull();
  });
});
