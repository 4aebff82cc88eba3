export { RouteErrorPage } from './RouteErrorPage';
