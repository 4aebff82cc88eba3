import { MantineProvider } from '@mantine/core';
import { scenarios } from '@migratekit/mocks';
import { CONTRACT_VERSION, type VmOperationsModule } from '@migratekit/shared-contracts';
import { render, screen } from '@testing-library/react';
import { setupMockApi } from '../test-utils';
import * as exposed from './VmOperations';

setupMockApi();

const { contextId, vmName } = scenarios.pgtest1;

describe('the ./VmOperations exposed module', () => {
  it('matches the federation contract', () => {
    const module: VmOperationsModule = exposed;
    expect(module.default).toBe(exposed.VmOperations);
    expect(module.CONTRACT_VERSION).toBe(CONTRACT_VERSION);
  });

  it("works inside a host's MantineProvider, following its colour scheme", async () => {
    render(
      <MantineProvider forceColorScheme="dark" theme={{ primaryColor: 'grape' }}>
        <exposed.default contextId={contextId} vmName={vmName} />
      </MantineProvider>,
    );
    expect(
      await screen.findByText('Test Failover failed at step 3 of 5 (60%)'),
    ).toBeInTheDocument();
    // One provider only: a nested one would have reset the scheme to light.
    expect(document.querySelectorAll('style[data-mantine-styles="true"]')).toHaveLength(1);
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
  });

  it('works in a host without Mantine', async () => {
    render(<exposed.VmOperations contextId={contextId} vmName={vmName} />);
    expect(
      await screen.findByText('Test Failover failed at step 3 of 5 (60%)'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('vm-operations')).toHaveAttribute(
      'data-contract-version',
      CONTRACT_VERSION,
    );
  });

  it("shows what is wrong with a plain-JavaScript host's props", () => {
    const Remote = exposed.default as unknown as (props: { vmName: string }) => React.ReactElement;
    render(<Remote vmName={vmName} />);
    expect(screen.getByRole('alert', { name: 'This view could not be shown' })).toHaveTextContent(
      'contextId',
    );
  });
});
