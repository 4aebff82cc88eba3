import { readableText, renderWithProviders, screen } from '../../test-utils';
import { RelativeTime } from './RelativeTime';

const NOW = Date.parse('2025-10-03T17:47:47Z');

describe('RelativeTime', () => {
  it('says how long ago a moment was, in a machine-readable time element', () => {
    renderWithProviders(<RelativeTime iso="2025-10-03T17:47:22.000Z" now={NOW} />);
    const time = screen.getByText('25 seconds ago');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('dateTime', '2025-10-03T17:47:22.000Z');
    expect(time.getAttribute('title')).toMatch(/2025/);
  });

  it('puts a prefix before the relative time', () => {
    renderWithProviders(<RelativeTime iso="2025-10-03T14:47:47.000Z" now={NOW} prefix="Started" />);
    expect(screen.getByText('Started 3 hours ago')).toBeInTheDocument();
  });

  it.each([
    ['missing', null],
    ['unparseable', 'soon'],
  ])('renders nothing when the time is %s', (_label, iso) => {
    const { container } = renderWithProviders(<RelativeTime iso={iso} now={NOW} />);
    expect(container.querySelector('time')).toBeNull();
    expect(readableText(container)).toBe('');
  });
});
