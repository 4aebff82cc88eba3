export { RuntimeConfigAlert } from './RuntimeConfigAlert';
