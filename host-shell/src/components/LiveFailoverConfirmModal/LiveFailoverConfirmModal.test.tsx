import { render, screen, within } from '../../test-utils';
import { LiveFailoverConfirmModal } from './LiveFailoverConfirmModal';

describe('LiveFailoverConfirmModal', () => {
  it('names the VM, says the failover is permanent, and reports the choice', async () => {
    const onConfirm = jest.fn();
    const onCancel = jest.fn();
    const { user } = render(
      <LiveFailoverConfirmModal
        vmName="pgtest1"
        submitting={false}
        onConfirm={onConfirm}
        onCancel={onCancel}
      />,
    );

    const dialog = screen.getByRole('dialog', { name: 'Start live failover for pgtest1?' });
    expect(dialog).toHaveTextContent('permanent: the source VM pgtest1 is cut over');
    expect(dialog).toHaveTextContent('cannot be undone');

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(dialog).getByRole('button', { name: 'Start live failover' }));

    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('cannot be cancelled while the request is being sent', () => {
    render(
      <LiveFailoverConfirmModal
        vmName="pgtest1"
        submitting
        onConfirm={jest.fn()}
        onCancel={jest.fn()}
      />,
    );

    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /close/i })).not.toBeInTheDocument();
  });

  it('is closed when there is no VM to confirm for', () => {
    render(
      <LiveFailoverConfirmModal
        vmName={null}
        submitting={false}
        onConfirm={jest.fn()}
        onCancel={jest.fn()}
      />,
    );

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
