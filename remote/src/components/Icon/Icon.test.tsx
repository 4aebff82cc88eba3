import { ICON_NAMES } from '../../lib/iconNames';
import { axeInAct, renderWithProviders, screen } from '../../test-utils';
import { ICON_GLYPHS } from './glyphs';
import { Icon } from './Icon';

describe('Icon', () => {
  it('has a glyph for every icon name and none other', () => {
    expect(Object.keys(ICON_GLYPHS).sort()).toEqual([...ICON_NAMES].sort());
  });

  it.each(ICON_NAMES)(
    'draws %s as an inline SVG in the text colour, as tall as the text',
    (name) => {
      const { container } = renderWithProviders(<Icon name={name} label="Meaning" />);
      const svg = container.querySelector('svg');
      expect(svg).toBeInstanceOf(SVGSVGElement);
      expect(svg).toHaveAttribute('data-icon', name);
      expect(svg).toHaveAttribute('viewBox', '0 0 24 24');
      expect(svg).toHaveAttribute('width', '1em');
      expect(svg).toHaveAttribute('height', '1em');
      expect(svg).toHaveAttribute('stroke', 'currentColor');
      expect(svg?.querySelector('path, circle')).not.toBeNull();
      // Nothing depends on a font: no characters inside.
      expect(svg?.textContent).toBe('');
    },
  );

  it('is announced by its meaning', async () => {
    const { container } = renderWithProviders(<Icon name="test-failover" label="Test failover" />);
    const icon = screen.getByRole('img', { name: 'Test failover' });
    expect(icon.tagName.toLowerCase()).toBe('svg');
    expect(icon).not.toHaveAttribute('aria-hidden');
    expect(await axeInAct(container)).toHaveNoViolations();
  });

  it('is hidden from assistive technology when it has no label', () => {
    const { container } = renderWithProviders(<Icon name="status-completed" label={null} />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('takes another size and an extra class', () => {
    const { container } = renderWithProviders(
      <Icon name="warning" label={null} size="1.25em" className="spaced" />,
    );
    const svg = container.querySelector('svg');
    expect(svg).toHaveAttribute('width', '1.25em');
    expect(svg).toHaveAttribute('height', '1.25em');
    expect(svg).toHaveClass('spaced');
  });
});
