import {
  REAL_BACKEND_RAW_TEXTS,
  REAL_BACKEND_SCENARIO_NAMES,
  REAL_BACKEND_VALUES_NOT_SHOWN,
  type ScenarioName,
  scenarios,
} from '@migratekit/mocks';
import type { VmOperationsProps } from '@migratekit/vm-operations-contract';
import {
  briefLeaksIn,
  readableText,
  renderWithProviders,
  screen,
  setupScreenTests,
  waitFor,
  within,
} from '../../test-utils';
import { LastOperationBadge } from '../LastOperationBadge';
import { VmOperations } from './VmOperations';

/*
 * The feature on the bodies the real backend sends (the mocks' real-* VMs): what an operator
 * and an admin see, and that no raw wire value reaches the page.
 */

setupScreenTests();

async function renderScenario(name: ScenarioName, extra: Partial<VmOperationsProps> = {}) {
  const { contextId, vmName } = scenarios[name];
  const result = renderWithProviders(
    <>
      <LastOperationBadge vmName={vmName} />
      <VmOperations contextId={contextId} vmName={vmName} {...extra} />
    </>,
  );
  const list = await screen.findByRole('region', { name: 'Recent Operations' });
  await waitFor(() => expect(list).toHaveAttribute('aria-busy', 'false'));
  await waitFor(() => expect(screen.queryByText('Checking…')).not.toBeInTheDocument());
  return result;
}

const banner = () => screen.queryByRole('alert', { name: 'Last Operation Failed' });
const operations = () => screen.getAllByRole('article');
const item = (title: string) => {
  const found = operations().find(
    (article) => within(article).getByRole('heading').textContent === title,
  );
  if (!found) throw new Error(`no operation titled ${title}`);
  return found;
};

function rawValuesOnPage(): string[] {
  const text = readableText(document.body);
  return [
    ...briefLeaksIn(text),
    ...REAL_BACKEND_VALUES_NOT_SHOWN.filter((raw) =>
      text.toLowerCase().includes(raw.toLowerCase()),
    ),
  ];
}

