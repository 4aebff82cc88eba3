import { createMockOmaState, LEAKY_TEXTS, scenarios } from '@migratekit/mocks';
import { findLeaks, isSafeForOperators } from '@migratekit/operator-text';
import { RecentJobsResponseSchema, VmContextResponseSchema } from '@migratekit/shared-contracts';
import { jobTitle, toFailureDetails } from './presentation';

/*
 * The policy's own tables live beside it (operator-text/); this checks the remote's use of it
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
      const { jobs } = RecentJobsResponseSchema.parse(state.getRecentJobs(contextId));
      const { lastOperation } = VmContextResponseSchema.parse(state.getVmContext(vmName));
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
