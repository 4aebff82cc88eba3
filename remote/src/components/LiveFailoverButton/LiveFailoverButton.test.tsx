import { renderWithProviders, screen } from '../../test-utils';
import { LiveFailoverButton } from './LiveFailoverButton';

describe('LiveFailoverButton', () => {
  it('is a labelled button that is disabled while loading', async () => {
    const onClick = jest.fn();
    const { rerender, user } = renderWithProviders(
      <LiveFailoverButton onClick={onClick} loading={false} />,
    );
    await user.click(screen.getByRole('button', { name: 'Try Live Failover' }));
    expect(onClick).toHaveBeenCalledTimes(1);

    rerender(<LiveFailoverButton onClick={onClick} loading />);
    expect(screen.getByRole('button', { name: 'Try Live Failover' })).toBeDisabled();
  });
});