describe('VmOperations on the real backend’s bodies', () => {
  it.each(REAL_BACKEND_SCENARIO_NAMES)('%s: no raw wire value on the page', async (name) => {
    const { user } = await renderScenario(name, { onTryLiveFailover: jest.fn() });
    expect(rawValuesOnPage()).toEqual([]);
    const opener = screen.queryAllByRole('button', { name: /^View details/i })[0];
    if (opener) {
      await user.click(opener);
      await screen.findByRole('dialog');
      expect(rawValuesOnPage()).toEqual([]);
      expect(screen.queryByText('Technical Details')).not.toBeInTheDocument();
    }
  });

  it('real-empty: "jobs": null is the empty state, not an error', async () => {
    await renderScenario('real-empty');
    expect(screen.getByText('No operations yet for this VM')).toBeInTheDocument();
    expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument();
    expect(banner()).not.toBeInTheDocument();
    expect(screen.getByTestId('last-operation-badge')).toHaveTextContent('No recent operations');
  });

  it('real-replicating: a raw-status replication runs, with progress and its step', async () => {
    await renderScenario('real-replicating');
    const running = item('Incremental Replication');
    expect(within(running).getByText(/^Running \(\d+%\)$/)).toBeInTheDocument();
    expect(
      within(running).getByRole('progressbar', { name: 'Incremental Replication progress' }),
    ).toBeInTheDocument();
    expect(running).toHaveTextContent(/Current step: (Preparing the replication|Analyzing)/);
    expect(running).toHaveTextContent(/^.*Started (just now|\d+ minutes? ago)/);
  });

  it('real-replicating: nanosecond, offset and zero times read right; newest first', async () => {
    await renderScenario('real-replicating');
    expect(operations().map((article) => within(article).getByRole('heading').textContent)).toEqual(
      [
        'Incremental Replication',
        'Test Failover',
        'Replication Completed',
        'Replication Completed',
      ],
    );
    const [, , dayOld, zeroCreated] = operations();
    // Started in +02:00 with nanoseconds, finished in -05:00: 612 s apart.
    expect(dayOld).toHaveTextContent('Duration: 10 min 12 s');
    expect(dayOld).toHaveTextContent('23 hours ago');
    // created_at was zero: finished two days ago, no duration at all.
    expect(zeroCreated).toHaveTextContent('2 days ago');
    expect(zeroCreated).not.toHaveTextContent('Duration');
  });

  it('real-stalled: each failed replication has a plain issue and what to do', async () => {
    await renderScenario('real-stalled');
    for (const title of ['Initial Replication', 'Incremental Replication']) {
      const failed = item(title);
      expect(within(failed).getByText(/^Failed( \(\d+%\))?$/)).toBeInTheDocument();
      expect(failed).toHaveTextContent(/Issue: \S/);
      const steps = within(failed).getByRole('list', { name: 'What you can do:' });
      expect(within(steps).getAllByRole('listitem').length).toBeGreaterThan(0);
      expect(
        within(failed).getByRole('button', { name: `View details of ${title}` }),
      ).toBeInTheDocument();
    }
    // No summary: replications do not write one, so there is no banner.
    expect(banner()).not.toBeInTheDocument();
  });

  it('real-stalled: the details show no step for a replication ended as "Failed"', async () => {
    const { user } = await renderScenario('real-stalled');
    await user.click(
      screen.getByRole('button', { name: 'View details of Incremental Replication' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(dialog).not.toHaveTextContent(/Failed Step/i);
    expect(within(dialog).getByRole('list', { name: /What you can do/ })).toBeInTheDocument();
  });

  it('real-rollback: the rollback listed as a test failover reads as a rollback', async () => {
    await renderScenario('real-rollback');
    const [rollback, failover] = operations();
    if (!rollback || !failover) throw new Error('expected two operations first');
    expect(within(rollback).getByRole('heading')).toHaveTextContent(/^Rollback$/);
    expect(within(rollback).getByRole('img', { name: 'Rollback' })).toHaveAttribute(
      'data-icon',
      'rollback',
    );
    expect(within(failover).getByRole('heading')).toHaveTextContent(/^Test Failover$/);
    expect(within(failover).getByRole('img', { name: 'Test failover' })).toBeInTheDocument();
  });

  it('real-rollback: a rollback recorded completed with a failed step shows the banner', async () => {
    await renderScenario('real-rollback');
    const alert = banner();
    if (!alert) throw new Error('expected the failure banner');
    expect(within(alert).getByText('Rollback failed at step 3 of 4 (75%)')).toBeVisible();
    expect(alert).toHaveTextContent(/Issue: \S/);
    expect(
      within(within(alert).getByRole('list', { name: 'What you can do:' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Review operation details for more information',
      'Try operation again',
      'Contact administrator if issue persists',
    ]);
    expect(screen.getByTestId('last-operation-badge')).toHaveTextContent('Rollback failed');
  });

  it('real-rollback: admins see the internal step id in Technical Details, operators never', async () => {
    const { user } = await renderScenario('real-rollback', { isAdmin: true });
    await user.click(screen.getByRole('button', { name: 'View Details' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Technical Details' }));
    expect(await within(dialog).findByText(REAL_BACKEND_RAW_TEXTS.unmappedStepId)).toBeVisible();
    expect(dialog).toHaveTextContent(/rollback-test-failover-real-rollback-\d+/);
  });

  it('real-crashed: a failover that failed outside any step still says what to do', async () => {
    await renderScenario('real-crashed');
    const alert = banner();
    if (!alert) throw new Error('expected the failure banner');
    expect(within(alert).getByText('Live Failover failed at step 2 of 5 (40%)')).toBeVisible();
    expect(alert).not.toHaveTextContent('Failed Step');
    expect(alert).toHaveTextContent(/Issue: \S/);
    expect(within(alert).getByRole('list', { name: 'What you can do:' })).toBeInTheDocument();

    const failover = item('Live Failover');
    expect(within(failover).getByText('Failed (40%)')).toBeInTheDocument();
    expect(failover).toHaveTextContent(/Issue: \S/);
  });

  it('real-crashed: a running rollback listed as a live failover, and an unknown job', async () => {
    await renderScenario('real-crashed');
    const rollback = item('Rollback');
    expect(within(rollback).getByText('Running (50%)')).toBeInTheDocument();
    expect(within(rollback).getByRole('img', { name: 'Rollback' })).toBeInTheDocument();

    const unknown = item('Operation');
    expect(within(unknown).getByRole('img', { name: 'Operation' })).toHaveAttribute(
      'data-icon',
      'operation',
    );
    expect(unknown).toHaveTextContent('Issue: Cleanup Operations failed');
    expect(unknown).not.toHaveTextContent(/Category: Unknown/);
  });
});
