import { scenarios } from '@migratekit/mocks';
import type { LastOperationBadgeProps } from '@migratekit/vm-operations-contract';
import { renderWithProviders, screen, setupMockApi } from '../../test-utils';
import { ACCESSIBLE_COLORS_CLASS } from '../styles';
import { LastOperationBadge } from './LastOperationBadge';

const { server, failures } = setupMockApi();

describe('LastOperationBadge', () => {
  it('shows a failed last operation with its type icon', async () => {
    renderWithProviders(<LastOperationBadge vmName={scenarios.pgtest1.vmName} />);
    expect(screen.getByText('Checking…')).toBeInTheDocument();
    expect(await screen.findByText('Test Failover failed')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Test failover' })).toHaveAttribute(
      'data-icon',
      'test-failover',
    );
  });

  it('shows a completed last operation', async () => {
    renderWithProviders(<LastOperationBadge vmName={scenarios['websrv-ok'].vmName} />);
    expect(await screen.findByText('Rollback completed')).toBeInTheDocument();
  });

  it('says when there is no last operation', async () => {
    renderWithProviders(<LastOperationBadge vmName={scenarios['newvm-empty'].vmName} />);
    expect(await screen.findByText('No recent operations')).toBeInTheDocument();
  });

  it('says the status is unavailable when the API fails, never blank', async () => {
    server.use(failures.networkError('vm-context'));
    renderWithProviders(<LastOperationBadge vmName="pgtest1" />);
    const badge = await screen.findByText('Status unavailable');
    expect(badge.closest('[title]')).toHaveAttribute(
      'title',
      expect.stringMatching(/could not be reached/),
    );
    expect(screen.getByTestId('last-operation-badge')).toHaveTextContent(/could not be reached/);
    // Its gray outline and text stay readable, on the host's cards or on their own.
    expect(screen.getByTestId('last-operation-badge')).toHaveClass(ACCESSIBLE_COLORS_CLASS);
  });

  it('says the status is unavailable for wrong props', () => {
    renderWithProviders(
      <LastOperationBadge {...({ vmName: '' } as unknown as LastOperationBadgeProps)} />,
    );
    expect(screen.getByTestId('last-operation-badge')).toHaveTextContent(
      /Status unavailable: vmName/,
    );
  });
});
