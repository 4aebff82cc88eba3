import {
  isContractCompatible,
  type LastOperationBadgeProps,
  type VmOperationsProps,
} from '@migratekit/vm-operations-contract';
import type { ComponentType } from 'react';
import { LAST_OPERATION_BADGE_REQUEST, VM_OPERATIONS_REQUEST } from './federationNames';
import { RemoteLoadError } from './RemoteLoadError';

/** The major version of the props contract this host is written against. */
export const HOST_SUPPORTED_CONTRACT_MAJOR = 1;

function isComponent(value: unknown): value is ComponentType<never> {
  // Function components and classes are functions; memo() and forwardRef() return objects.
  return (
    typeof value === 'function' ||
    (typeof value === 'object' && value !== null && '$$typeof' in value)
  );
}

/**
 * The component a loaded remote module provides under `exportName` (or as its default export),
 * after checking that the module was built against the contract major this host supports.
 * Throws an `incompatible` RemoteLoadError otherwise.
 */
function pickCompatibleComponent<P>(
  loaded: unknown,
  exportName: string,
  request: string,
): ComponentType<P> {
  if (typeof loaded !== 'object' || loaded === null) {
    throw new RemoteLoadError('incompatible', `${request} is not a module.`, { request });
  }
  const module = loaded as Record<string, unknown>;
  const version = module.CONTRACT_VERSION;
  if (!isContractCompatible(version, HOST_SUPPORTED_CONTRACT_MAJOR)) {
    throw new RemoteLoadError(
      'incompatible',
      `${request} implements contract ${JSON.stringify(version ?? null)}; this host supports ${HOST_SUPPORTED_CONTRACT_MAJOR}.x.`,
      { request },
    );
  }
  const component = module[exportName] ?? module.default;
  if (!isComponent(component)) {
    throw new RemoteLoadError('incompatible', `${request} exports no ${exportName} component.`, {
      request,
    });
  }
  return component as ComponentType<P>;
}

/** The VmOperations component of a loaded `vm_operations/VmOperations` module. */
export function pickVmOperations(loaded: unknown): ComponentType<VmOperationsProps> {
  return pickCompatibleComponent(loaded, 'VmOperations', VM_OPERATIONS_REQUEST);
}

/** The LastOperationBadge component of a loaded `vm_operations/LastOperationBadge` module. */
export function pickLastOperationBadge(loaded: unknown): ComponentType<LastOperationBadgeProps> {
  return pickCompatibleComponent(loaded, 'LastOperationBadge', LAST_OPERATION_BADGE_REQUEST);
}
