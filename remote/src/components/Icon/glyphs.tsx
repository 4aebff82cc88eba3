import type { ReactNode } from 'react';
import type { IconName } from '../../lib/iconNames';
import cx from './Icon.module.css';

/*
 * Outline glyphs on a 24 × 24 grid, drawn with a 2-unit stroke in the current text colour
 * (the <svg> in Icon sets stroke, caps and joins).
 */

const GEAR_OUTLINE =
  'M10.36 4.89L10.61 2.1 13.39 2.1 13.64 4.89A7.3 7.3 0 0 1 15.87 5.81L18.02 4.01 19.99 5.98 18.19 8.13A7.3 7.3 0 0 1 19.11 10.36L21.9 10.61 21.9 13.39 19.11 13.64A7.3 7.3 0 0 1 18.19 15.87L19.99 18.02 18.02 19.99 15.87 18.19A7.3 7.3 0 0 1 13.64 19.11L13.39 21.9 10.61 21.9 10.36 19.11A7.3 7.3 0 0 1 8.13 18.19L5.98 19.99 4.01 18.02 5.81 15.87A7.3 7.3 0 0 1 4.89 13.64L2.1 13.39 2.1 10.61 4.89 10.36A7.3 7.3 0 0 1 5.81 8.13L4.01 5.98 5.98 4.01 8.13 5.81A7.3 7.3 0 0 1 10.36 4.89z';

export const ICON_GLYPHS = {
  /** Two arrows chasing each other round a circle. */
  replication: (
    <>
      <path d="M4 12a8 8 0 0 1 14-5.3" />
      <path d="M18.5 3v4h-4" />
      <path d="M20 12a8 8 0 0 1-14 5.3" />
      <path d="M5.5 21v-4h4" />
    </>
  ),
  /** A laboratory flask. */
  'test-failover': (
    <>
      <path d="M9 3h6" />
      <path d="M10 3v6.2L4.6 18.4A1.7 1.7 0 0 0 6.1 21h11.8a1.7 1.7 0 0 0 1.5-2.6L14 9.2V3" />
      <path d="M7.3 15h9.4" />
    </>
  ),
  /** A lightning bolt. */
  'live-failover': <path d="M13 2 4 14h7l-1 8 9-12h-7z" />,
  /** An arrow turning back. */
  rollback: (
    <>
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
    </>
  ),
  /** A gear, for an operation of unknown kind. */
  operation: (
    <>
      <path d={GEAR_OUTLINE} />
      <circle cx="12" cy="12" r="2.5" />
    </>
  ),
  /** A check mark in a circle. */
  'status-completed': (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="m8 12.3 2.7 2.7L16 9.7" />
    </>
  ),
  /** A cross in a circle. */
  'status-failed': (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="m9 9 6 6M15 9l-6 6" />
    </>
  ),
  /** A spinner: a faint ring with a turning arc. */
  'status-running': (
    <>
      <circle cx="12" cy="12" r="9" opacity="0.3" />
      <path className={cx.spin} d="M21 12a9 9 0 0 0-9-9" />
    </>
  ),
  /** A clock. */
  'status-pending': (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3.5 2" />
    </>
  ),
  /** A circle struck through. */
  'status-cancelled': (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="m5.6 5.6 12.8 12.8" />
    </>
  ),
  /** A question mark in a circle. */
  'status-unknown': (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.3" />
      <path d="M12 17h.01" />
    </>
  ),
  /** An exclamation mark in a triangle. */
  warning: (
    <>
      <path d="M10.3 3.9 2.4 17.5a2 2 0 0 0 1.7 3h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z" />
      <path d="M12 9v4" />
      <path d="M12 17h.01" />
    </>
  ),
  /** A chevron pointing right (collapsed). */
  'chevron-right': <path d="m9 6 6 6-6 6" />,
  /** A chevron pointing down (expanded). */
  'chevron-down': <path d="m6 9 6 6 6-6" />,
} satisfies Record<IconName, ReactNode>;
