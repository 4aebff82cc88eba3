import './accessibleColors.css';

/** Text styles several components share (`issue`: a failure's sanitized message). */
export { default as textClasses } from './text.module.css';

/**
 * Class of an element whose content gets readable text colours (at least 4.5:1), see
 * accessibleColors.css. On each root of the remote's rendering: the feature's root, the details
 * modal (rendered in a portal) and the last-operation badge.
 */
export const ACCESSIBLE_COLORS_CLASS = 'migratekit-vm-operations-colors';
