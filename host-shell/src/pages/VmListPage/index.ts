export { VmListPage } from './VmListPage';
