import { VmContextSchema } from '@migratekit/oma-api';
import * as v from 'valibot';
import { FakeLastOperationBadge, render, screen } from '../../test-utils';
import { VmCard } from './VmCard';

const vm = v.parse(VmContextSchema, {
  context_id: 'ctx-web',
  vm_name: 'web 01',
  current_status: 'failed_over_test',
  os_type: 'linux',
  power_state: 'poweredOn',
});

function BrokenBadge(): never {
  throw new Error('badge exploded');
}

describe('VmCard', () => {
  it('links to the VM by its encoded name and summarises it', () => {
    render(<VmCard vm={vm} LastOperationBadge={FakeLastOperationBadge} />);

    expect(screen.getByRole('link', { name: 'web 01' })).toHaveAttribute('href', '/vms/web%2001');
    expect(screen.getByText('In test failover')).toBeInTheDocument();
    expect(screen.getByText('Linux · Powered on')).toBeInTheDocument();
    expect(screen.getByText('Last operation of web 01')).toBeInTheDocument();
  });

  it('keeps the card when its badge fails', () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
    render(<VmCard vm={vm} LastOperationBadge={BrokenBadge} />);

    expect(screen.getByText('Operation status unavailable')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'web 01' })).toBeInTheDocument();
    consoleError.mockRestore();
  });
});
