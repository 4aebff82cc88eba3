/*
 * bench/ is not a workspace package, so it has no dependencies of its own: the monolith uses
 * the host's copies (the same files the host's build bundles, hence one instance of each).
 * The monolith's Rspack config also resolves bare imports from host-shell/node_modules.
 */
export { createBrowserRouter, RouterProvider } from '../../../host-shell/node_modules/react-router';
