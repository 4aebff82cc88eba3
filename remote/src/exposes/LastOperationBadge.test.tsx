import { MantineProvider } from '@mantine/core';
import { scenarios } from '@migratekit/mocks';
import {
  CONTRACT_VERSION,
  type LastOperationBadgeModule,
} from '@migratekit/vm-operations-contract';
import { render, screen } from '@testing-library/react';
import { setupMockApi } from '../test-utils';
import * as exposed from './LastOperationBadge';

setupMockApi();

describe('the ./LastOperationBadge exposed module', () => {
  it('matches the federation contract', () => {
    const module: LastOperationBadgeModule = exposed;
    expect(module.default).toBe(exposed.LastOperationBadge);
    expect(module.CONTRACT_VERSION).toBe(CONTRACT_VERSION);
  });

  it("works inside a host's MantineProvider without nesting another", async () => {
    render(
      <MantineProvider forceColorScheme="dark">
        <exposed.default vmName={scenarios.pgtest1.vmName} />
      </MantineProvider>,
    );
    expect(await screen.findByText('Test Failover failed')).toBeInTheDocument();
    expect(document.querySelectorAll('style[data-mantine-styles="true"]')).toHaveLength(1);
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
  });

  it('works in a host without Mantine', async () => {
    render(<exposed.LastOperationBadge vmName={scenarios['websrv-ok'].vmName} />);
    expect(await screen.findByText('Rollback completed')).toBeInTheDocument();
  });
});
