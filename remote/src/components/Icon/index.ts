export type { IconName } from '../../lib/iconNames';
export { ICON_NAMES } from '../../lib/iconNames';
export type { IconProps } from './Icon';
export { BADGE_ICON_SIZE, Icon } from './Icon';
