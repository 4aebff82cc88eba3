import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RouteErrorPage } from '../pages/RouteErrorPage';
import { VmDetailsPage } from '../pages/VmDetailsPage';
import { VmListPage } from '../pages/VmListPage';
import { AppLayout } from './AppLayout';

/** The dashboard's pages. */
export const appRoutes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <VmListPage /> },
      { path: 'vms/:vmName', element: <VmDetailsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
