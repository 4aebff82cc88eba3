export { VmDetailsPage } from './VmDetailsPage';
