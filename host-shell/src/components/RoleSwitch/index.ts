export { RoleSwitch } from './RoleSwitch';
