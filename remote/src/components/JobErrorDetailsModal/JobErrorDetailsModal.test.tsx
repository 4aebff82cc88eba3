import { Button } from '@mantine/core';
import { useState } from 'react';
import { useLiveFailoverAction } from '../../hooks';
import { toDetailsView } from '../../lib/failureViews';
import { toFailureDetails } from '../../lib/presentation';
import {
  axeInAct,
  briefLeaksIn,
  makeJob,
  makeLastOperation,
  readableText,
  renderWithProviders,
  screen,
  TEST_NOW,
  waitFor,
  within,
} from '../../test-utils';
import { ACCESSIBLE_COLORS_CLASS } from '../styles';
import { JobErrorDetailsModal } from './JobErrorDetailsModal';

function Opener({
  isAdmin,
  onTryLiveFailover,
  vmName = 'pgtest1',
}: {
  isAdmin: boolean;
  onTryLiveFailover?: () => Promise<unknown>;
  vmName?: string;
}) {
  const [opened, setOpened] = useState(false);
  const details = toFailureDetails(makeLastOperation(), { isAdmin, relatedJob: makeJob() });
  const liveFailover = useLiveFailoverAction(
    details,
    onTryLiveFailover,
    opened ? details.jobId : null,
  );
  return (
    <>
      <Button onClick={() => setOpened(true)}>View Details</Button>
      <JobErrorDetailsModal
        view={opened ? toDetailsView(details) : null}
        onClose={() => setOpened(false)}
        vmName={vmName}
        now={TEST_NOW}
        liveFailover={liveFailover}
      />
    </>
  );
}

async function openModal(isAdmin: boolean, onTryLiveFailover?: () => Promise<unknown>) {
  const result = renderWithProviders(
    <Opener isAdmin={isAdmin} onTryLiveFailover={onTryLiveFailover} />,
  );
  await result.user.click(screen.getByRole('button', { name: 'View Details' }));
  const dialog = await screen.findByRole('dialog', { name: 'Test failover Test Failover failed' });
  return { ...result, dialog };
}

const fact = (dialog: HTMLElement, term: string) =>
  within(dialog).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('JobErrorDetailsModal', () => {
  it('shows what failed and what to do, for an operator', async () => {
    const { dialog } = await openModal(false, jest.fn());
    expect(fact(dialog, 'VM')).toBe('pgtest1');
    expect(fact(dialog, 'Started')).toBe('50 seconds ago');
    expect(fact(dialog, 'Duration')).toBe('25 seconds');
    expect(fact(dialog, 'Progress')).toBe('60% (3 of 5 steps completed)');
    expect(fact(dialog, 'Failed step')).toBe('Preparing Drivers for Compatibility');
    expect(fact(dialog, 'Issue')).toBe('KVM driver installation failed - compatibility issue');
    expect(fact(dialog, 'Category')).toBe('Compatibility');
    const steps = within(dialog).getByRole('list', { name: 'What you can do:' });
    expect(within(steps).getAllByRole('listitem')).toHaveLength(2);
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Try Live Failover' })).toBeInTheDocument();
  });

  it('names the VM as the host does, even with underscores', async () => {
    const { user } = renderWithProviders(<Opener isAdmin={false} vmName="web_server_01" />);
    await user.click(screen.getByRole('button', { name: 'View Details' }));
    const dialog = await screen.findByRole('dialog');
    expect(fact(dialog, 'VM')).toBe('web_server_01');
  });

  it("keeps technical details out of an operator's DOM entirely", async () => {
    const { dialog } = await openModal(false);
    expect(within(dialog).queryByText('Technical Details')).not.toBeInTheDocument();
    const html = document.body.innerHTML;
    expect(html).not.toContain('virtio-driver-injection');
    expect(html).not.toContain('virt-v2v');
    expect(html).not.toContain('/dev/vdc');
    expect(html).not.toContain('unified-test-failover-pgtest1');
    expect(briefLeaksIn(readableText(document.body))).toEqual([]);
  });

  it('shows admins a collapsed Technical Details section that expands', async () => {
    const { dialog, user } = await openModal(true);
    const toggle = within(dialog).getByRole('button', { name: 'Technical Details' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(dialog).queryByText('virtio-driver-injection')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await within(dialog).findByText('Internal step name', { selector: 'dt' });
    expect(fact(dialog, 'Internal step name')).toBe('virtio-driver-injection');
    expect(fact(dialog, 'Job ID')).toBe('uuid-123');
    expect(fact(dialog, 'External job ID')).toBe('unified-test-failover-pgtest1-1759510017');
    const json = fact(dialog, 'Technical details') ?? '';
    expect(JSON.parse(json)).toMatchObject({ device: '/dev/vdc', tool: 'virt-v2v-in-place' });

    await user.click(toggle);
    await waitFor(() =>
      expect(within(dialog).queryByText('virtio-driver-injection')).not.toBeInTheDocument(),
    );
  });

  it('closes on Escape and on Close, returning focus to the opener', async () => {
    const { user } = await openModal(false);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'View Details' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'View Details' }));
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'View Details' })).toHaveFocus());
  });

  it('shows why a live failover from the details could not be started', async () => {
    const { dialog, user } = await openModal(false, () =>
      Promise.reject(new Error('Validation failed: VM not found or not replicated')),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Try Live Failover' }));
    expect(
      await within(dialog).findByText(
        'Live failover could not be started: Validation failed: VM not found or not replicated',
      ),
    ).toBeInTheDocument();
  });

  it('stays closed without details', () => {
    renderWithProviders(
      <JobErrorDetailsModal
        view={null}
        onClose={jest.fn()}
        vmName="pgtest1"
        now={TEST_NOW}
        liveFailover={{ offered: false, pending: false, failure: null, start: jest.fn() }}
      />,
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('adds no banner landmark to the page, and keeps its colours readable', async () => {
    const { dialog } = await openModal(false);
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
    expect(dialog).toHaveClass(ACCESSIBLE_COLORS_CLASS);
  });

  it('offers the live failover as black text on orange, readable in both colour schemes', async () => {
    const { dialog } = await openModal(false, jest.fn());
    const button = within(dialog).getByRole('button', { name: 'Try Live Failover' });
    expect(button).toHaveStyle({
      '--button-bg': 'var(--mantine-color-orange-6)',
      '--button-color': 'var(--mantine-color-black)',
    });
  });

  it('has no accessibility violations when open', async () => {
    await openModal(true, jest.fn());
    expect(await axeInAct(document.body)).toHaveNoViolations();
  });
});
