export type { JobListItemProps } from './JobListItem';
export { JobListItem } from './JobListItem';
export type { JobListError, UnifiedJobListProps } from './UnifiedJobList';
export { staleNotice, UnifiedJobList } from './UnifiedJobList';
