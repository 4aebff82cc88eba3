export type { JobListItemProps } from './JobListItem';
export { JobListItem } from './JobListItem';
export type { JobListError, UnifiedJobListProps } from './UnifiedJobList';
export { UnifiedJobList } from './UnifiedJobList';
