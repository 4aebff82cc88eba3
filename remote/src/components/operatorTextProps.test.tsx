import { guardActionableSteps, guardMessage, plainText } from '@migratekit/operator-text';
import { toBannerView } from '../lib/failureViews';
import { toJobListEntry } from '../lib/jobListEntry';
import { toFailureDetails } from '../lib/presentation';
import { failureSummary } from '../lib/summaries';
import { makeJob, makeLastOperation, renderWithProviders, screen } from '../test-utils';
import { ActionableSteps, type ActionableStepsProps } from './ActionableSteps';
import type { JobErrorDetailsModalProps } from './JobErrorDetailsModal';
import { OperationErrorBanner, type OperationErrorBannerProps } from './OperationErrorBanner';
import type { JobListItemProps } from './UnifiedJobList';

/*
 * The components that show API text take it only as OperatorText, the operator-text policy's
 * type. The functions below are compiled by `pnpm typecheck` and never run: each
 * `@ts-expect-error` fails the typecheck if a raw string ever becomes acceptable.
 */
const RAW = 'VirtIO driver error at /dev/vdc';
const failure = toFailureDetails(makeLastOperation(), { isAdmin: false });
const entry = toJobListEntry(makeJob({ status: 'failed' }));
const noop = () => {};

export function rawTextIsRejected() {
  // @ts-expect-error raw steps
  const steps: ActionableStepsProps['steps'] = [RAW];
  const banner: OperationErrorBannerProps['banner']['failure'] = {
    ...failure,
    // @ts-expect-error a raw issue in the banner
    issue: RAW,
  };
  const details: NonNullable<JobErrorDetailsModalProps['view']>['details'] = {
    ...failure,
    // @ts-expect-error a raw failed step in the details
    failedStep: RAW,
  };
  const titled: JobListItemProps['job'] = {
    ...entry,
    // @ts-expect-error a raw title in the list item
    title: RAW,
  };
  const stepped: JobListItemProps['job'] = {
    ...entry,
    // @ts-expect-error a raw current step in the list item
    currentStep: RAW,
  };
  // @ts-expect-error the banner's summary takes a guarded title
  const summary = failureSummary(RAW, 3, 5, 60);
  return [steps, banner, details, titled, stepped, summary];
}

describe('components take API text only through the policy', () => {
  it('render what the policy let through', () => {
    renderWithProviders(
      <ActionableSteps steps={guardActionableSteps([RAW, 'Verify VM is Windows-based'])} />,
    );
    expect(screen.getByRole('listitem')).toHaveTextContent('Verify VM is Windows-based');
  });

  it('turn refused text into the plain replacement before it reaches a prop', () => {
    renderWithProviders(
      <OperationErrorBanner
        banner={toBannerView({ ...failure, issue: guardMessage(RAW, 'compatibility') }, null)}
        onDismiss={noop}
        onViewDetails={noop}
        liveFailover={{ offered: false, pending: false, failure: null, start: async () => {} }}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Issue: Driver installation failed - compatibility issue',
    );
    expect(failureSummary(plainText('Test Failover'), 3, 5, 60)).toBe(
      'Test Failover failed at step 3 of 5 (60%)',
    );
    expect(typeof rawTextIsRejected).toBe('function');
  });
});
