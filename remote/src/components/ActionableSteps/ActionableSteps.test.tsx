import { guardActionableSteps } from '@migratekit/operator-text';
import { renderWithProviders, screen, within } from '../../test-utils';
import { ActionableSteps } from './ActionableSteps';

describe('ActionableSteps', () => {
  it('lists every step under "What you can do:"', () => {
    renderWithProviders(
      <ActionableSteps
        steps={guardActionableSteps([
          'Try live failover (no driver modification)',
          'Verify VM is Windows-based',
        ])}
      />,
    );
    const list = screen.getByRole('list', { name: 'What you can do:' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Try live failover (no driver modification)',
      'Verify VM is Windows-based',
    ]);
  });

  it('renders nothing without steps', () => {
    const { container } = renderWithProviders(<ActionableSteps steps={[]} />);
    expect(container).not.toHaveTextContent('What you can do');
  });
});
