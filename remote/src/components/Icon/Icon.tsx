import type { IconName } from '../../lib/iconNames';
import { ICON_GLYPHS } from './glyphs';
import cx from './Icon.module.css';

export interface IconProps {
  /** Which icon to draw. */
  name: IconName;
  /** What the icon means, read by screen readers; null when neighbouring text already says it. */
  label: string | null;
  /** Width and height as a CSS length; 1em (the height of the text) unless given. */
  size?: string;
  /** Extra class, e.g. for spacing or a font-size that scales the icon. */
  className?: string;
}

/** Icons in small badges read better a little larger than the badge's 11 px text. */
export const BADGE_ICON_SIZE = '1.25em';

/**
 * A small inline SVG icon: as tall as the text around it (1em) and drawn in its colour
 * (currentColor), so it needs no icon font and follows Mantine's colours and sizes.
 */
export function Icon({ name, label, size = '1em', className }: IconProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable="false"
      className={className ? `${cx.icon} ${className}` : cx.icon}
      data-icon={name}
      // Named when it carries meaning; otherwise hidden, its neighbouring text says it all.
      role={label === null ? undefined : 'img'}
      aria-label={label ?? undefined}
      aria-hidden={label === null ? true : undefined}
    >
      {ICON_GLYPHS[name]}
    </svg>
  );
}
