export type { IconName } from './glyphs';
export { ICON_NAMES } from './glyphs';
export type { IconProps } from './Icon';
export { BADGE_ICON_SIZE, Icon } from './Icon';
