import { renderWithProviders, screen } from '../../test-utils';
import { Emoji } from './Emoji';

describe('Emoji', () => {
  it('is announced by its meaning', () => {
    renderWithProviders(<Emoji symbol="🚀" label="Test failover" />);
    expect(screen.getByRole('img', { name: 'Test failover' })).toHaveTextContent('🚀');
  });

  it('is hidden from assistive technology when it has no label', () => {
    const { container } = renderWithProviders(<Emoji symbol="✅" label={null} />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(container.querySelector('[aria-hidden="true"]')).toHaveTextContent('✅');
  });
});
