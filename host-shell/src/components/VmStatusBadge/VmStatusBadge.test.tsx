import { render, screen } from '../../test-utils';
import { VmStatusBadge } from './VmStatusBadge';

describe('VmStatusBadge', () => {
  it('shows the status in plain words', () => {
    render(<VmStatusBadge status="ready_for_failover" />);
    expect(screen.getByText('Ready for failover')).toBeInTheDocument();
  });

  it('shows an unknown status as such', () => {
    render(<VmStatusBadge status="unknown" />);
    expect(screen.getByText('Status unknown')).toBeInTheDocument();
  });
});
