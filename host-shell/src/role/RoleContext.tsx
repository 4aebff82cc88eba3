import { createSafeContext } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { type ReactNode, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseRole, ROLE_SEARCH_PARAM, ROLE_STORAGE_KEY, type Role } from './role';

interface RoleState {
  /** The current role. */
  role: Role;
  /** Switches to `role` and remembers it. */
  setRole: (role: Role) => void;
}

const [RoleContext, useRoleContext] = createSafeContext<RoleState>(
  'useRole must be used inside a RoleProvider.',
);

export interface RoleProviderProps {
  /** The app, inside the router (the role can be set from the URL). */
  children: ReactNode;
}

/**
 * Holds the Operator/Admin role: remembered in localStorage, and set by `?role=admin` or
 * `?role=operator` in the URL, which is then remembered and removed from the address.
 */
export function RoleProvider({ children }: RoleProviderProps) {
  const [storedRole, setStoredRole] = useLocalStorage<Role>({
    key: ROLE_STORAGE_KEY,
    defaultValue: 'operator',
    getInitialValueInEffect: false,
    serialize: (role) => role,
    deserialize: (value) => parseRole(value) ?? 'operator',
  });
  const [searchParams, setSearchParams] = useSearchParams();
  const roleFromUrl = parseRole(searchParams.get(ROLE_SEARCH_PARAM));

  useEffect(() => {
    if (!roleFromUrl) return;
    setStoredRole(roleFromUrl);
    // Leaving it in the address would switch the role back on every reload of that URL.
    setSearchParams(
      (params) => {
        params.delete(ROLE_SEARCH_PARAM);
        return params;
      },
      { replace: true },
    );
  }, [roleFromUrl, setStoredRole, setSearchParams]);

  // Until the effect has stored it, the URL's role already applies (no flash of the other one).
  const role = roleFromUrl ?? storedRole;
  const value = useMemo(() => ({ role, setRole: setStoredRole }), [role, setStoredRole]);
  return <RoleContext value={value}>{children}</RoleContext>;
}

/** The current role and a way to switch it. */
export const useRole: () => RoleState = useRoleContext;
