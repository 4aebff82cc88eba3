/**
 * Every icon the feature draws, by name: the presentation picks them, `components/Icon` draws
 * them (its glyph table must have one per name).
 */
export const ICON_NAMES = [
  'replication',
  'test-failover',
  'live-failover',
  'rollback',
  'operation',
  'status-completed',
  'status-failed',
  'status-running',
  'status-pending',
  'status-cancelled',
  'status-unknown',
  'warning',
  'chevron-right',
  'chevron-down',
] as const;

/** The name of one of the icons. */
export type IconName = (typeof ICON_NAMES)[number];
