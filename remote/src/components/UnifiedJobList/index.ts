export type { JobListItemProps } from './JobListItem';
export { JobListItem } from './JobListItem';
export type { UnifiedJobListProps } from './UnifiedJobList';
export { UnifiedJobList } from './UnifiedJobList';
